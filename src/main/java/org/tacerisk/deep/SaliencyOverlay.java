package org.tacerisk.deep;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.image.Volume;

/**
 * A PNG of one CT slice in a grey window with a saliency heat map blended over it ({@link SaliencyColours}: viridis
 * of the values relative to the map's maximum, as on the screen and in the report; values below a tenth of it are
 * left out so the anatomy stays visible). Headless: plain {@link BufferedImage} and ImageIO.
 */
public final class SaliencyOverlay {

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
                int grey = (int) Math.round(255 * Math.max(0, Math.min(1, g)));
                image.setRGB(i, j, SaliencyColours.blend(grey, max > 0 ? map.values()[n] / max : 0));
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

}
