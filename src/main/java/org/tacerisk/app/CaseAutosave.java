package org.tacerisk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tacerisk.casefile.CaseContents;
import org.tacerisk.casefile.CaseFile;
import org.tacerisk.dicom.SeriesReference;
import org.tacerisk.image.Mask;

/**
 * The unsaved case in the recovery folder: written {@value #DELAY_MS} ms after the last change on a thread of its
 * own (atomic, like every case file), deleted once the case is saved or closed without saving on purpose, offered at
 * the next start when it is still there. Failures are logged, not shown: the outline's own recovery file still holds
 * the drawing.
 */
final class CaseAutosave {

    static final int DELAY_MS = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(CaseAutosave.class);

    private final Path file;
    private final PauseTransition delay = new PauseTransition(Duration.millis(DELAY_MS));
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tacerisk-case-autosave");
        t.setDaemon(true);
        return t;
    });

    CaseAutosave(Path file) {
        this.file = file;
    }

    /** Runs {@code save} (on the FX thread) once no change has come for {@value #DELAY_MS} ms. */
    void schedule(Runnable save) {
        delay.setOnFinished(e -> save.run());
        delay.playFromStart();
    }

    /** Writes the case in the background (the contents and mask are snapshots taken on the FX thread). */
    void write(CaseContents contents, Mask mask, SeriesReference series) {
        writer.execute(() -> {
            try {
                Files.createDirectories(file.getParent());
                CaseFile.write(file, contents, mask, series);
            } catch (IOException | RuntimeException e) {
                LOG.warn("the unsaved case could not be written to the recovery folder: {}", e.getMessage());
            }
        });
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    Instant writtenAt() {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.now();
        }
    }

    /** Moves the autosaved case aside for reopening (the reopened case autosaves anew); null when it is gone. */
    Path takeForReopening() {
        Path copy = file.resolveSibling("case-reopening" + CaseFile.EXTENSION);
        try {
            Files.move(file, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            LOG.warn("the unsaved case could not be reopened: {}", e.getMessage());
            return null;
        }
    }

    /** Nothing left to recover: pending writes are dropped with it. */
    void delete() {
        delay.stop();
        writer.execute(() -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("the unsaved case could not be deleted from the recovery folder: {}", e.getMessage());
            }
        });
    }
}
