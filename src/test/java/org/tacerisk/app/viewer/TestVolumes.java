package org.tacerisk.app.viewer;

import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;

/** Small synthetic volumes whose voxel values say where the voxel is. */
final class TestVolumes {

    static final double[] IDENTITY = {1, 0, 0, 0, 1, 0, 0, 0, 1};

    /** W 256, L 128: grey = ((x − 127.5)/255 + 0.5)·255 = x for x in 0..255. */
    static final WindowLevel IDENTITY_WINDOW = new WindowLevel(256, 128);

    private TestVolumes() {
    }

    /**
     * Value of voxel (i, j, k) = 50·k + 8·j + i, in HU: distinct while i &lt; 8, j &lt; 6, and below 256 while k &lt; 5,
     * so under {@link #IDENTITY_WINDOW} a pixel's grey names its voxel.
     */
    static Volume coded(ImageGeometry g) {
        short[] v = new short[g.voxelCount()];
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    v[g.index(i, j, k)] = (short) code(i, j, k);
                }
            }
        }
        return Volume.ofShorts(g, v, Volume.HU);
    }

    static int code(int i, int j, int k) {
        return 50 * k + 8 * j + i;
    }

    /** The anisotropic test grid: 8 × 6 × 5 voxels of 0.7 × 0.7 × 5 mm, origin (−10, 20, −30), axis-aligned. */
    static ImageGeometry anisotropic() {
        return new ImageGeometry(8, 6, 5, new double[] {0.7, 0.7, 5}, new double[] {-10, 20, -30}, IDENTITY);
    }

    static ViewerModel model(Volume v) {
        ViewerModel m = new ViewerModel();
        m.setVolume(v);
        return m;
    }
}
