package org.tacerisk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tacerisk.dicom.LoadedSeries;
import org.tacerisk.image.Mask;
import org.tacerisk.roi.EditableMask;
import org.tacerisk.roi.RecoveryFile;
import org.tacerisk.roi.RecoveryWriter;
import org.tacerisk.roi.RoiAction;
import org.tacerisk.app.roi.RoiSession;
import org.tacerisk.roi.RoiEditor;

/**
 * The tumour outline of the series on screen, as a document that is never lost: every change reaches its recovery
 * file in the data folder within {@link RecoveryWriter#DEFAULT_INTERVAL} (the issue asks for 10 s); when the series
 * is opened again with a recovery file beside it, the outline comes back as one undo step on top of what came with
 * the series (Ctrl+Z shows that). Exporting the outline saves the work, so its recovery file goes; closing the window
 * keeps it. No JavaFX: the window calls this on its JavaFX thread.
 *
 * <p>The recovery file's key is the series' folder and Series Instance UID, so that a recovery found at start can
 * open its series again ({@link Pending}). It stays in the user's data folder and is never logged.
 */
final class TumourOutline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TumourOutline.class);
    private static final String KEY_SEPARATOR = "\n";

    /** A recovery file of a series not open now: offered at start. */
    record Pending(RecoveryFile.Header header, Path folder, String seriesInstanceUid) {
    }

    private final LoadedSeries series;
    private final Path recoveryFolder;
    private final String key;
    private final RoiSession session;
    private final RecoveryFile.Header restored;
    private RecoveryWriter recovery;

    private TumourOutline(LoadedSeries series, Path recoveryFolder, String key, RoiSession session,
            RecoveryFile.Header restored) {
        this.series = series;
        this.recoveryFolder = recoveryFolder;
        this.key = key;
        this.session = session;
        this.restored = restored;
        this.recovery = new RecoveryWriter(session.mask(), recoveryFolder, key);
    }

    /**
     * Starts the outline of {@code series} (read from {@code folder}), beginning with {@code initial} (the demo's
     * structure set) or nothing, and with its recovery file's outline on top when there is one.
     *
     * @throws IOException when the recovery file is damaged or on another grid (it is left where it is)
     */
    static TumourOutline open(LoadedSeries series, Path folder, Mask initial, Path dataFolder) throws IOException {
        return open(series, folder, initial, dataFolder, true);
    }

    /**
     * As {@link #open(LoadedSeries, Path, Mask, Path)} after {@code open} refused the series' recovery file: that
     * file is moved aside (".damaged", kept for a look) so that new changes get a recovery file of their own.
     */
    static TumourOutline openWithoutRecovery(LoadedSeries series, Path folder, Mask initial, Path dataFolder) {
        Path file = RecoveryFile.pathFor(recoveryFolder(dataFolder), key(folder,
                series.reference().seriesInstanceUid()));
        try {
            Files.move(file, file.resolveSibling(file.getFileName() + ".damaged"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("a refused recovery file could not be moved aside: {}", e.getMessage());
        }
        try {
            return open(series, folder, initial, dataFolder, false);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static TumourOutline open(LoadedSeries series, Path folder, Mask initial, Path dataFolder,
            boolean restore) throws IOException {
        Path recoveryFolder = recoveryFolder(dataFolder);
        String key = key(folder, series.reference().seriesInstanceUid());
        RoiSession session = new RoiSession(series.volume(), initial);
        RoiEditor editor = session.editor();
        Path file = RecoveryFile.pathFor(recoveryFolder, key);
        RecoveryFile.Header restored = null;
        if (restore && Files.isRegularFile(file)) {
            restored = RecoveryFile.readHeader(file);
            EditableMask saved = RecoveryFile.read(file, series.volume().geometry());
            editor.perform(RoiAction.IMPORT, m -> {
                m.replaceWith(saved);
                return null;
            });
        }
        return new TumourOutline(series, recoveryFolder, key, session, restored);
    }

    /** The recovery files in {@code dataFolder} whose series are not {@code except} (null: none open). */
    static List<Pending> pending(Path dataFolder, TumourOutline except) {
        List<Pending> found = new ArrayList<>();
        try {
            for (Path file : RecoveryFile.list(recoveryFolder(dataFolder))) {
                if (except != null && file.equals(except.recovery.file())) {
                    continue;
                }
                try {
                    RecoveryFile.Header h = RecoveryFile.readHeader(file);
                    String[] parts = h.seriesKey().split(KEY_SEPARATOR, 2);
                    if (parts.length == 2) {
                        found.add(new Pending(h, Path.of(parts[0]), parts[1]));
                    }
                } catch (IOException | RuntimeException e) {
                    LOG.warn("a recovery file could not be read and is not offered: {}", e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warn("the recovery folder could not be listed: {}", e.getMessage());
        }
        return found;
    }

    /** Deletes a recovery the user does not want. */
    static void discard(Pending pending) throws IOException {
        Files.deleteIfExists(pending.header().file());
    }

    static Path recoveryFolder(Path dataFolder) {
        return dataFolder.resolve("recovery");
    }

    static String key(Path folder, String seriesInstanceUid) {
        return folder.toAbsolutePath().normalize() + KEY_SEPARATOR + seriesInstanceUid;
    }

    /** The editing session the ROI tools work on (undo, redo and every edit go through it). */
    RoiSession session() {
        return session;
    }

    EditableMask mask() {
        return session.mask();
    }

    LoadedSeries series() {
        return series;
    }

    /** The recovery restored when the outline was opened, if one was. */
    Optional<RecoveryFile.Header> restored() {
        return Optional.ofNullable(restored);
    }

    /** Replaces the outline with an imported one, as one undo step. */
    void replaceWith(Mask imported) {
        session.replaceWith(imported);
    }

    /** The outline as a plain mask (export, measurements for the prediction). */
    Mask toMask() {
        return session.mask().toMask();
    }

    /**
     * The outline was saved to a file: nothing is left to recover until the next change (which starts a new
     * recovery file).
     */
    void saved() throws IOException {
        recovery.discard();
        recovery = new RecoveryWriter(session.mask(), recoveryFolder, key);
    }

    /** Writes any change not yet on disk now. */
    void flush() throws IOException {
        recovery.flush();
    }

    Path recoveryFile() {
        return recovery.file();
    }

    /** Writes what is left and stops watching; the recovery file stays for the next start. */
    @Override
    public void close() {
        try {
            recovery.close();
        } catch (IOException e) {
            LOG.warn("the outline's last changes could not be written to the recovery file: {}", e.getMessage());
        } finally {
            session.close();
        }
    }
}
