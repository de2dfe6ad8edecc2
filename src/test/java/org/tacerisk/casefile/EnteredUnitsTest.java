package org.tacerisk.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.BadInputException;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.TestBundles;

/**
 * A saved case's values as step 2 takes them ({@link CaseContents#enteredInPredictorUnits}), the one conversion the
 * presentation mode and {@code tacerisk report --case} share: AFP typed as 100 IU/mL is 121 ng/mL exactly (1 IU/mL =
 * 1.21 ng/mL, by hand), a value in the predictor's unit and a value of a predictor the bundle lacks pass unchanged,
 * and a unit with no conversion is refused in words.
 */
class EnteredUnitsTest {

    private static final BundleManifest MANIFEST = TestBundles.manifest(); // afp in ng/mL, nodules without unit

    @Test
    void aValueTypedInAnotherUnitIsConvertedFromItsText() {
        Map<String, Double> entered = contents(new EnteredValue("afp", "100", 100, "IU/mL"),
                new EnteredValue("nodules", "3", 3, ""), new EnteredValue("albumin", "39", 39, "g/L"))
                .enteredInPredictorUnits(MANIFEST);
        assertEquals(121.0, entered.get("afp"), 0);
        assertEquals(3.0, entered.get("nodules"), 0);
        assertEquals(39.0, entered.get("albumin"), 0, "not a predictor of this bundle: as saved");
        // 7 IU/mL: 8.47 ng/mL as the decimal product, not 7 × 1.21 in binary floating point
        assertEquals(8.47, contents(new EnteredValue("afp", "7", 7, "IU/mL")).enteredInPredictorUnits(MANIFEST)
                .get("afp"), 0);
        assertEquals(1250.5, contents(new EnteredValue("afp", "1250.5", 1250.5, "ng/mL"))
                .enteredInPredictorUnits(MANIFEST).get("afp"), 0);
    }

    @Test
    void aUnitWithoutConversionIsRefused() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> contents(new EnteredValue("afp", "2", 2, "mmol/L")).enteredInPredictorUnits(MANIFEST));
        assertTrue(e.getMessage().contains("afp in mmol/L") && e.getMessage().contains("ng/mL"), e.getMessage());
    }

    private static CaseContents contents(EnteredValue... values) {
        return new CaseContents(Instant.parse("2026-12-01T08:00:00Z"), new SeriesLocation("1.2.3", "1.2.3.4", "",
                Path.of("/tmp/none")), List.of(values), new BundleIdentity("test", "1", "0".repeat(64)), null, null);
    }
}
