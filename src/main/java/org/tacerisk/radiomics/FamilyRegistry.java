package org.tacerisk.radiomics;

import java.util.List;

/**
 * The feature families the extractor runs by default, in output order. Each entry is a stateless
 * {@link FamilyCalculator}; a new list is returned on every call so no caller can change another's.
 */
public final class FamilyRegistry {

    private FamilyRegistry() {
    }

    /** Every family, in IBSI's order. */
    public static List<FamilyCalculator> all() {
        return List.of(new MorphologyFamily(), new LocalIntensityFamily(), new IntensityStatisticsFamily(), new IntensityHistogramFamily(),
                new IntensityVolumeHistogramFamily(), new GlcmFamily(), new GlrlmFamily(), new GlszmFamily(),
                new GldzmFamily(), new NgtdmFamily(), new NgldmFamily());
    }
}
