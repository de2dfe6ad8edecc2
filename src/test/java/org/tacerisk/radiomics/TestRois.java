package org.tacerisk.radiomics;

import java.util.EnumSet;
import org.tacerisk.image.ImageGeometry;

/** Small hand-written ROIs for tests: grey levels as written, 0 meaning outside the ROI. */
final class TestRois {

    private TestRois() {
    }

    /**
     * A one-slice ROI from rows of grey levels: {@code rows[j][i]} is the voxel in column i (x), row j (y), so
     * direction (1, 0, 0) runs left to right along a written row. Intensities equal the grey levels.
     */
    static ProcessedRoi slice(int greyLevelCount, int[]... rows) {
        return volume(greyLevelCount, new int[][][] {rows});
    }

    /** A ROI from slices of rows: {@code slices[k][j][i]}. */
    static ProcessedRoi volume(int greyLevelCount, int[][][] slices) {
        int nz = slices.length;
        int ny = slices[0].length;
        int nx = slices[0][0].length;
        ImageGeometry grid = ImageGeometry.axisAligned(nx, ny, nz, new double[] {1, 1, 1}, new double[] {0, 0, 0});
        int n = nx * ny * nz;
        float[] intensities = new float[n];
        byte[] mask = new byte[n];
        int[] levels = new int[n];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    int v = grid.index(i, j, k);
                    int g = slices[k][j][i];
                    intensities[v] = g;
                    mask[v] = (byte) (g > 0 ? 1 : 0);
                    levels[v] = g;
                }
            }
        }
        return new ProcessedRoi(grid, intensities, mask, mask.clone(), levels, greyLevelCount);
    }

    /** A ROI whose intensities are {@code values} in one row (all inside), grey level 1 everywhere. */
    static ProcessedRoi intensities(double... values) {
        ImageGeometry grid = ImageGeometry.axisAligned(values.length, 1, 1, new double[] {1, 1, 1},
                new double[] {0, 0, 0});
        float[] intensities = new float[values.length];
        byte[] mask = new byte[values.length];
        int[] levels = new int[values.length];
        for (int v = 0; v < values.length; v++) {
            intensities[v] = (float) values[v];
            mask[v] = 1;
            levels[v] = 1;
        }
        return new ProcessedRoi(grid, intensities, mask, mask.clone(), levels, 1);
    }

    static FamilyContext context(Approach... approaches) {
        EnumSet<Approach> set = EnumSet.noneOf(Approach.class);
        set.addAll(java.util.List.of(approaches));
        return new FamilyContext(set, TextureParameters.ibsiDefaults(), IvhDiscretisation.none(null, null));
    }
}
