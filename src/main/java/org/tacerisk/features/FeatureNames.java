package org.tacerisk.features;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tacerisk.deep.DeepOutput;
import org.tacerisk.radiomics.FeatureValue;

/**
 * Column names of the wide feature table (docs/cohort.md, "Output columns"). The PyRadiomics-style name where one
 * exists, because that is what existing R/Python analysis scripts expect; otherwise a name built from IBSI codes,
 * which are stable across releases (feature wording is not): {@code <imageType>_<family>_<ibsiCode>
 * [_<aggregationCode>][_<variant>]}, e.g. {@code original_intensity_histogram_3NCY}. Deep features are
 * {@code deep_prob} and {@code deep_f001}, {@code deep_f002}, ...
 */
public final class FeatureNames {

    public static final String DEEP_PROBABILITY = "deep_prob";

    private FeatureNames() {
    }

    /**
     * One name per value, in the values' order. A PyRadiomics name already taken (two IBSI aggregations that
     * PyRadiomics folds into one name) falls back to the IBSI name, so names are unique and depend only on the
     * settings, never on the data.
     */
    public static List<String> radiomics(List<FeatureValue> values) {
        List<String> names = new ArrayList<>(values.size());
        Set<String> used = new HashSet<>();
        for (FeatureValue v : values) {
            String name = v.pyradiomicsName().isEmpty() || used.contains(v.pyradiomicsName()) ? ibsi(v)
                    : v.pyradiomicsName();
            if (!used.add(name)) {
                throw new IllegalStateException("two feature values share the column name " + name);
            }
            names.add(name);
        }
        return names;
    }

    public static String ibsi(FeatureValue v) {
        StringBuilder sb = new StringBuilder(v.imageType()).append('_').append(v.family().csvName()).append('_')
                .append(v.ibsiCode());
        if (!v.aggregationCode().isEmpty()) {
            sb.append('_').append(v.aggregationCode());
        }
        if (!v.variant().isEmpty()) {
            sb.append('_').append(v.variant());
        }
        return sb.toString();
    }

    /** {@code deep_prob}, then one {@code deep_fNNN} per feature (at least three digits, 1-based). */
    public static List<String> deep(DeepOutput output) {
        List<String> names = new ArrayList<>(output.features().length + 1);
        names.add(DEEP_PROBABILITY);
        for (int i = 1; i <= output.features().length; i++) {
            names.add(String.format(Locale.ROOT, "deep_f%03d", i));
        }
        return names;
    }
}
