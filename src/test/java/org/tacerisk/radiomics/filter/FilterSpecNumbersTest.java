package org.tacerisk.radiomics.filter;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.BadInputException;

/**
 * Filter parameters are numbers only when written as numbers: YAML reads {@code 2f} as the text "2f", which
 * {@link Double#parseDouble} used to turn into 2.
 */
class FilterSpecNumbersTest {

    private static BadInputException refused(String parameters) {
        return assertThrows(BadInputException.class, () -> FilterSpec.parse("filter: LoG\ndimensions: 3d\npadding: mirror\n"
                + "parameters: " + parameters + "\n", Path.of("spec.yaml")).create());
    }

    @Test
    void aSuffixedNumberIsRefusedNamingTheKey() {
        BadInputException e = refused("{sigma_mm: 2f}");
        assertTrue(e.getMessage().contains("sigma_mm") && e.getMessage().contains("2f"), e.getMessage());
        assertTrue(refused("{sigma_mm: 2, truncate: 4d}").getMessage().contains("truncate"));
    }
}
