package org.tacerisk.report;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.tacerisk.deep.SaliencyColours;
import org.tacerisk.deep.SaliencyMap;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;

/**
 * The report's key images: the axial slice with the largest tumour area and its two neighbours, cropped around the
 * tumour (its in-plane bounding box with {@value #MARGIN_MM} mm around it, the same crop for the three), drawn at a
 * fixed window/level with the ROI outline in a saturated colour. Pixels are square in mm (anisotropic voxels are
 * stretched), image rows run along j and columns along i, as the slice is stored.
 */
public final class KeyImages {

    /** Soft-tissue window of the report (HU). */
    public static final int WINDOW = 400;
    public static final int LEVEL = 40;
    /** The outline colour: saturated yellow, seen on grey and on bright enhancing tissue. */
    public static final int OUTLINE_RGB = 0xFFFF00;
    static final double MARGIN_MM = 30;
    /** The longer side of each image in pixels. */
    static final int SIZE = 360;

    /** One key image and the slice index it shows. */
    public record KeyImage(int slice, boolean largest, BufferedImage image) {
    }

    /**
     * The deep model's saliency on its slice, in the key images' crop and window, with the outline: the heat map in
     * the screen's colours ({@link SaliencyColours}).
     */
    public static KeyImage saliency(Volume ct, Mask tumour, SaliencyMap map) {
        ImageGeometry g = ct.geometry();
        if (map.nx() != g.nx() || map.ny() != g.ny() || map.slice() < 0 || map.slice() >= g.nz()) {
            throw new IllegalArgumentException("the saliency map does not fit the CT");
        }
        return new KeyImage(map.slice(), false, render(ct, tumour, map.slice(), tumour.boundingBox(), map));
    }

    private KeyImages() {
    }

    /** The slice with the largest tumour area, then its neighbours below and above where the volume has them. */
    public static List<KeyImage> of(Volume ct, Mask tumour) {
        ImageGeometry g = ct.geometry();
        if (!g.sameGrid(tumour.geometry(), 1e-4)) {
            throw new IllegalArgumentException("the tumour mask is not on the CT's grid");
        }
        int best = -1;
        int bestCount = 0;
        for (int k = 0; k < g.nz(); k++) {
            int c = tumour.countInSlice(k);
            if (c > bestCount) {
                best = k;
                bestCount = c;
            }
        }
        if (best < 0) {
            return List.of();
        }
        int[] box = tumour.boundingBox();
        List<KeyImage> images = new ArrayList<>();
        for (int k = best - 1; k <= best + 1; k++) {
            if (k >= 0 && k < g.nz()) {
                images.add(new KeyImage(k, k == best, render(ct, tumour, k, box, null)));
            }
        }
        return images;
    }

    /**
     * One slice as RGB: grey by the window, the saliency (if not null) blended over it, outline where an ROI pixel
     * touches a non-ROI pixel.
     */
    static BufferedImage render(Volume ct, Mask tumour, int k, int[] box, SaliencyMap saliency) {
        ImageGeometry g = ct.geometry();
        double sx = g.spacing(0);
        double sy = g.spacing(1);
        int mi = (int) Math.ceil(MARGIN_MM / sx);
        int mj = (int) Math.ceil(MARGIN_MM / sy);
        int i0 = Math.max(0, box[0] - mi);
        int i1 = Math.min(g.nx() - 1, box[3] + mi);
        int j0 = Math.max(0, box[1] - mj);
        int j1 = Math.min(g.ny() - 1, box[4] + mj);
        double widthMm = (i1 - i0 + 1) * sx;
        double heightMm = (j1 - j0 + 1) * sy;
        double pxPerMm = SIZE / Math.max(widthMm, heightMm);
        int w = Math.max(1, (int) Math.round(widthMm * pxPerMm));
        int h = Math.max(1, (int) Math.round(heightMm * pxPerMm));
        int[] vi = new int[w];
        for (int x = 0; x < w; x++) {
            vi[x] = Math.min(i1, i0 + (int) ((x + 0.5) / pxPerMm / sx));
        }
        int[] vj = new int[h];
        for (int y = 0; y < h; y++) {
            vj[y] = Math.min(j1, j0 + (int) ((y + 0.5) / pxPerMm / sy));
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        double low = LEVEL - WINDOW / 2.0;
        float heatMax = saliency == null ? 0 : saliency.max();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = vi[x];
                int j = vj[y];
                int rgb;
                if (tumour.contains(i, j, k) && edge(tumour, vi, vj, x, y, k)) {
                    rgb = OUTLINE_RGB;
                } else {
                    double v = (ct.get(i, j, k) - low) / WINDOW;
                    int grey = (int) Math.round(255 * Math.max(0, Math.min(1, v)));
                    rgb = heatMax > 0 ? SaliencyColours.blend(grey, saliency.at(i, j) / heatMax)
                            : grey << 16 | grey << 8 | grey;
                }
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }

    /** Whether an output pixel within 2 pixels shows a voxel outside the ROI: a 2-pixel line inside the edge. */
    private static boolean edge(Mask tumour, int[] vi, int[] vj, int x, int y, int k) {
        for (int d = 1; d <= 2; d++) {
            if (outside(tumour, vi, vj, x - d, y, k) || outside(tumour, vi, vj, x + d, y, k)
                    || outside(tumour, vi, vj, x, y - d, k) || outside(tumour, vi, vj, x, y + d, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean outside(Mask tumour, int[] vi, int[] vj, int x, int y, int k) {
        if (x < 0 || y < 0 || x >= vi.length || y >= vj.length) {
            return false;
        }
        return !tumour.contains(vi[x], vj[y], k);
    }
}
