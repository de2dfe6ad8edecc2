package org.tacerisk.dicom;

import com.pixelmed.dicom.AttributeTag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The attribute actions of {@link Deidentifier}: the named rows of PS3.15 Table E.1-1 (Basic Application Level
 * Confidentiality Profile) that occur in what this software reads and writes. Attributes not named here fall to the
 * rules by VR in {@link Deidentifier}.
 *
 * <p>Checked row by row (issue 15) against the Basic Profile column of PS3.15 <b>2026c</b> Table E.1-1, as generated
 * from the NEMA DocBook part15.xml into repository cosyte/dicom, path src/dictionary/generated/annex-e.ts (commit
 * 339892a4ea74c42340fef09c371a7d14c034c52c), cross-read with innolitics/dicom-standard,
 * standard/confidentiality_profile_attributes.json (commit 0d01bf11dfc1d0b73b6df85bbf6e1764d3c558a3, an older
 * edition). Where the table offers a choice (X/Z, Z/D, X/D, X/Z/D) the strictest action that keeps our objects valid
 * is taken: X where the attribute is Type 3 in every IOD we write, Z where it is Type 2 in one (OperatorsName: RT
 * Series), D where it is Type 1 in one (ContentDate/Time: SEG Multi-frame Functional Groups; DeviceSerialNumber:
 * Enhanced General Equipment). Rows where we differ from the table are listed, with the reason, in
 * docs/dicom-export.md.
 */
final class DeidentificationProfile {

    /**
     * D: dummy value, Z: zero length, X: remove; NUMBERED: a dummy with the item's ROI or segment number (a Z/D
     * dummy that keeps several ROIs apart). U, UID remapping, is by VR; K, keep, is the default.
     */
    enum Action { DUMMY, ZERO, REMOVE, NUMBERED }

    private static final List<String> ZERO = List.of(
            "PatientBirthDate", "PatientSex", "AccessionNumber", "ReferringPhysicianName", "StudyID", "StudyDate",
            "StudyTime", "AcquisitionDateTime", "ContentCreatorName", "OperatorsName",
            "ROIInterpreter", "ContentDescription", "DocumentTitle", "ContrastBolusAgent", "StructureSetDate",
            "StructureSetTime", "VerifyingObserverName", "PersonName");

    /**
     * Type 1 in an object we write (SEG: DeviceSerialNumber, ContentDate/Time), so replaced rather than emptied.
     * ContentLabel (SEG, Type 1) is not in the table; our writer derives it from the ROI name the user typed.
     */
    private static final List<String> DUMMY = List.of("DeviceSerialNumber", "StructureSetLabel", "ContentDate",
            "ContentTime", "ContentLabel");

    /**
     * ROIName is Z in the table; SegmentLabel is not in it but holds the same text the user typed, so it is treated
     * the same (stricter). Both are Type 1 or 2 and read back by name, hence numbered dummies rather than empty.
     */
    private static final List<String> NUMBERED = List.of("ROIName", "SegmentLabel");

    private static final List<String> REMOVE = List.of(
            // Patient
            "OtherPatientIDs", "OtherPatientIDsSequence", "OtherPatientNames", "PatientBirthName", "PatientAddress",
            "PatientAge", "PatientBirthTime", "PatientSize", "PatientWeight", "PatientComments",
            "PatientTelephoneNumbers", "PatientMotherBirthName", "MilitaryRank", "BranchOfService",
            "MedicalRecordLocator", "EthnicGroup", "Occupation", "AdditionalPatientHistory", "PatientReligiousPreference",
            "IssuerOfPatientID", "PatientInsurancePlanCodeSequence", "ResponsiblePerson", "ResponsibleOrganization",
            "PatientState", "MedicalAlerts", "Allergies", "SmokingStatus", "PregnancyStatus", "LastMenstrualDate",
            "CountryOfResidence", "RegionOfResidence", "ReferencedPatientSequence", "ReferencedPatientPhotoSequence",
            // Institution, equipment, people
            "InstitutionName", "InstitutionAddress", "InstitutionalDepartmentName", "InstitutionCodeSequence",
            "StationName", "DeviceUID", "PerformingPhysicianName", "PerformingPhysicianIdentificationSequence",
            "PhysiciansOfRecord", "PhysiciansOfRecordIdentificationSequence", "NameOfPhysiciansReadingStudy",
            "PhysiciansReadingStudyIdentificationSequence", "RequestingPhysician", "ReferringPhysicianAddress",
            "ReferringPhysicianTelephoneNumbers", "ReferringPhysicianIdentificationSequence",
            "OperatorIdentificationSequence", "ScheduledPerformingPhysicianName", "RequestingService",
            // Visit, order and procedure
            "AdmissionID", "IssuerOfAdmissionID", "AdmittingDiagnosesDescription", "AdmittingDiagnosesCodeSequence",
            "RequestAttributesSequence", "RequestedProcedureID", "RequestedProcedureDescription",
            "PerformedProcedureStepID", "PerformedProcedureStepDescription", "PerformedProcedureStepStartDate",
            "PerformedProcedureStepStartTime", "ScheduledProcedureStepID", "PlacerOrderNumberImagingServiceRequest",
            "FillerOrderNumberImagingServiceRequest", "ReasonForStudy", "ReasonForTheRequestedProcedure",
            "ReferencedStudySequence", "ReferencedPerformedProcedureStepSequence", "ProtocolName",
            // Free text and dates that identify the visit
            "StudyDescription", "SeriesDescription", "ImageComments", "StudyComments", "DerivationDescription",
            "StructureSetName", "StructureSetDescription", "ROIDescription", "ROIGenerationDescription",
            "SegmentDescription", "InterpretationText", "TextComments", "TextString", "InstanceCreationDate",
            "InstanceCreationTime", "SeriesDate", "SeriesTime", "AcquisitionDate", "AcquisitionTime",
            "StudyArrivalDate", "StudyArrivalTime", "StudyVerifiedDate", "StudyVerifiedTime", "StudyReadDate",
            "StudyReadTime", "OverlayDate", "OverlayTime", "CurveDate", "CurveTime", "DateOfLastCalibration",
            "TimeOfLastCalibration", "TimezoneOffsetFromUTC", "HL7InstanceIdentifier");

    private static final Map<AttributeTag, Action> ACTIONS = actions();

    private DeidentificationProfile() {
    }

    /** The named action for {@code tag}, or null when the rules by VR apply. */
    static Action action(AttributeTag tag) {
        return ACTIONS.get(tag);
    }

    /** The keywords this profile names, by action (for the documentation test). */
    static Map<Action, List<String>> keywords() {
        return Map.of(Action.ZERO, ZERO, Action.DUMMY, DUMMY, Action.REMOVE, REMOVE, Action.NUMBERED, NUMBERED);
    }

    private static Map<AttributeTag, Action> actions() {
        Map<AttributeTag, Action> map = new HashMap<>();
        ZERO.forEach(k -> map.put(RoiDicom.tag(k), Action.ZERO));
        DUMMY.forEach(k -> map.put(RoiDicom.tag(k), Action.DUMMY));
        REMOVE.forEach(k -> map.put(RoiDicom.tag(k), Action.REMOVE));
        NUMBERED.forEach(k -> map.put(RoiDicom.tag(k), Action.NUMBERED));
        return Map.copyOf(map);
    }
}
