package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pixelmed.dicom.AttributeList;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.testsupport.SharedData;

/** The RTSTRUCT shipped with the IBSI CT phantom (skipped when ../shared is absent). */
class RtStructIbsiTest {

    @Test
    void phantomStructureSetHasOneGtvWith26ContoursOnTheImageFrameOfReference() throws Exception {
        Path phantom = SharedData.ibsiCtPhantom();
        List<RoiInfo> rois = RtStructReader.listRois(phantom.resolve("dicom/mask/DCM_RS_00060.dcm"));
        assertEquals(1, rois.size());
        assertEquals("GTV-1", rois.get(0).name());
        assertEquals(26, rois.get(0).contourCount());
        AttributeList image = new AttributeList();
        image.read(phantom.resolve("dicom/image/DCM_IMG_00000.dcm").toFile());
        assertEquals(RoiDicom.string(image, "FrameOfReferenceUID"), rois.get(0).referencedFrameOfReferenceUid());
    }
}
