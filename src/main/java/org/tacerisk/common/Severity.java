package org.tacerisk.common;

/** How much a {@link Finding} matters: errors stop a step, warnings let it proceed and are shown. */
public enum Severity {
    INFO,
    WARNING,
    ERROR
}
