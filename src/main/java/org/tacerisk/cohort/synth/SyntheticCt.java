package org.tacerisk.cohort.synth;

import java.util.SplittableRandom;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;

/**
 * Renders a {@link SyntheticPatient}'s portal-venous CT and index-tumour mask on the grid of a {@link SynthSize}
 * and the patient's scanner (the external cohort's scanner has thicker slices and more noise). Deterministic:
 * the same patient and size give the same voxels, on any thread.
 */
public final class SyntheticCt {

    /** Centre of the field of view in x (mm): the reconstruction is centred on the liver, not on the body. */
    static final double FIELD_CENTRE_X = -38;

    /** The CT (HU, int16), the index tumour's mask, and what was rendered. */
    public record Rendered(Volume ct, Mask tumour, SynthSize.Scanner scanner, double indexRadiusMm,
            int satellitesShown) {
    }

    private SyntheticCt() {
    }

    public static Rendered render(SyntheticPatient patient, SynthSize size) {
        return render(patient, size, true);
    }

    /** @param noise false only for tests that look at the noiseless intensities */
    static Rendered render(SyntheticPatient patient, SynthSize size, boolean noise) {
        SynthSize.Scanner scanner = size.scanner(patient.external());
        ImageGeometry g = geometry(size, scanner);
        Anatomy anatomy = new Anatomy(patient, size);
        int n = size.matrix();
        double px = size.pixelMm();
        double[] origin = g.origin();
        short[] hu = new short[g.voxelCount()];
        byte[] mask = new byte[hu.length];
        // Noise has a stream of its own, so that anatomy draws never shift with the grid size.
        SplittableRandom noiseRandom = new SplittableRandom(patient.imageSeed() ^ 0x5DEECE66DL);
        double[] column = new double[n];
        int subSlices = scanner.subSlices();
        for (int k = 0; k < g.nz(); k++) {
            double zCentre = origin[2] + k * scanner.sliceMm();
            for (int j = 0; j < n; j++) {
                double y = origin[1] + j * px;
                java.util.Arrays.fill(column, 0);
                // A thick slice is the mean of thin noiseless sub-slices across its thickness (partial volume).
                for (int s = 0; s < subSlices; s++) {
                    double z = zCentre + ((s + 0.5) / subSlices - 0.5) * scanner.sliceMm();
                    for (int i = 0; i < n; i++) {
                        column[i] += anatomy.hu(origin[0] + i * px, y, z);
                    }
                }
                int row = g.index(0, j, k);
                for (int i = 0; i < n; i++) {
                    double x = origin[0] + i * px;
                    double value = column[i] / subSlices;
                    if (noise) {
                        value += scanner.noiseHu() * noiseRandom.nextGaussian();
                    }
                    hu[row + i] = (short) Math.round(Math.max(-1024, Math.min(3071, value)));
                    // The mask is the tumour at the slice's centre plane, as a reader would contour the thick slice.
                    if (anatomy.inIndexTumour(x, y, zCentre)) {
                        mask[row + i] = 1;
                    }
                }
            }
        }
        return new Rendered(Volume.ofShorts(g, hu, Volume.HU), Mask.of(g, mask), scanner,
                anatomy.index().radiusMm(), anatomy.satelliteCount());
    }

    /** The grid: centred on (FIELD_CENTRE_X, 0, 0), axial, the scanner's slice thickness as the slice spacing. */
    public static ImageGeometry geometry(SynthSize size, SynthSize.Scanner scanner) {
        int n = size.matrix();
        double px = size.pixelMm();
        double[] spacing = {px, px, scanner.sliceMm()};
        double[] origin = {FIELD_CENTRE_X - (n - 1) * px / 2, -(n - 1) * px / 2,
            -(scanner.slices() - 1) * scanner.sliceMm() / 2};
        return ImageGeometry.axisAligned(n, n, scanner.slices(), spacing, origin);
    }
}
