package org.tacerisk.radiomics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Whose definitions the numbers follow. {@link #IBSI} (the default for TACE-Risk settings files) gives the IBSI-1
 * and IBSI-2 values; {@link #PYRADIOMICS} (the default when a PyRadiomics parameter file is read) reproduces
 * PyRadiomics 3.1.0 where it differs from IBSI: bin edges at multiples of the bin width, its resampling grid, its
 * filters, names and the formulas listed in docs/pyradiomics.md. A team applying a model trained with PyRadiomics
 * needs the second, a team that wants standard values the first; the choice is printed with every output and
 * stored in bundles so the two are never mixed unknowingly.
 */
public enum Conventions {
    IBSI,
    PYRADIOMICS;

    /** The name in settings files and outputs: "ibsi" or "pyradiomics". */
    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads "ibsi" or "pyradiomics" (any case). */
    @JsonCreator
    public static Conventions of(String key) {
        for (Conventions c : values()) {
            if (c.name().equalsIgnoreCase(key == null ? "" : key.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("conventions must be ibsi or pyradiomics, not '" + key + "'");
    }
}
