package org.tacerisk.radiomics;

import java.util.EnumSet;
import org.tacerisk.image.ImageGeometry;

/** Tiny hand-made ROIs for the zone and neighbourhood family tests (grey levels given directly, 0 = outside). */
final class ZoneTestRois {

    private ZoneTestRois() {
    }

    /**
     * IBSI-1's 2D texture example (the GLSZM, GLDZM, NGTDM and NGLDM sections), one 4 × 4 slice, all in the ROI.
     * Rows are j (top to bottom), columns i.
     */
    static final int[][] IBSI_2D = {
        {1, 2, 2, 3},
        {1, 2, 3, 3},
        {4, 2, 4, 1},
        {4, 1, 2, 3}};

    static ProcessedRoi slice(int[][] rows, int greyLevelCount) {
        int ny = rows.length;
        int nx = rows[0].length;
        int[] grey = new int[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                grey[i + nx * j] = rows[j][i];
            }
        }
        return roi(nx, ny, 1, grey, null, greyLevelCount);
    }

    /** A 3 × 3 × 3 cube in the ROI: grey level 2 at the centre, 1 elsewhere. */
    static int[] cube() {
        int[] grey = new int[27];
        java.util.Arrays.fill(grey, 1);
        grey[13] = 2;
        return grey;
    }

    /**
     * A ROI on an nx × ny × nz grid: intensity mask where {@code grey > 0}; morphological mask {@code morph}, or
     * the intensity mask when null.
     */
    static ProcessedRoi roi(int nx, int ny, int nz, int[] grey, byte[] morph, int greyLevelCount) {
        ImageGeometry g = ImageGeometry.axisAligned(nx, ny, nz, new double[] {1, 1, 1}, new double[3]);
        float[] intensities = new float[grey.length];
        byte[] intensity = new byte[grey.length];
        for (int v = 0; v < grey.length; v++) {
            intensities[v] = grey[v];
            intensity[v] = grey[v] > 0 ? (byte) 1 : 0;
        }
        return new ProcessedRoi(g, intensities, morph == null ? intensity.clone() : morph, intensity, grey.clone(),
                greyLevelCount);
    }

    static FamilyContext context(Approach... approaches) {
        EnumSet<Approach> set = EnumSet.noneOf(Approach.class);
        set.addAll(java.util.List.of(approaches));
        return new FamilyContext(set, TextureParameters.ibsiDefaults(), IvhDiscretisation.none(null, null));
    }

    static FamilyContext context(TextureParameters parameters, Approach... approaches) {
        return new FamilyContext(context(approaches).approaches(), parameters, IvhDiscretisation.none(null, null));
    }

    /** The value of the named feature with the given aggregation code. */
    static double value(java.util.List<FeatureValue> values, String feature, String aggregationCode) {
        return values.stream().filter(v -> v.feature().equals(feature) && v.aggregationCode().equals(aggregationCode))
                .findFirst().orElseThrow(() -> new AssertionError("no " + feature + " " + aggregationCode)).value();
    }
}
