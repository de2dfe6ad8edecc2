package org.tacerisk.app;

import ch.qos.logback.core.PropertyDefinerBase;
import java.nio.file.Path;

/**
 * Where the log files go (logback.xml's {@code LOG_FOLDER}): {@code -Dtacerisk.logs} when set (the build's tests),
 * else {@code logs} in the application's data folder ({@link Installation#dataFolder}) — beside the recovery files
 * and settings, never in the working folder or the user's home. Logs hold no patient data (docs/phi-safety.md).
 */
public final class LogFolder extends PropertyDefinerBase {

    /** Overrides the log folder. */
    public static final String PROPERTY = "tacerisk.logs";

    /** The folder the log files are written to. */
    public static Path folder() {
        String configured = System.getProperty(PROPERTY);
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Installation.dataFolder().resolve("logs");
    }

    @Override
    public String getPropertyValue() {
        return folder().toAbsolutePath().toString();
    }
}
