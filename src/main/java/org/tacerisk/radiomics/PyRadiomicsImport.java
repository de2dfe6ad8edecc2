package org.tacerisk.radiomics;

import java.util.List;
import org.tacerisk.common.Finding;

/**
 * The result of reading a PyRadiomics parameter file: the settings (in PyRadiomics conventions) and findings about
 * keys that change no value, so a user comparing with PyRadiomics knows where to look.
 */
public record PyRadiomicsImport(RadiomicsSettings settings, List<Finding> findings) {

    public PyRadiomicsImport {
        findings = List.copyOf(findings);
    }

    /**
     * The keys that were read but change no value (e.g. "setting.additionalInfo"); every other key is applied or
     * refused when the file is read.
     */
    public List<String> ignoredKeys() {
        return findings.stream().filter(f -> f.code().equals(PyRadiomicsParameters.NO_EFFECT_CODE))
                .map(Finding::subject).toList();
    }
}
