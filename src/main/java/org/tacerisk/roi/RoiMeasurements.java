package org.tacerisk.roi;

import java.util.Arrays;
import java.util.function.Consumer;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;
import org.tacerisk.radiomics.morphology.TumourSize;

/**
 * Live measurements of an {@link EditableMask} on its CT: volume, voxel count, mean and SD of HU, the longest axial
 * diameter with its perpendicular, and the maximum 3D diameter.
 *
 * <p>Incremental: per axial slice it keeps the voxel count, the HU sum and sum of squares and the longest chord, and
 * after a change recomputes only the slices the change's box crosses (a brush segment: one slice; undo: the slices
 * the step changed). The totals are sums over at most nz cached values. The 3D diameter is the one
 * {@link TumourSize#maxDiameterCm} computes (the product's tumour size), run on the first and last voxel of each row
 * of the mask's bounding box and only when asked after a change.
 *
 * <p>Listens to the mask; same thread rule. {@link #close} stops listening.
 */
public final class RoiMeasurements implements AutoCloseable {

    private final EditableMask mask;
    private final Volume volume;
    private final ImageGeometry geometry;
    private final Consumer<MaskChange> listener = this::invalidate;
    private final boolean[] stale;
    private final int[] counts;
    private final double[] sums;
    private final double[] squares;
    private final SliceDiameters.Chord[] chords;
    private double diameter3dMm = Double.NaN;
    private boolean diameter3dStale = true;

    /** @throws RoiToolException when the mask is not on the CT's grid */
    public RoiMeasurements(EditableMask mask, Volume volume) {
        Planes.requireSameGrid(mask.geometry(), volume.geometry());
        this.mask = mask;
        this.volume = volume;
        this.geometry = mask.geometry();
        int nz = geometry.nz();
        this.stale = new boolean[nz];
        this.counts = new int[nz];
        this.sums = new double[nz];
        this.squares = new double[nz];
        this.chords = new SliceDiameters.Chord[nz];
        Arrays.fill(stale, true);
        mask.addChangeListener(listener);
    }

    /** The measurements now. */
    public RoiStats current() {
        return current(true);
    }

    /**
     * The measurements now; without the 3D diameter (NaN) when {@code with3dDiameter} is false, for the live update
     * during a brush stroke, where the slice sums are cheap but the 3D diameter is not.
     */
    public RoiStats current(boolean with3dDiameter) {
        long count = 0;
        double sum = 0;
        double square = 0;
        int bestSlice = -1;
        for (int k = 0; k < counts.length; k++) {
            if (stale[k]) {
                refresh(k);
            }
            count += counts[k];
            sum += sums[k];
            square += squares[k];
            if (chords[k] != null && (bestSlice < 0 || chords[k].length2() > chords[bestSlice].length2())) {
                bestSlice = k;
            }
        }
        double mean = count == 0 ? Double.NaN : sum / count;
        double sd = count < 2 ? Double.NaN : Math.sqrt(Math.max(0, (square - sum * mean) / (count - 1)));
        AxialDiameters axial = bestSlice < 0 ? null
                : SliceDiameters.recist(mask.sliceWords(bestSlice), geometry, bestSlice, chords[bestSlice]);
        return new RoiStats(count, count * geometry.voxelVolumeMm3() / 1000, mean, sd, axial,
                with3dDiameter ? maxDiameter3dMm() : Double.NaN);
    }

    /** The maximum 3D diameter in mm (NaN when empty); recomputed only after a change. */
    public double maxDiameter3dMm() {
        if (diameter3dStale) {
            diameter3dMm = computeDiameter3d();
            diameter3dStale = false;
        }
        return diameter3dMm;
    }

    @Override
    public void close() {
        mask.removeChangeListener(listener);
    }

    private void invalidate(MaskChange change) {
        for (int k = change.kMin(); k <= change.kMax(); k++) {
            stale[k] = true;
        }
        diameter3dStale = true;
    }

    private void refresh(int k) {
        long[] words = mask.sliceWords(k);
        int count = 0;
        double sum = 0;
        double square = 0;
        if (words != null) {
            int offset = k * geometry.sliceSize();
            for (int bit = SliceBits.nextSetBit(words, 0); bit >= 0; bit = SliceBits.nextSetBit(words, bit + 1)) {
                double hu = volume.get(offset + bit);
                count++;
                sum += hu;
                square += hu * hu;
            }
        }
        counts[k] = count;
        sums[k] = sum;
        squares[k] = square;
        chords[k] = count == 0 ? null
                : SliceDiameters.longest(words, geometry.nx(), geometry.ny(), geometry.spacing(0), geometry.spacing(1));
        stale[k] = false;
    }

    private double computeDiameter3d() {
        int[] box = mask.boundingBox();
        if (box == null) {
            return Double.NaN;
        }
        // Only the first and last voxel of each row: the convex hull of all voxels is the hull of these, and only
        // hull vertices can end the longest chord, so TumourSize gives the same number on them in half the time.
        int w = box[3] - box[0] + 1;
        int h = box[4] - box[1] + 1;
        int d = box[5] - box[2] + 1;
        int nx = geometry.nx();
        byte[] extremes = new byte[w * h * d];
        for (int z = 0; z < d; z++) {
            long[] words = mask.sliceWords(box[2] + z);
            if (words == null) {
                continue;
            }
            for (int y = 0; y < h; y++) {
                int rowStart = nx * (box[1] + y);
                int first = SliceBits.nextSetBit(words, rowStart);
                if (first < 0 || first >= rowStart + nx) {
                    continue;
                }
                int last = SliceBits.previousSetBit(words, rowStart + nx - 1);
                int offset = w * (y + h * z) - box[0] - rowStart;
                extremes[offset + first] = 1;
                extremes[offset + last] = 1;
            }
        }
        ImageGeometry cropped = new ImageGeometry(w, h, d, geometry.spacing(),
                geometry.indexToPhysical(box[0], box[1], box[2]), geometry.direction());
        return TumourSize.maxDiameterCm(Mask.of(cropped, extremes)) * 10;
    }
}
