package org.tacerisk.common;

import java.util.Collection;
import java.util.Objects;

/**
 * A problem found in the input, as a value that travels with the result (house style: problems are values).
 *
 * @param severity how much it matters
 * @param code     a stable machine-readable code, e.g. {@code MISSING_SLICES}
 * @param message  what is wrong, in words a radiologist understands (never patient identifiers)
 * @param advice   what to do about it
 * @param subject  the file or object concerned (a file name, not a full path with patient data), or null
 */
public record Finding(Severity severity, String code, String message, String advice, String subject) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        advice = advice == null ? "" : advice;
    }

    public static Finding error(String code, String message, String advice) {
        return new Finding(Severity.ERROR, code, message, advice, null);
    }

    public static Finding warning(String code, String message, String advice) {
        return new Finding(Severity.WARNING, code, message, advice, null);
    }

    public static Finding info(String code, String message) {
        return new Finding(Severity.INFO, code, message, "", null);
    }

    public Finding about(String newSubject) {
        return new Finding(severity, code, message, advice, newSubject);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public static boolean anyError(Collection<Finding> findings) {
        return findings.stream().anyMatch(Finding::isError);
    }

    /** One line for a terminal or a report: {@code ERROR MISSING_SLICES: ... (file) - advice}. */
    public String describe() {
        StringBuilder sb = new StringBuilder().append(severity).append(' ').append(code).append(": ").append(message);
        if (subject != null) {
            sb.append(" [").append(subject).append(']');
        }
        if (!advice.isEmpty()) {
            sb.append(" - ").append(advice);
        }
        return sb.toString();
    }
}
