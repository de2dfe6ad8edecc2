package org.tacerisk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers in messages and labels: the values an engineer would write by hand. */
class DisplayNumbersTest {

    @Test
    void floatingPointNoiseIsNotShown() {
        assertEquals("-1.7", DisplayNumbers.exact(-1.7000000000000002));
        assertEquals("0.6", DisplayNumbers.exact(0.6000000000000001));
        assertEquals("0.3", DisplayNumbers.exact(0.1 + 0.2));
        assertEquals("1234.5", DisplayNumbers.exact(1234.5));
        assertEquals("100000", DisplayNumbers.exact(1e5));
        assertEquals("0.000012", DisplayNumbers.exact(1.2e-5));
    }

    @Test
    void messagesShowWholeNumbersAsSuchAndOthersToFourDigits() {
        assertEquals("3.782", DisplayNumbers.of(3.781845490858515));
        assertEquals("-2.957", DisplayNumbers.of(-2.9565438524138217));
        assertEquals("20", DisplayNumbers.of(20.0));
        assertEquals("100000", DisplayNumbers.of(100000.0));
        assertEquals("0.2008", DisplayNumbers.of(0.20084));
        assertEquals("0", DisplayNumbers.of(-0.0));
        assertEquals("-0.00001", DisplayNumbers.significant(-0.0000123, 1));
        assertEquals("NaN", DisplayNumbers.of(Double.NaN));
    }
}
