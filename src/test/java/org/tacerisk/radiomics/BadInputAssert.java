package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;
import org.tacerisk.common.BadInputException;

/** Asserts that a call fails with a {@link BadInputException} whose message contains every given fragment. */
final class BadInputAssert {

    private BadInputAssert() {
    }

    static String assertMessage(Executable call, String... fragments) {
        BadInputException e = assertThrows(BadInputException.class, call);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), "message should contain '" + fragment + "': "
                    + e.getMessage());
        }
        return e.getMessage();
    }
}
