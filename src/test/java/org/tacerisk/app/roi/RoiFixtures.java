package org.tacerisk.app.roi;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.app.viewer.Orientation;
import org.tacerisk.app.viewer.ToolEvent;
import org.tacerisk.app.viewer.ViewerModel;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;
import org.tacerisk.roi.EditableMask;

/** Small hand-made volumes and synthetic tool events for the ROI tool tests. */
final class RoiFixtures {

    static final double[] IDENTITY = {1, 0, 0, 0, 1, 0, 0, 0, 1};
    /** i runs to the patient's right (−L), j to P, k to the feet (−S): rows and slices stored flipped. */
    static final double[] FLIPPED = {-1, 0, 0, 0, 1, 0, 0, 0, -1};
    /** A coronal acquisition: i to L, j (rows) to the feet, k (slices) to P. */
    static final double[] CORONAL_ACQUISITION = {1, 0, 0, 0, 0, 1, 0, -1, 0};

    private RoiFixtures() {
    }

    static ImageGeometry grid(int nx, int ny, int nz, double[] spacing, double[] direction) {
        return new ImageGeometry(nx, ny, nz, spacing, new double[] {-10, 20, -30}, direction);
    }

    /** Every voxel {@code hu}. */
    static Volume uniform(ImageGeometry g, int hu) {
        short[] v = new short[g.voxelCount()];
        java.util.Arrays.fill(v, (short) hu);
        return Volume.ofShorts(g, v, Volume.HU);
    }

    /** A model showing {@code v} with 800 × 800 pixel views (so pixel distances are meaningful). */
    static ViewerModel model(Volume v) {
        ViewerModel m = new ViewerModel();
        m.setVolume(v);
        for (Orientation o : Orientation.values()) {
            m.resizeView(o, 800, 800);
        }
        return m;
    }

    /** A pointer event on view {@code o} at continuous voxel index {@code index}; moves the view to its slice. */
    static ToolEvent at(ViewerModel m, ToolEvent.Kind kind, Orientation o, double[] index, boolean control) {
        m.setSlice(o, (int) Math.round(index[m.plane(o).normalAxis()]));
        double[] uv = m.plane(o).planePoint(index);
        return m.toolEvent(kind, o, uv[0], uv[1], 0, false, control, false);
    }

    static ToolEvent wheel(ViewerModel m, Orientation o, double steps, boolean shift) {
        double[] uv = m.plane(o).planePoint(new double[] {1, 1, 1});
        return m.toolEvent(ToolEvent.Kind.WHEEL, o, uv[0], uv[1], steps, shift, false, false);
    }

    /** The voxels inside, as "i,j,k" strings in k, j, i order. */
    static List<String> voxels(EditableMask mask) {
        List<String> out = new ArrayList<>();
        ImageGeometry g = mask.geometry();
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    if (mask.contains(i, j, k)) {
                        out.add(i + "," + j + "," + k);
                    }
                }
            }
        }
        return out;
    }
}
