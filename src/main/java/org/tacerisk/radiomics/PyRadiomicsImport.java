package org.tacerisk.radiomics;

import java.util.List;
import org.tacerisk.common.Finding;

/**
 * The result of reading a PyRadiomics parameter file: the settings that correspond to it and what could not be
 * carried over (ignored keys, behaviour that differs), so a user comparing with PyRadiomics knows where to look.
 */
public record PyRadiomicsImport(RadiomicsSettings settings, List<Finding> findings) {

    public PyRadiomicsImport {
        findings = List.copyOf(findings);
    }

    /** The keys that were not used, e.g. "setting.label" or "imageType". */
    public List<String> ignoredKeys() {
        return findings.stream().filter(f -> f.code().equals(PyRadiomicsParameters.IGNORED_KEY))
                .map(Finding::subject).toList();
    }
}
