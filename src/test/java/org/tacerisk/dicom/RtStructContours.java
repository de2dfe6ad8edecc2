package org.tacerisk.dicom;

import com.pixelmed.dicom.AttributeList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test access to an RTSTRUCT's raw contour points, read the way {@link RtStructReader} reads them. */
public final class RtStructContours {

    private RtStructContours() {
    }

    /** The CLOSED_PLANAR contours of ROI {@code roiName}: each {x0, y0, z0, x1, …} in LPS mm. */
    public static List<double[]> of(Path rtstruct, String roiName) throws IOException {
        AttributeList list = RtStructReader.readStructureSet(rtstruct);
        int number = RtStructReader.listRois(list).stream().filter(r -> r.name().equals(roiName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no ROI " + roiName)).number();
        List<double[]> contours = new ArrayList<>();
        for (AttributeList item : RoiDicom.items(list, "ROIContourSequence")) {
            if (RoiDicom.integer(item, "ReferencedROINumber", Integer.MIN_VALUE) != number) {
                continue;
            }
            for (AttributeList contour : RoiDicom.items(item, "ContourSequence")) {
                if ("CLOSED_PLANAR".equals(RoiDicom.string(contour, "ContourGeometricType"))) {
                    contours.add(RoiDicom.doubles(contour, "ContourData"));
                }
            }
        }
        return contours;
    }
}
