package org.tacerisk.radiomics.filter;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The filter kinds a spec file may name ({@code filter: log}), each with its factory. */
public final class FilterRegistry {

    private static final Map<String, FilterFactory> FACTORIES = new TreeMap<>();

    static {
        // One line per filter kind (IBSI-2 filter families); the spec name is the key in `filter:`.
        register("gabor", GaborFilter::fromSpec);
        register("laws", LawsFilter::fromSpec);
        register("log", LogFilter::fromSpec);
        register("mean", MeanFilter::fromSpec);
        register("riesz-log", RieszFilter::logFromSpec);
        register("riesz-simoncelli", RieszFilter::simoncelliFromSpec);
        register("simoncelli", SimoncelliFilter::fromSpec);
        register("wavelet", WaveletFilter::fromSpec);
        // PyRadiomics' image types (conventions: pyradiomics; docs/pyradiomics.md)
        register("pyradiomics-intensity", PyRadiomicsIntensityFilter::fromSpec);
        register("pyradiomics-lbp2d", PyRadiomicsLbp2DFilter::fromSpec);
        register("pyradiomics-log", PyRadiomicsFilters::logFromSpec);
        register("pyradiomics-wavelet", PyRadiomicsWaveletFilter::fromSpec);
    }

    private FilterRegistry() {
    }

    private static void register(String name, FilterFactory factory) {
        FACTORIES.put(name, factory);
    }

    /** The factory for {@code name}, or null when no such filter exists. */
    public static FilterFactory factory(String name) {
        return FACTORIES.get(name);
    }

    /** Every filter name, sorted (for messages and documentation). */
    public static Set<String> names() {
        return Collections.unmodifiableSet(FACTORIES.keySet());
    }
}
