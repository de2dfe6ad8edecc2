package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shipped IBSI settings files (docs/ibsi) read through the public API, each compared with IBSI-1's
 * configurations.csv as transcribed in the comments.
 */
class RadiomicsShippedSettingsTest {

    private static RadiomicsSettings read(String name) {
        return RadiomicsSettings.read(Path.of("docs", "ibsi", name + ".yaml"));
    }

    private static final Set<Approach> TWO_D = Set.of(Approach.TWO_D, Approach.TWO_AND_HALF_D);

    @Test
    void digitalPhantom() {
        // no interpolation, no re-segmentation, no discretisation (grey levels 1..6), IVH discrete G = [1, 6]
        RadiomicsSettings s = read("digital-phantom");
        assertFalse(s.interpolation().enabled());
        assertEquals(ResegmentationSettings.none(), s.resegmentation());
        assertEquals(Discretisation.none(), s.discretisation());
        assertEquals(IvhDiscretisation.Method.NONE, s.ivh().method());
        assertEquals(1.0, s.resolvedIvh().lowerBound());
        assertEquals(6.0, s.resolvedIvh().upperBound());
        assertEquals(EnumSet.allOf(Approach.class), s.approaches());
        assertEquals(TextureParameters.ibsiDefaults(), s.texture());
        assertEquals(EnumSet.allOf(Family.class), s.families());
    }

    @Test
    void configA() {
        // 2D, no interpolation, range [-500, 400], FBS 25, IVH none (G = range)
        RadiomicsSettings s = read("config-A");
        assertFalse(s.interpolation().enabled());
        assertEquals(ResegmentationSettings.range(-500, 400), s.resegmentation());
        assertEquals(Discretisation.fixedBinSize(25), s.discretisation());
        assertEquals(IvhDiscretisation.none(-500.0, 400.0), s.resolvedIvh());
        assertEquals(TWO_D, s.approaches());
        assertEquals(TextureParameters.ibsiDefaults(), s.texture());
    }

    @Test
    void configB() {
        // 2D, 2 x 2 mm in-plane bilinear, slice spacing unchanged, rounding, bilinear mask 0.5, [-500, 400], FBN 32
        RadiomicsSettings s = read("config-B");
        assertEquals(InterpolationSettings.linear(2, 2, null), s.interpolation());
        assertNull(s.interpolation().spacing().z());
        assertEquals(ResegmentationSettings.range(-500, 400), s.resegmentation());
        assertEquals(Discretisation.fixedBinNumber(32), s.discretisation());
        assertEquals(IvhDiscretisation.none(-500.0, 400.0), s.resolvedIvh());
        assertEquals(TWO_D, s.approaches());
    }

    @Test
    void configC() {
        // 3D, 2 mm trilinear, rounding, trilinear mask 0.5, [-1000, 400], FBS 25, IVH FBS 2.5 from -1000
        RadiomicsSettings s = read("config-C");
        assertEquals(InterpolationSettings.linear(2, 2, 2.0), s.interpolation());
        assertEquals(ResegmentationSettings.range(-1000, 400), s.resegmentation());
        assertEquals(Discretisation.fixedBinSize(25), s.discretisation());
        assertEquals(new IvhDiscretisation(IvhDiscretisation.Method.FIXED_BIN_SIZE, 2.5, 0, -1000.0, 400.0),
                s.resolvedIvh());
        assertEquals(Set.of(Approach.THREE_D), s.approaches());
    }

    @Test
    void configD() {
        // 3D, 2 mm trilinear, no range, 3 sigma outlier filter, FBN 32, IVH none (G = ROI range)
        RadiomicsSettings s = read("config-D");
        assertEquals(InterpolationSettings.linear(2, 2, 2.0), s.interpolation());
        assertEquals(new ResegmentationSettings(null, null, 3.0), s.resegmentation());
        assertEquals(Discretisation.fixedBinNumber(32), s.discretisation());
        assertEquals(IvhDiscretisation.none(null, null), s.resolvedIvh());
        assertEquals(Set.of(Approach.THREE_D), s.approaches());
    }

    @Test
    void configE() {
        // 3D, 2 mm tricubic spline image, trilinear mask 0.5, rounding, [-1000, 400] and 3 sigma, FBN 32,
        // IVH FBN 1000 over the ROI range
        RadiomicsSettings s = read("config-E");
        InterpolationSettings i = s.interpolation();
        assertTrue(i.enabled());
        assertEquals(new InterpolationSettings.Spacing(2, 2, 2.0), i.spacing());
        assertEquals(InterpolationMethod.CUBIC_BSPLINE, i.imageMethod());
        assertEquals(InterpolationMethod.LINEAR, i.maskMethod());
        assertEquals(0.5, i.partialVolumeThreshold());
        assertTrue(i.roundIntensities());
        assertEquals(new ResegmentationSettings(-1000.0, 400.0, 3.0), s.resegmentation());
        assertEquals(Discretisation.fixedBinNumber(32), s.discretisation());
        assertEquals(new IvhDiscretisation(IvhDiscretisation.Method.FIXED_BIN_NUMBER, 1, 1000, null, null),
                s.resolvedIvh());
        assertEquals(Set.of(Approach.THREE_D), s.approaches());
    }
}
