package org.tacerisk.radiomics;

import java.util.function.ToDoubleFunction;

/**
 * One feature of a texture family: its IBSI name (exactly as in IBSI's feature list) and code, the PyRadiomics
 * column name where PyRadiomics computes the same quantity (else ""), and its formula over the family's matrix.
 * A family's list of these is its registry: exports, IBSI tests and documentation read from it.
 *
 * @param undefinedReason why the formula can be NaN for a matrix that counts something (e.g. a correlation of a
 *                        single grey level), else ""
 */
record TextureFeature<M extends TextureMatrix>(String name, String ibsiCode, String pyradiomicsName,
        ToDoubleFunction<M> formula, String undefinedReason) {

    /** A feature defined for every matrix that counts something. */
    TextureFeature(String name, String ibsiCode, String pyradiomicsName, ToDoubleFunction<M> formula) {
        this(name, ibsiCode, pyradiomicsName, formula, "");
    }

    /** The name, code and PyRadiomics name as the other families list them. */
    FeatureSpec spec(Family family) {
        return new FeatureSpec(family, name, ibsiCode, pyradiomicsName);
    }
}
