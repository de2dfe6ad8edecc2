package org.tacerisk.radiomics;

import java.util.function.ToDoubleFunction;

/**
 * One feature of a texture family: its IBSI name (exactly as in IBSI's feature list) and code, the PyRadiomics
 * column name where PyRadiomics computes the same quantity (else ""), and its formula over the family's matrix.
 * A family's list of these is its registry: exports, IBSI tests and documentation read from it.
 */
record TextureFeature<M extends TextureMatrix>(String name, String ibsiCode, String pyradiomicsName,
        ToDoubleFunction<M> formula) {
}
