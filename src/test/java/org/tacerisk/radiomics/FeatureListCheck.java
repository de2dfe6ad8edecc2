package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.testsupport.SharedData;

/** Checks a family's feature specs against IBSI's feature list ({@code reference/ibsi1/features.csv}). */
final class FeatureListCheck {

    private FeatureListCheck() {
    }

    /** A texture family's registry. */
    static <M extends TextureMatrix> void assertMatches(Family family, List<TextureFeature<M>> features)
            throws Exception {
        assertMatchesSpecs(family, features.stream().map(f -> f.spec(family)).toList());
    }

    static void assertMatchesSpecs(Family family, List<FeatureSpec> specs) throws Exception {
        Path csv = SharedData.require("reference/ibsi1/features.csv");
        Map<String, String> codeToName = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            // family, family_code, feature, ibsi_code, n_reference_rows, rst_line (no quoted fields)
            String[] f = line.split(",");
            if (f[0].equals(family.csvName())) {
                codeToName.put(f[3], f[2]);
            }
        }
        Map<String, String> ours = new LinkedHashMap<>();
        for (FeatureSpec spec : specs) {
            assertEquals(family, spec.family());
            ours.put(spec.code(), spec.name());
        }
        assertEquals(codeToName, ours, "codes and names of " + family.csvName());
    }
}
