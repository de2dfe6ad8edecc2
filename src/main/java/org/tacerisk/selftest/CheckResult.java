package org.tacerisk.selftest;

import java.time.Duration;

/**
 * One row of the self-test table.
 *
 * @param name     the check
 * @param passed   whether it passed
 * @param detail   what it found, or why it failed
 * @param duration how long it took
 */
public record CheckResult(String name, boolean passed, String detail, Duration duration) {
}
