package org.tacerisk.audit;

import java.nio.file.Path;

/**
 * A prediction could not be recorded in the audit log (disk full, no permission). The log is left as it was
 * before; the prediction must not be presented as recorded (docs/audit.md: the front ends do not show it).
 */
public final class AuditFailure extends RuntimeException {

    private final Path log;

    AuditFailure(Path log, Throwable cause) {
        super("the prediction could not be recorded in the audit log " + log + " (" + reason(cause) + "), so it is"
                + " not shown; free disk space or ask IT to make the data folder writable, then predict again", cause);
        this.log = log;
    }

    public Path log() {
        return log;
    }

    private static String reason(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
