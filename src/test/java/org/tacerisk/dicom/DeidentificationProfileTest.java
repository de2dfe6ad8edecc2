package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.tacerisk.dicom.DeidentificationProfile.Action;

/**
 * Pins rows of the profile to PS3.15 2026c Table E.1-1, Basic Profile column, as read in cosyte/dicom
 * src/dictionary/generated/annex-e.ts (commit 339892a4): the table's action in the comment, ours resolved for the
 * attribute's type in the objects we write.
 */
class DeidentificationProfileTest {

    private static Action action(String keyword) {
        return DeidentificationProfile.action(RoiDicom.tag(keyword));
    }

    @Test
    void rowsMatchTheStandardsBasicProfile() {
        assertEquals(Action.ZERO, action("AccessionNumber"));          // (0008,0050) Z
        assertEquals(Action.ZERO, action("StudyDate"));                // (0008,0020) Z
        assertEquals(Action.ZERO, action("StudyTime"));                // (0008,0030) Z
        assertEquals(Action.ZERO, action("PatientBirthDate"));         // (0010,0030) Z
        assertEquals(Action.ZERO, action("ReferringPhysicianName"));   // (0008,0090) Z
        assertEquals(Action.ZERO, action("ROIInterpreter"));           // (3006,00A6) Z
        assertEquals(Action.DUMMY, action("StructureSetLabel"));       // (3006,0002) D
        assertEquals(Action.DUMMY, action("DeviceSerialNumber"));      // (0018,1000) X/Z/D, Type 1 in SEG
        assertEquals(Action.DUMMY, action("ContentDate"));             // (0008,0023) Z/D, Type 1 in SEG
        assertEquals(Action.DUMMY, action("ContentTime"));             // (0008,0033) Z/D, Type 1 in SEG
        assertEquals(Action.ZERO, action("OperatorsName"));            // (0008,1070) X/Z/D, Type 2 in RT Series
        assertEquals(Action.REMOVE, action("InstitutionName"));        // (0008,0080) X/Z/D, Type 3
        assertEquals(Action.REMOVE, action("StationName"));            // (0008,1010) X/Z/D, Type 3
        assertEquals(Action.REMOVE, action("OtherPatientIDs"));        // (0010,1000) X
        assertEquals(Action.REMOVE, action("IssuerOfPatientID"));      // (0010,0021) X
        assertEquals(Action.REMOVE, action("InstanceCreationDate"));   // (0008,0012) X/D, Type 3
        assertEquals(Action.REMOVE, action("SeriesDate"));             // (0008,0021) X/D, Type 3
        assertEquals(Action.REMOVE, action("ProtocolName"));           // (0018,1030) X/D, Type 3
        assertEquals(Action.NUMBERED, action("ROIName"));              // (3006,0026) Z, a numbered dummy
        assertEquals(Action.NUMBERED, action("SegmentLabel"));         // (0062,0005) not in the table: as ROIName
        assertNull(action("EncapsulatedDocument"), "D: replaced as a whole by Deidentifier, not by a rule");
        assertNull(action("SOPInstanceUID"), "U: remapped by VR, not named");
    }
}
