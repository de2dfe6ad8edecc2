package org.tacerisk.dicom;

import java.util.List;
import org.tacerisk.common.Finding;
import org.tacerisk.dicom.InstanceHeader.FrameGeometry;

/**
 * The outcome of {@link SeriesGeometryCheck}: the slices kept, in volume order (k = 0 is the lowest position along
 * the k axis), the grid axes and spacing, and every finding. Unusable when any finding is an ERROR.
 *
 * @param spacing mm along i (between columns), j (between rows) and k (between slices)
 */
record SlicePlan(List<Slice> slices, double[] rowCosine, double[] columnCosine, double[] kAxis, double[] spacing,
        List<Finding> findings) {

    /** One frame of one file, with its position d along the slice normal. */
    record Slice(InstanceHeader header, FrameGeometry frame, double d) {
        Slice withD(double newD) {
            return new Slice(header, frame, newD);
        }
    }

    SlicePlan {
        slices = List.copyOf(slices);
        findings = List.copyOf(findings);
    }

    static SlicePlan failed(List<Finding> findings) {
        return new SlicePlan(List.of(), null, null, null, null, findings);
    }

    boolean usable() {
        return !slices.isEmpty() && !Finding.anyError(findings);
    }

    /** Direction matrix, row-major, columns = i, j, k axes (see ImageGeometry). */
    double[] direction() {
        return new double[] {
            rowCosine[0], columnCosine[0], kAxis[0],
            rowCosine[1], columnCosine[1], kAxis[1],
            rowCosine[2], columnCosine[2], kAxis[2]};
    }

    double[] origin() {
        return slices.get(0).frame().position().clone();
    }
}
