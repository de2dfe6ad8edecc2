package org.tacerisk.roi;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.image.ImageGeometry;

/**
 * Fill between slices, as 3D Slicer's effect of that name: shape-based interpolation of the drawn slices along one
 * axis. The drawn slices are the planes of the chosen orientation that hold part of the mask; each run of empty
 * planes between two drawn ones is filled, the drawn planes are left as they are.
 *
 * <p>For two drawn planes a and b, each gets a signed distance map in mm on its plane (in-plane spacing): inside a
 * pixel's value is minus the distance from its centre to the nearest outside pixel's centre, outside it is plus the
 * distance to the nearest inside pixel's centre. On plane c between them (t = (c − a) / (b − a)) a pixel is inside
 * when (1 − t)·d_a + t·d_b &lt; 0: the zero level set of the linearly interpolated maps. Two concentric discs of radii
 * r1 and r2 give discs of radius (1 − t)·r1 + t·r2. Shapes that do not overlap at all may leave the planes between
 * them empty (they have no common inside to interpolate through).
 *
 * <p>The maps are computed on the two planes' common bounding box plus one pixel, which is exact: an interpolated
 * pixel must be inside on at least one of the two planes.
 */
public final class FillBetweenSlices {

    /**
     * What was filled.
     *
     * @param drawnPlanes  the plane indices that held the mask
     * @param filledPlanes planes filled by interpolation
     * @param addedVoxels  voxels added
     */
    public record Result(int[] drawnPlanes, int filledPlanes, long addedVoxels) {
    }

    private FillBetweenSlices() {
    }

    /** @throws RoiToolException when no two drawn planes have an empty plane between them */
    public static Result fill(EditableMask mask, Orientation orientation) {
        ImageGeometry g = mask.geometry();
        int[] drawn = drawnPlanes(mask, orientation);
        List<int[]> gaps = new ArrayList<>();
        for (int n = 0; n + 1 < drawn.length; n++) {
            if (drawn[n + 1] > drawn[n] + 1) {
                gaps.add(new int[] {drawn[n], drawn[n + 1]});
            }
        }
        if (gaps.isEmpty()) {
            throw new RoiToolException(RoiToolException.Problem.NOTHING_TO_INTERPOLATE, "fill between slices needs two "
                    + "drawn " + orientation.name().toLowerCase(java.util.Locale.ROOT) + " slices with empty slices "
                    + "between them; " + drawn.length + " slice(s) are drawn and none has a gap", drawn.length);
        }
        int width = orientation.width(g);
        int height = orientation.height(g);
        byte[] planeA = new byte[width * height];
        byte[] planeB = new byte[width * height];
        int filled = 0;
        long added = 0;
        for (int[] gap : gaps) {
            mask.copyPlane(new SlicePlane(orientation, gap[0]), planeA);
            mask.copyPlane(new SlicePlane(orientation, gap[1]), planeB);
            added += interpolate(mask, orientation, gap[0], gap[1], planeA, planeB, width, height);
            filled += gap[1] - gap[0] - 1;
        }
        return new Result(drawn, filled, added);
    }

    private static long interpolate(EditableMask mask, Orientation orientation, int a, int b, byte[] planeA,
            byte[] planeB, int width, int height) {
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (int v = 0, n = 0; v < height; v++) {
            for (int u = 0; u < width; u++, n++) {
                if (planeA[n] != 0 || planeB[n] != 0) {
                    box[0] = Math.min(box[0], u);
                    box[1] = Math.min(box[1], v);
                    box[2] = Math.max(box[2], u);
                    box[3] = Math.max(box[3], v);
                }
            }
        }
        int u0 = Math.max(0, box[0] - 1);
        int v0 = Math.max(0, box[1] - 1);
        int w = Math.min(width - 1, box[2] + 1) - u0 + 1;
        int h = Math.min(height - 1, box[3] + 1) - v0 + 1;
        double[] spacing = new SlicePlane(orientation, a).spacing(mask.geometry());
        float[] da = signedDistance(planeA, width, u0, v0, w, h, spacing);
        float[] db = signedDistance(planeB, width, u0, v0, w, h, spacing);
        long added = 0;
        for (int c = a + 1; c < b; c++) {
            double t = (double) (c - a) / (b - a);
            SlicePlane plane = new SlicePlane(orientation, c);
            for (int y = 0, n = 0; y < h; y++) {
                for (int x = 0; x < w; x++, n++) {
                    if ((1 - t) * da[n] + t * db[n] < 0) {
                        int[] ijk = Planes.voxel(plane, u0 + x, v0 + y);
                        if (!mask.contains(ijk[0], ijk[1], ijk[2])) {
                            mask.set(ijk[0], ijk[1], ijk[2]);
                            added++;
                        }
                    }
                }
            }
        }
        return added;
    }

    /** Signed distance in mm on the crop (w × h at u0, v0) of a plane: negative inside, positive outside. */
    private static float[] signedDistance(byte[] plane, int width, int u0, int v0, int w, int h, double[] spacing) {
        float[] toInside = new float[w * h];
        float[] toOutside = new float[w * h];
        for (int y = 0, n = 0; y < h; y++) {
            for (int x = 0; x < w; x++, n++) {
                boolean inside = plane[(u0 + x) + width * (v0 + y)] != 0;
                toInside[n] = inside ? 0 : DistanceTransform.FAR;
                toOutside[n] = inside ? DistanceTransform.FAR : 0;
            }
        }
        double[] s = {spacing[0], spacing[1], 1};
        DistanceTransform.squared(toInside, w, h, 1, s);
        DistanceTransform.squared(toOutside, w, h, 1, s);
        for (int n = 0; n < toInside.length; n++) {
            toInside[n] = (float) (Math.sqrt(toInside[n]) - Math.sqrt(toOutside[n]));
        }
        return toInside;
    }

    /** Indices of the planes of {@code orientation} that hold part of the mask, ascending. */
    static int[] drawnPlanes(EditableMask mask, Orientation orientation) {
        ImageGeometry g = mask.geometry();
        int nx = g.nx();
        boolean[] drawn = new boolean[orientation.planeCount(g)];
        for (int k = 0; k < g.nz(); k++) {
            long[] words = mask.sliceWords(k);
            if (words == null) {
                continue;
            }
            for (int bit = SliceBits.nextSetBit(words, 0); bit >= 0; bit = SliceBits.nextSetBit(words, bit + 1)) {
                switch (orientation) {
                    case AXIAL -> drawn[k] = true;
                    case CORONAL -> drawn[bit / nx] = true;
                    case SAGITTAL -> drawn[bit % nx] = true;
                }
            }
        }
        int count = 0;
        for (boolean d : drawn) {
            count += d ? 1 : 0;
        }
        int[] indices = new int[count];
        for (int n = 0, m = 0; n < drawn.length; n++) {
            if (drawn[n]) {
                indices[m++] = n;
            }
        }
        return indices;
    }
}
