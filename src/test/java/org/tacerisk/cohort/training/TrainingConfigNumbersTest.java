package org.tacerisk.cohort.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tacerisk.common.BadInputException;

/**
 * Training settings read numbers strictly: Jackson's {@code asDouble}/{@code asInt} took "0.05f" as 0.05 and "abc"
 * or 10.5 as the default or 10, so a typo trained a different model than the file says.
 */
class TrainingConfigNumbersTest {

    private static String refused(String yaml) {
        return assertThrows(BadInputException.class, () -> TrainingConfig.parse(yaml, null)).getMessage();
    }

    @Test
    void textWhereANumberBelongsIsRefusedNamingTheKey() {
        assertTrue(refused("clinical: {p: 0.05f}\n").contains("clinical.p must be a number, not \"0.05f\""));
        assertTrue(refused("screening: {p: abc}\n").contains("screening.p must be a number"));
        assertTrue(refused("correlation: {threshold: 0.9d}\n").contains("correlation.threshold"));
        assertTrue(refused("risk_groups: {cutoff: 0.3f}\n").contains("risk_groups.cutoff must be youden or a"
                + " probability"));
    }

    @Test
    void wholeNumbersMustBeWhole() {
        assertTrue(refused("lasso: {folds: 10.5}\n").contains("lasso.folds must be a whole number, not \"10.5\""));
        assertTrue(refused("validation: {bootstrap: 200x}\n").contains("validation.bootstrap must be a whole"));
        assertTrue(refused("validation: {seed: \"1\"}\n").contains("validation.seed must be a whole"));
        assertTrue(refused("synthetic: yes please\n").contains("synthetic must be true or false"));
    }

    @Test
    void numbersWrittenAsNumbersAreRead() {
        TrainingConfig c = TrainingConfig.parse("clinical: {p: 0.1}\nlasso: {folds: 5, seed: 7}\n"
                + "risk_groups: {cutoff: 0.25}\nvalidation: {bootstrap: 20, seed: 3}\nsynthetic: true\n", null);
        assertEquals(0.1, c.clinicalP());
        assertEquals(5, c.folds());
        assertEquals(7L, c.seed());
        assertEquals(0.25, c.riskCutoff());
        assertEquals(20, c.bootstrap());
        assertEquals(3L, c.bootstrapSeed());
        assertTrue(c.synthetic());
        assertTrue(Double.isNaN(TrainingConfig.parse("risk_groups: {cutoff: youden}\n", null).riskCutoff()));
    }
}
