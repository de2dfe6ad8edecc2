package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tacerisk.common.Progress;

class IntensityVolumeHistogramFamilyTest {

    private static FamilyContext ivh(IvhDiscretisation d) {
        return new FamilyContext(EnumSet.of(Approach.THREE_D), TextureParameters.ibsiDefaults(), d);
    }

    private static double value(List<FeatureValue> values, String code, String variant) {
        return values.stream().filter(v -> v.ibsiCode().equals(code) && v.variant().equals(variant)).findFirst()
                .orElseThrow().value();
    }

    /**
     * X = {1, 1, 2, 4, 5}, discrete, G = [1, 5], w = 1. By hand: γ = 0, .25, .5, .75, 1 and
     * ν = 1, 3/5, 2/5, 2/5, 1/5 at i = 1..5.
     */
    @Test
    void handComputedDiscreteCase() {
        List<FeatureValue> f = new IntensityVolumeHistogramFamily().compute(TestRois.intensities(4, 1, 5, 2, 1),
                ivh(IvhDiscretisation.none(1.0, 5.0)));
        assertEquals(7, f.size());
        assertEquals(0.6, value(f, "BC2M", "V10"), 1e-12);     // first γ ≥ 0.1 is at i = 2
        assertEquals(0.2, value(f, "BC2M", "V90"), 1e-12);     // first γ ≥ 0.9 is at i = 5
        assertEquals(2, value(f, "GBPN", "I90"), 0);           // first ν ≤ 0.9 is at i = 2
        assertEquals(0.4, value(f, "DDTU", "V10-V90"), 1e-12);
        // trapezoids of width 0.25: (1 + .6)/2 + (.6 + .4)/2 + (.4 + .4)/2 + (.4 + .2)/2 = 2.0
        assertEquals(0.5, value(f, "9CMM", ""), 1e-12);
        // no i of G has ν ≤ 0.1 (ν(5) = 0.2): the first intensity past the largest voxel, where ν = 0
        assertEquals(6, value(f, "GBPN", "I10"), 0);
    }

    /**
     * Fixed bin size as in IBSI configuration C: w = 2.5 from −1000 to 400, bin centres, G = [−998.75, 398.75].
     * −1000 and −998 fall in bin 1 (centre −998.75), −995.1 in bin 2 (−996.25), 399 in bin 560 (398.75); 400 lies on
     * the upper bound and, by the bin formula, in bin 561 (401.25), above max G.
     */
    @Test
    void fixedBinSizeUsesBinCentresFromTheLowerBound() {
        ProcessedRoi roi = TestRois.intensities(-1000, -998, -995.1, 399, 400);
        IntensityVolumeHistogram h = IntensityVolumeHistogram.of(roi,
                new IvhDiscretisation(IvhDiscretisation.Method.FIXED_BIN_SIZE, 2.5, 0, -1000.0, 400.0));
        assertEquals(560, h.points());
        assertEquals(-998.75, h.intensity(0), 0);
        assertEquals(398.75, h.intensity(559), 1e-9);
        assertEquals(1.0, h.volumeFraction(0), 0);
        assertEquals(0.6, h.volumeFraction(1), 1e-12);          // two voxels below −996.25
        assertEquals(0.4, h.volumeFraction(559), 1e-12);        // 398.75 and 401.25 remain
        assertEquals(-996.25, h.intensityAtVolumeFraction(0.9, Progress.NONE), 1e-9);
    }

    /** Fixed bin number: bins 1..n over the ROI range; G = [1, n]. 0, 5, 10 with 4 bins go to 1, 3, 4 (max clamps). */
    @Test
    void fixedBinNumberUsesBinIndices() {
        IntensityVolumeHistogram h = IntensityVolumeHistogram.of(TestRois.intensities(0, 5, 10),
                new IvhDiscretisation(IvhDiscretisation.Method.FIXED_BIN_NUMBER, 0, 4, null, null));
        assertEquals(4, h.points());
        assertEquals(1, h.intensity(0), 0);
        assertEquals(2.0 / 3, h.volumeFraction(1), 1e-12);     // only bin 1 is below 2
        assertEquals(2.0 / 3, h.volumeFraction(2), 1e-12);
        assertEquals(1.0 / 3, h.volumeFraction(3), 1e-12);
    }

    @Test
    void impossibleRangeIsUndefinedWithAReason() {
        List<FeatureValue> f = new IntensityVolumeHistogramFamily().compute(TestRois.intensities(1, 2),
                ivh(IvhDiscretisation.none(10.0, 5.0)));
        assertEquals(7, f.size());
        assertTrue(f.stream().allMatch(v -> Double.isNaN(v.value()) && !v.undefinedReason().isEmpty()));
    }

    @Test
    void namesAndCodesAsInIbsiFeatureList() throws Exception {
        FeatureListCheck.assertMatchesSpecs(Family.INTENSITY_VOLUME_HISTOGRAM,
                IntensityVolumeHistogramFamily.SPECS);
    }

    /** The manual's example IVH of the digital phantom (table "TableAUC-CVH"), at the three digits it shows. */
    @Test
    void digitalPhantomExampleTable() throws Exception {
        IntensityVolumeHistogram h = IntensityVolumeHistogram.of(IbsiPhantoms.digitalPhantom(),
                IvhDiscretisation.none(null, null));
        double[] gamma = {0.0, 0.2, 0.4, 0.6, 0.8, 1.0};
        double[] nu = {1.000, 0.324, 0.324, 0.311, 0.095, 0.095};
        assertEquals(6, h.points());
        for (int k = 0; k < 6; k++) {
            assertEquals(k + 1, h.intensity(k), 0);
            assertEquals(gamma[k], h.intensityFraction(k), 1e-12);
            assertEquals(nu[k], h.volumeFraction(k), 0.0005, "ν at i = " + (k + 1));
        }
        // the manual gives the area under this curve as 0.32 (the reference table has no row for it)
        assertEquals(0.32, h.areaUnderCurve(Progress.NONE), 0.005);
    }

    @TestFactory
    Stream<DynamicTest> ibsiDigitalPhantom() throws Exception {
        return IbsiFamilyCheck.tests(new IntensityVolumeHistogramFamily(), "dig_phantom",
                IbsiPhantoms.digitalPhantom(), IbsiPhantoms.digitalPhantomContext());
    }

    /** Every reference row of IBSI-1 CT configurations A, B and C, processed by the shipped settings. */
    @TestFactory
    Stream<DynamicContainer> ibsiCtPhantomConfigurations() throws Exception {
        return IbsiCtConfigs.tests(new IntensityVolumeHistogramFamily());
    }
}
