package org.tacerisk.cohort.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;

/** The rendered CT: determinism, grids per scanner, plausible HU, and latent traits the image really shows. */
class SyntheticCtTest {

    @Test
    void samePatientSameVoxelsOtherSeedOtherVoxels() {
        SyntheticPatient p = OutcomeModel.draw(11, 2, "train");
        SyntheticCt.Rendered a = SyntheticCt.render(p, SynthSize.SMALL);
        SyntheticCt.Rendered b = SyntheticCt.render(p, SynthSize.SMALL);
        assertTrue(a.ct().sameVoxels(b.ct()));
        assertEquals(0, a.tumour().differingVoxels(b.tumour()));
        SyntheticCt.Rendered c = SyntheticCt.render(OutcomeModel.draw(12, 2, "train"), SynthSize.SMALL);
        assertFalse(a.ct().sameVoxels(c.ct()));
    }

    @Test
    void externalScannerHasThickerSlicesOverTheSameField() {
        ImageGeometry internal = SyntheticCt.render(OutcomeModel.draw(1, 0, "train"), SynthSize.SMALL).ct()
                .geometry();
        ImageGeometry external = SyntheticCt.render(OutcomeModel.draw(1, 5, "external"), SynthSize.SMALL).ct()
                .geometry();
        assertEquals(104, internal.nx());
        assertArrayEquals(new double[] {2, 2, 3}, internal.spacing(), 1e-12);
        assertEquals(32, internal.nz());
        assertArrayEquals(new double[] {2, 2, 6}, external.spacing(), 1e-12);
        assertEquals(16, external.nz());
        assertEquals(internal.nz() * 3.0, external.nz() * 6.0, 1e-9);
        SynthSize.Scanner a = SynthSize.FULL.scanner(false);
        SynthSize.Scanner b = SynthSize.FULL.scanner(true);
        assertEquals(2.5, a.sliceMm());
        assertEquals(5.0, b.sliceMm());
        assertTrue(b.noiseHu() != a.noiseHu());
        assertTrue(256L * 256 * a.slices() * 2 <= 8_000_000, "full patient over 8 MB of pixels");
    }

    @Test
    void huRangesArePlausible() {
        SyntheticPatient p = OutcomeModel.draw(21, 1, "train");
        SyntheticCt.Rendered r = SyntheticCt.render(p, SynthSize.SMALL, false);
        Volume ct = r.ct();
        Mask m = r.tumour();
        assertTrue(m.count() > 100, "tumour voxels " + m.count());
        double[] inside = values(ct, m, true);
        Arrays.sort(inside);
        // Necrosis ~20–40 HU at the bottom, enhancing rim ~130–160 HU at the top (texture adds a little either way).
        double p2 = inside[inside.length / 50];
        assertTrue(p2 > -40 && p2 < 80, "p2 " + p2);
        double p98 = inside[inside.length * 49 / 50];
        assertTrue(p98 > 120 && p98 < 260, "p98 " + p98);
        double[] all = values(ct, m, false);
        assertEquals(-1000, Arrays.stream(all).min().orElseThrow(), 1e-9);
        double max = Arrays.stream(all).max().orElseThrow();
        assertTrue(max >= 400 && max <= 1000, "bone max " + max);
        assertTrue(Arrays.stream(all).anyMatch(v -> v <= -90 && v >= -110), "no fat");
        Anatomy anatomy = new Anatomy(p, SynthSize.SMALL);
        assertTrue(anatomy.liverHu() >= 100 && anatomy.liverHu() <= 120);
    }

    @Test
    void noiseHasTheScannersStandardDeviation() {
        SyntheticPatient p = OutcomeModel.draw(8, 0, "train");
        Volume noisy = SyntheticCt.render(p, SynthSize.SMALL, true).ct();
        Volume clean = SyntheticCt.render(p, SynthSize.SMALL, false).ct();
        double sum = 0;
        int n = 0;
        for (int v = 0; v < noisy.voxelCount(); v++) {
            if (clean.get(v) > -900) {
                double d = noisy.get(v) - clean.get(v);
                sum += d * d;
                n++;
            }
        }
        assertEquals(SynthSize.SMALL.scanner(false).noiseHu(), Math.sqrt(sum / n), 0.5);
    }

    @Test
    void indexTumourSizeFollowsTheClinicalSize() {
        SyntheticPatient p = SyntheticCohortModelTest.withTraits(OutcomeModel.draw(4, 3, "train"), 0, -3);
        SyntheticCt.Rendered r = SyntheticCt.render(p, SynthSize.SMALL);
        double expected = 4.0 / 3 * Math.PI * Math.pow(r.indexRadiusMm(), 3);
        double actual = r.tumour().count() * r.ct().geometry().voxelVolumeMm3();
        assertTrue(actual > 0.5 * expected && actual < 1.5 * expected, actual + " mm3 vs " + expected);
        assertEquals(Math.min(5 * p.tumourSizeCm(), 0.42 * SynthSize.SMALL.zExtentMm()), r.indexRadiusMm(), 1e-9);
    }

    @Test
    void heterogeneityShowsAsTumourTextureAndIrregularityAsSurface() {
        SyntheticPatient base = OutcomeModel.draw(31, 4, "train");
        double smooth = tumourSd(SyntheticCohortModelTest.withTraits(base, -2, 0));
        double rough = tumourSd(SyntheticCohortModelTest.withTraits(base, 2, 0));
        assertTrue(rough > smooth + 5, "texture sd " + smooth + " -> " + rough);
        double round = surfaceRatio(SyntheticCohortModelTest.withTraits(base, 0, -2.5));
        double lobulated = surfaceRatio(SyntheticCohortModelTest.withTraits(base, 0, 2.5));
        assertTrue(lobulated > round * 1.05, "surface/volume " + round + " -> " + lobulated);
    }

    private static double tumourSd(SyntheticPatient p) {
        SyntheticCt.Rendered r = SyntheticCt.render(p, SynthSize.SMALL, false);
        double[] v = values(r.ct(), r.tumour(), true);
        double mean = Arrays.stream(v).average().orElseThrow();
        return Math.sqrt(Arrays.stream(v).map(x -> (x - mean) * (x - mean)).average().orElseThrow());
    }

    /** Mask voxels with a 6-neighbour outside, over all mask voxels: higher for a lobulated surface. */
    private static double surfaceRatio(SyntheticPatient p) {
        Mask m = SyntheticCt.render(p, SynthSize.SMALL, false).tumour();
        ImageGeometry g = m.geometry();
        int surface = 0;
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    if (m.contains(i, j, k) && (!in(m, i - 1, j, k) || !in(m, i + 1, j, k) || !in(m, i, j - 1, k)
                            || !in(m, i, j + 1, k) || !in(m, i, j, k - 1) || !in(m, i, j, k + 1))) {
                        surface++;
                    }
                }
            }
        }
        return (double) surface / m.count();
    }

    private static boolean in(Mask m, int i, int j, int k) {
        return m.geometry().contains(i, j, k) && m.contains(i, j, k);
    }

    private static double[] values(Volume ct, Mask m, boolean inside) {
        return java.util.stream.IntStream.range(0, ct.voxelCount()).filter(v -> m.contains(v) == inside)
                .mapToDouble(ct::get).toArray();
    }
}
