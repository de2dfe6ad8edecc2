package org.tacerisk.deep;

import org.tacerisk.common.BadInputException;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;

/**
 * Turns a CT and its tumour mask into the network input an {@link InputSpec} describes (2.5D crop).
 *
 * <ol>
 *   <li>Centre slice k: the axial slice (index axis k) with the most tumour voxels; ties go to the lowest k.</li>
 *   <li>Crop centre: the centre of the tumour's bounding box in slice k, in continuous voxel index
 *       ((iMin + iMax) / 2, (jMin + jMax) / 2). The bounding box, not the centre of mass, so that a tumour with a
 *       dense part and a thin tail stays wholly in view.</li>
 *   <li>Sampling: crop pixel (x, y) lies at voxel (c<sub>i</sub> + (x − (size − 1) / 2)·step<sub>i</sub>, …) with
 *       step = mmPerPixel / in-plane voxel spacing, so the crop's centre is the tumour's centre and its pixels are
 *       {@code mmPerPixel} wide. The crop runs along the index axes (image orientation, as a viewer shows it).</li>
 *   <li>Channels: slices k − n … k + n in increasing k (a slice beyond the volume repeats the nearest one),
 *       bilinear in-plane; voxels outside the image count as −1000 HU (air), so a tumour at the edge is padded,
 *       not refused. Each value is windowed: (HU − low) / (high − low), clamped to [0, 1].</li>
 *   <li>Mask channel (optional, last): slice k's mask, nearest neighbour, 0 outside the image.</li>
 * </ol>
 * Deterministic: no randomness, the same input gives bit-identical output.
 */
public final class TumourCrop {

    /** HU of voxels outside the image: air. */
    public static final float OUTSIDE_HU = -1000f;

    private static final double GRID_TOLERANCE_MM = 1e-3;

    private TumourCrop() {
    }

    /**
     * The crop of {@code ct} around {@code tumour} described by {@code spec}.
     *
     * @throws BadInputException when the mask is empty or not on the CT's grid
     */
    public static Crop of(Volume ct, Mask tumour, InputSpec spec) {
        ImageGeometry g = ct.geometry();
        if (!g.sameGrid(tumour.geometry(), GRID_TOLERANCE_MM)) {
            throw new BadInputException(null, "the tumour mask's grid differs from the CT's grid: mask "
                    + tumour.geometry() + ", CT " + g + ". Resample the mask onto the CT (or export it from the"
                    + " same series).");
        }
        int k = largestSlice(tumour);
        double[] centre = boundingBoxCentre(tumour, k);
        double stepI = spec.mmPerPixel() / g.spacing(0);
        double stepJ = spec.mmPerPixel() / g.spacing(1);
        double half = (spec.size() - 1) / 2.0;
        CropPlacement placement = new CropPlacement(k, centre[0] - half * stepI, centre[1] - half * stepJ,
                stepI, stepJ);

        int n = spec.neighbourSlices();
        int plane = spec.size() * spec.size();
        float[] chw = new float[spec.length()];
        float[] slice = new float[g.sliceSize()];
        float low = (float) spec.windowLowHu();
        float width = (float) (spec.windowHighHu() - spec.windowLowHu());
        for (int c = 0; c <= 2 * n; c++) {
            int z = Math.min(Math.max(k - n + c, 0), g.nz() - 1);
            ct.copySlice(z, slice);
            sampleBilinear(slice, g.nx(), g.ny(), placement, spec.size(), chw, c * plane, low, width);
        }
        if (spec.maskChannel()) {
            sampleMask(tumour, k, placement, spec.size(), chw, (2 * n + 1) * plane);
        }
        return new Crop(chw, spec, placement);
    }

    /** The slice with the most tumour voxels (lowest index on ties). */
    static int largestSlice(Mask tumour) {
        int best = -1;
        int bestCount = 0;
        for (int k = 0, nz = tumour.geometry().nz(); k < nz; k++) {
            int count = tumour.countInSlice(k);
            if (count > bestCount) {
                best = k;
                bestCount = count;
            }
        }
        if (best < 0) {
            throw new BadInputException(null, "the tumour mask is empty (no voxel inside); check the segmentation"
                    + " or the ROI chosen");
        }
        return best;
    }

    /** Continuous index {i, j} of the centre of the tumour's bounding box in slice k. */
    static double[] boundingBoxCentre(Mask tumour, int k) {
        ImageGeometry g = tumour.geometry();
        int iMin = Integer.MAX_VALUE;
        int iMax = -1;
        int jMin = Integer.MAX_VALUE;
        int jMax = -1;
        for (int j = 0; j < g.ny(); j++) {
            for (int i = 0; i < g.nx(); i++) {
                if (tumour.contains(i, j, k)) {
                    iMin = Math.min(iMin, i);
                    iMax = Math.max(iMax, i);
                    jMin = Math.min(jMin, j);
                    jMax = Math.max(jMax, j);
                }
            }
        }
        return new double[] {(iMin + iMax) / 2.0, (jMin + jMax) / 2.0};
    }

    private static void sampleBilinear(float[] slice, int nx, int ny, CropPlacement p, int size, float[] out,
            int offset, float low, float width) {
        for (int y = 0; y < size; y++) {
            double v = p.originJ() + y * p.stepJ();
            int j0 = (int) Math.floor(v);
            double fy = v - j0;
            for (int x = 0; x < size; x++) {
                double u = p.originI() + x * p.stepI();
                int i0 = (int) Math.floor(u);
                double fx = u - i0;
                double top = (1 - fx) * at(slice, nx, ny, i0, j0) + fx * at(slice, nx, ny, i0 + 1, j0);
                double bottom = (1 - fx) * at(slice, nx, ny, i0, j0 + 1) + fx * at(slice, nx, ny, i0 + 1, j0 + 1);
                float hu = (float) ((1 - fy) * top + fy * bottom);
                float w = (hu - low) / width;
                out[offset + y * size + x] = w < 0 ? 0f : w > 1 ? 1f : w;
            }
        }
    }

    private static float at(float[] slice, int nx, int ny, int i, int j) {
        return i < 0 || j < 0 || i >= nx || j >= ny ? OUTSIDE_HU : slice[i + nx * j];
    }

    private static void sampleMask(Mask tumour, int k, CropPlacement p, int size, float[] out, int offset) {
        ImageGeometry g = tumour.geometry();
        for (int y = 0; y < size; y++) {
            int j = (int) Math.floor(p.originJ() + y * p.stepJ() + 0.5);
            for (int x = 0; x < size; x++) {
                int i = (int) Math.floor(p.originI() + x * p.stepI() + 0.5);
                out[offset + y * size + x] = g.contains(i, j, k) && tumour.contains(i, j, k) ? 1f : 0f;
            }
        }
    }
}
