package org.tacerisk.deep;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.image.Volume;

/**
 * A PNG of one CT slice in a grey window with a saliency heat map blended over it (a blue–green–yellow–red scale
 * of the positive values relative to the map's maximum; values below a tenth of it are left out so the anatomy
 * stays visible). Headless: plain {@link BufferedImage} and ImageIO.
 */
public final class SaliencyOverlay {

    private static final double MIN_SHOWN = 0.1;
    private static final double MAX_ALPHA = 0.6;

    private SaliencyOverlay() {
    }

    /** The overlay as an nx × ny RGB image (x along columns i, y along rows j). */
    public static BufferedImage render(Volume volume, SaliencyMap map, double windowLowHu, double windowHighHu) {
        int nx = volume.geometry().nx();
        int ny = volume.geometry().ny();
        if (map.nx() != nx || map.ny() != ny || map.slice() < 0 || map.slice() >= volume.geometry().nz()) {
            throw new IllegalArgumentException("saliency map (" + map.nx() + " × " + map.ny() + ", slice "
                    + map.slice() + ") does not fit the volume " + volume.geometry());
        }
        float[] slice = new float[nx * ny];
        volume.copySlice(map.slice(), slice);
        float max = map.max();
        BufferedImage image = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_RGB);
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int n = i + nx * j;
                double g = (slice[n] - windowLowHu) / (windowHighHu - windowLowHu);
                double grey = 255 * Math.max(0, Math.min(1, g));
                double r = grey;
                double gr = grey;
                double b = grey;
                double h = max > 0 ? map.values()[n] / max : 0;
                if (h >= MIN_SHOWN) {
                    double[] c = colour(h);
                    double a = MAX_ALPHA * h;
                    r = (1 - a) * grey + a * c[0];
                    gr = (1 - a) * grey + a * c[1];
                    b = (1 - a) * grey + a * c[2];
                }
                image.setRGB(i, j, ((int) Math.round(r) << 16) | ((int) Math.round(gr) << 8) | (int) Math.round(b));
            }
        }
        return image;
    }

    /** Writes {@link #render} as PNG (atomically). */
    public static void writePng(Volume volume, SaliencyMap map, double windowLowHu, double windowHighHu, Path png)
            throws IOException {
        BufferedImage image = render(volume, map, windowLowHu, windowHighHu);
        AtomicFiles.write(png, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    /** h in [0, 1] → RGB 0–255 along blue → cyan → yellow → red. */
    static double[] colour(double h) {
        double r = 255 * clamp(2 * h - 0.5);
        double g = 255 * clamp(h < 0.75 ? 2 * h : 4 * (1 - h));
        double b = 255 * clamp(1 - 2 * h);
        return new double[] {r, g, b};
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
