package org.tacerisk.roi;

import java.util.Set;
import java.util.TreeSet;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;

/** Small synthetic grids, CTs and masks for the ROI tests; voxel sets as "i,j,k" strings for readable failures. */
final class RoiFixtures {

    private RoiFixtures() {
    }

    static ImageGeometry grid(int nx, int ny, int nz, double sx, double sy, double sz) {
        return ImageGeometry.axisAligned(nx, ny, nz, new double[] {sx, sy, sz}, new double[] {-10, 20, -30});
    }

    /** A CT whose voxel (i, j, k) has the HU {@code hu.at(i, j, k)}. */
    static Volume ct(ImageGeometry g, VoxelFunction hu) {
        short[] v = new short[g.voxelCount()];
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    v[g.index(i, j, k)] = (short) hu.at(i, j, k);
                }
            }
        }
        return Volume.ofShorts(g, v, Volume.HU);
    }

    /** A HU value for each voxel. */
    @FunctionalInterface
    interface VoxelFunction {
        double at(int i, int j, int k);
    }

    /** A voxel test. */
    @FunctionalInterface
    interface VoxelTest {
        boolean at(int i, int j, int k);
    }

    /** The voxels inside the mask. */
    static Set<String> voxels(EditableMask m) {
        ImageGeometry g = m.geometry();
        return where(g, m::contains);
    }

    /** The voxels of the grid that pass {@code test}. */
    static Set<String> where(ImageGeometry g, VoxelTest test) {
        Set<String> set = new TreeSet<>();
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    if (test.at(i, j, k)) {
                        set.add(i + "," + j + "," + k);
                    }
                }
            }
        }
        return set;
    }

    /** Sets the voxels that pass {@code test}, as one edit. */
    static EditableMask mask(ImageGeometry g, VoxelTest test) {
        EditableMask m = new EditableMask(g);
        m.beginEdit(RoiAction.IMPORT);
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    if (test.at(i, j, k)) {
                        m.set(i, j, k);
                    }
                }
            }
        }
        m.endEdit();
        return m;
    }

    /** Runs one tool on the mask as one edit. */
    static <T> T edit(EditableMask m, RoiAction action, java.util.function.Function<EditableMask, T> tool) {
        m.beginEdit(action);
        try {
            return tool.apply(m);
        } finally {
            if (m.isEditing()) {
                m.endEdit();
            }
        }
    }
}
