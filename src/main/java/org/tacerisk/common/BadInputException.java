package org.tacerisk.common;

import java.nio.file.Path;
import java.util.List;

/**
 * The user's input cannot be used (corrupt file, wrong series, unsupported encoding, ...). The message names the
 * input and the problem and says what to do; the CLI maps it to exit code 3 and the GUI shows it without closing.
 */
public class BadInputException extends RuntimeException {

    private final transient Path input;
    private final List<Finding> findings;

    public BadInputException(Path input, String message) {
        this(input, message, List.of(), null);
    }

    public BadInputException(Path input, String message, Throwable cause) {
        this(input, message, List.of(), cause);
    }

    public BadInputException(Path input, String message, List<Finding> findings, Throwable cause) {
        super(input == null ? message : input + ": " + message, cause);
        this.input = input;
        this.findings = List.copyOf(findings);
    }

    /** The file or folder the problem is in, or null when not tied to one. */
    public Path input() {
        return input;
    }

    /** The findings behind the failure (for example every error of a DICOM series). */
    public List<Finding> findings() {
        return findings;
    }
}
