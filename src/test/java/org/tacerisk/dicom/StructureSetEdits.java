package org.tacerisk.dicom;

import com.pixelmed.dicom.AttributeList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Edits to a written RTSTRUCT that make it look like real-world data (for tests in any package). */
public final class StructureSetEdits {

    /** A frame of reference that no test series has. */
    public static final String OTHER_FRAME = "2.25.424242";

    private StructureSetEdits() {
    }

    /**
     * What issue 11 saw after re-anonymising: the ROI declares another frame of reference and its contour images
     * are not in the series, while the structure set still references the series' frame.
     */
    public static void reanonymiseReferences(Path rtstruct) throws IOException {
        alter(rtstruct, StructureSetEdits::reanonymisedReferences);
    }

    /** Reads the RTSTRUCT, applies {@code change} and writes it back. */
    static void alter(Path rtstruct, Consumer<AttributeList> change) throws IOException {
        AttributeList list = RoiDicom.read(rtstruct);
        change.accept(list);
        RoiDicom.write(list, rtstruct);
    }

    static void reanonymisedReferences(AttributeList list) {
        RoiDicom.put(RoiDicom.item(list, "StructureSetROISequence"), "ReferencedFrameOfReferenceUID", OTHER_FRAME);
        int n = 0;
        for (AttributeList roi : RoiDicom.items(list, "ROIContourSequence")) {
            for (AttributeList contour : RoiDicom.items(roi, "ContourSequence")) {
                for (AttributeList image : RoiDicom.items(contour, "ContourImageSequence")) {
                    RoiDicom.put(image, "ReferencedSOPInstanceUID", "2.25.8888" + n++);
                }
            }
        }
    }

    /** Moves every contour point by {@code dzMm} along z. */
    static void shiftContours(AttributeList list, double dzMm) {
        for (AttributeList roi : RoiDicom.items(list, "ROIContourSequence")) {
            for (AttributeList contour : RoiDicom.items(roi, "ContourSequence")) {
                double[] xyz = RoiDicom.doubles(contour, "ContourData");
                for (int p = 2; p < xyz.length; p += 3) {
                    xyz[p] += dzMm;
                }
                RoiDicom.putDecimals(contour, "ContourData", xyz);
            }
        }
    }
}
