package org.tacerisk.radiomics;

/**
 * One IBSI feature as the families list it: the name exactly as in IBSI's feature table, its code and the
 * PyRadiomics column that holds the same quantity ("" where PyRadiomics has none or defines it differently).
 * Each family keeps its list of specs in one place, so the names, codes and PyRadiomics names that exports and
 * the IBSI tests read come from a single table.
 */
record FeatureSpec(Family family, String name, String code, String pyradiomicsName) {

    /** The value for one aggregation and variant; NaN becomes an undefined value carrying {@code reasonIfNaN}. */
    FeatureValue value(String aggregationCode, String variant, double value, String reasonIfNaN) {
        if (Double.isNaN(value)) {
            return new FeatureValue(family, name, code, aggregationCode, variant, pyradiomicsName, Double.NaN,
                    reasonIfNaN);
        }
        return new FeatureValue(family, name, code, aggregationCode, variant, pyradiomicsName, value, "");
    }

    FeatureValue value(double value, String reasonIfNaN) {
        return value("", "", value, reasonIfNaN);
    }

    FeatureValue undefined(String aggregationCode, String variant, String reason) {
        return new FeatureValue(family, name, code, aggregationCode, variant, pyradiomicsName, Double.NaN, reason);
    }
}
