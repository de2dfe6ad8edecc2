package org.tacerisk.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.tacerisk.casefile.BundleIdentity;
import org.tacerisk.casefile.CaseContents;
import org.tacerisk.casefile.CaseFile;
import org.tacerisk.casefile.CaseResult;
import org.tacerisk.casefile.OpenedCase;
import org.tacerisk.casefile.SeriesLocation;
import org.tacerisk.casefile.SeriesLocator;
import org.tacerisk.dicom.LoadedSeries;
import org.tacerisk.dicom.SeriesEntry;
import org.tacerisk.image.Mask;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.predict.CasePrediction;

/**
 * The case as a file (issue 14, docs/case-file.md): Save, Save as and Open of {@code .tacerisk} files, the unsaved
 * mark, and reopening — the series found by its UIDs (in the saved folder, or in one the user points to when it
 * moved), the outline, the values as typed and the saved measurement, so that the result is back without step 1.
 * A case saved with another bundle version is shown with a notice offering to recompute. Writes are atomic
 * ({@link CaseFile#write}) and run in the background; a failure leaves the previous file and the case untouched.
 */
final class CaseDocument {

    /** What the document needs from the window. */
    interface Host {
        LoadedSeries loaded();

        /** The folder the open series was scanned from, or null. */
        Path seriesFolder();

        Mask mask();

        /** The open series' outline (its recovery file goes once the case is saved), or null. */
        TumourOutline outline();

        ModelBundle bundle();

        CasePanel casePanel();

        void openFolder(Path folder, Consumer<OpenedFolder> then);

        /** Loads {@code series}, reads its outline with {@code tumour} (background), shows both, then runs after. */
        void loadSeries(SeriesEntry series, Function<LoadedSeries, Mask> tumour, Runnable after);

        Window stage();
    }

    private final Messages text;
    private final BackgroundWork work;
    private final NoticeBar notice;
    private final ProblemBanner problem;
    private final Host host;
    private final Runnable titleChanged;
    private final CaseAutosave autosave;
    private Path file;
    private Instant created;
    private boolean dirty;
    private boolean restoring;
    private OpenedCase waitingForFolder;
    private Carried continuing;

    /** The open case written for a new window (language switch): where, and its file and state before. */
    record Carried(Path caseFile, Path savedAs, boolean dirty) {
    }
    private Function<Messages, CloseChoice> closePrompt = CaseDocument::askOnClose;

    /** The answer to "the case is unsaved" when the window closes. */
    enum CloseChoice { SAVE, DISCARD, CANCEL }

    CaseDocument(Messages text, BackgroundWork work, NoticeBar notice, ProblemBanner problem, Host host,
            Runnable titleChanged, Path dataFolder) {
        this.autosave = new CaseAutosave(TumourOutline.recoveryFolder(dataFolder).resolve(
                "case-autosave" + CaseFile.EXTENSION));
        this.text = text;
        this.work = work;
        this.notice = notice;
        this.problem = problem;
        this.host = host;
        this.titleChanged = titleChanged;
    }

    /** The case changed (values, outline, result): it is unsaved until the next save. */
    void changed() {
        if (restoring || host.loaded() == null) {
            return;
        }
        if (!dirty) {
            dirty = true;
            titleChanged.run();
        }
        autosave.schedule(this::autosaveNow);
    }

    /** The unsaved case goes to the recovery folder (2 s after the last change), so a crash loses nothing. */
    private void autosaveNow() {
        if (!dirty || host.loaded() == null || host.bundle() == null) {
            return;
        }
        if (host.casePanel().enteredValues().isEmpty() && host.casePanel().measurement() == null) {
            return; // an outline alone: its own recovery file holds it
        }
        LoadedSeries series = host.loaded();
        autosave.write(contents(series), host.mask(), series.reference());
    }

    /**
     * At start: a case left unsaved by a session that did not end normally is offered back (Reopen / Discard).
     *
     * @return true when one was offered (the outline's own recovery offer is then not needed: the case holds it)
     */
    boolean offerAutosaved() {
        if (!autosave.exists()) {
            return false;
        }
        notice.show(text.get("notice.caseAutosaved", DisplayText.when(autosave.writtenAt())),
                new NoticeBar.Action("caseAutosaveReopen", text.get("notice.reopen"), this::reopenAutosaved),
                new NoticeBar.Action("caseAutosaveDiscard", text.get("notice.discard"), autosave::delete));
        return true;
    }

    /** Opens the autosaved case as the unsaved case it was (no file name yet). */
    void reopenAutosaved() {
        Path copy = autosave.takeForReopening();
        if (copy != null) {
            continueFrom(new Carried(copy, null, true));
            open(copy);
        }
    }

    /**
     * Writes the open case to the data folder for a window that replaces this one, or returns null when no series
     * is open. The outline's recovery file stays until the new window has the case.
     */
    Carried carryOver(Path dataFolder) {
        if (host.loaded() == null || host.bundle() == null) {
            return null;
        }
        Path out = TumourOutline.recoveryFolder(dataFolder).resolve("window-switch" + CaseFile.EXTENSION);
        try {
            Files.createDirectories(out.getParent());
            CaseFile.write(out, contents(host.loaded()), host.mask(), host.loaded().reference());
            return new Carried(out, file, dirty);
        } catch (IOException | RuntimeException e) {
            problem.show(Problem.of(text.get("problem.title.saveCase"), e, text), null);
            return null;
        }
    }

    /** This window continues the case {@code carried} from the window it replaces (null: nothing carried). */
    void continueFrom(Carried carried) {
        continuing = carried;
    }

    /** A new series is open: a new case, not yet saved anywhere. */
    void newCase() {
        file = null;
        created = null;
        dirty = false;
        titleChanged.run();
    }

    boolean dirty() {
        return dirty;
    }

    Path file() {
        return file;
    }

    /** "TACE-Risk — case.tacerisk *" style suffix for the window title. */
    String titleSuffix() {
        if (host.loaded() == null) {
            return "";
        }
        String name = file == null ? text.get("case.untitled") : file.getFileName().toString();
        return " — " + name + (dirty ? " *" : "");
    }

    void save() {
        if (file == null) {
            saveAs();
        } else {
            saveTo(file);
        }
    }

    void saveAs() {
        if (host.loaded() == null) {
            return;
        }
        FileChooser chooser = chooser("chooser.saveCase");
        chooser.setInitialFileName(file == null ? "case" + CaseFile.EXTENSION : file.getFileName().toString());
        File chosen = chooser.showSaveDialog(host.stage());
        if (chosen != null) {
            Path out = chosen.toPath();
            saveTo(out.getFileName().toString().endsWith(CaseFile.EXTENSION) ? out
                    : out.resolveSibling(out.getFileName() + CaseFile.EXTENSION));
        }
    }

    /** Writes the case to {@code out} in the background; once written it is the case's file. */
    void saveTo(Path out) {
        if (host.loaded() == null || host.bundle() == null) {
            return;
        }
        LoadedSeries series = host.loaded();
        Mask mask = host.mask();
        CaseContents contents = contents(series);
        work.run(text.get("work.saveCase", out.getFileName()), text.get("problem.title.saveCase"), p -> {
            CaseFile.write(out, contents, mask, series.reference());
            return out;
        }, written -> {
            file = written;
            created = contents.created();
            dirty = false;
            outlineSaved();
            autosave.delete();
            titleChanged.run();
        });
    }

    /**
     * Asked when the window closes: true to close. Unsaved changes are asked about once (Save, Close without
     * saving, Cancel); Save writes the case before the window closes (a new case asks where first).
     */
    boolean confirmClose() {
        if (!dirty) {
            return true;
        }
        return switch (closePrompt.apply(text)) {
            case CANCEL -> false;
            case DISCARD -> {
                autosave.delete(); // closed on purpose without saving: nothing to offer next time
                yield true;
            }
            case SAVE -> saveNow();
        };
    }

    /** Tests answer the close question without a dialog. */
    void setClosePrompt(Function<Messages, CloseChoice> prompt) {
        closePrompt = prompt;
    }

    private boolean saveNow() {
        Path out = file;
        if (out == null) {
            File chosen = chooser("chooser.saveCase").showSaveDialog(host.stage());
            if (chosen == null) {
                return false;
            }
            out = chosen.toPath();
        }
        try {
            CaseFile.write(out, contents(host.loaded()), host.mask(), host.loaded().reference());
            dirty = false;
            outlineSaved();
            autosave.delete();
            return true;
        } catch (IOException | RuntimeException e) {
            problem.show(Problem.of(text.get("problem.title.saveCase"), e, text), null);
            return false;
        }
    }

    private static CloseChoice askOnClose(Messages text) {
        javafx.scene.control.ButtonType save = new javafx.scene.control.ButtonType(text.get("close.unsaved.save"),
                javafx.scene.control.ButtonBar.ButtonData.YES);
        javafx.scene.control.ButtonType discard = new javafx.scene.control.ButtonType(
                text.get("close.unsaved.discard"), javafx.scene.control.ButtonBar.ButtonData.NO);
        javafx.scene.control.ButtonType cancel = new javafx.scene.control.ButtonType(
                text.get("close.unsaved.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.WARNING, text.get("close.unsaved.message"), save, discard,
                cancel);
        alert.setTitle(text.get("close.unsaved.title"));
        alert.setHeaderText(text.get("close.unsaved.title"));
        javafx.scene.control.ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? CloseChoice.SAVE : answer == discard ? CloseChoice.DISCARD : CloseChoice.CANCEL;
    }

    void chooseAndOpen() {
        FileChooser chooser = chooser("chooser.openCase");
        File chosen = chooser.showOpenDialog(host.stage());
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Opens a saved case: the file is checked in the background, then its series is found and shown. */
    void open(Path caseFile) {
        problem.hide();
        work.run(text.get("work.openCase", caseFile.getFileName()), text.get("problem.title.openCase"),
                p -> CaseFile.open(caseFile), this::locate);
    }

    /** The case's series in its saved folder, or, when that folder is gone or no longer holds it, asked for. */
    private void locate(OpenedCase opened) {
        Path saved = opened.contents().series().dicomFolder();
        if (Files.isDirectory(saved)) {
            host.openFolder(saved, folder -> found(opened, folder, saved));
        } else {
            askFolder(opened, saved);
        }
    }

    private void found(OpenedCase opened, OpenedFolder folder, Path looked) {
        SeriesLocation location = opened.contents().series();
        SeriesLocator.find(folder.index(), location).ifPresentOrElse(
                series -> host.loadSeries(series, loaded -> readMask(opened, loaded), () -> restore(opened)),
                () -> askFolder(opened, looked));
    }

    private void askFolder(OpenedCase opened, Path looked) {
        waitingForFolder = opened;
        notice.show(text.get("notice.caseSeriesMissing", opened.file().getFileName(), looked),
                new NoticeBar.Action("caseChooseFolder", text.get("notice.chooseFolder"),
                        () -> Choosers.folder(host.stage(), text.get("chooser.dicom"), this::openWaitingFrom)));
    }

    /** The series of the case waiting for its folder, from {@code folder} ("where did the images go?"). */
    void openWaitingFrom(Path folder) {
        OpenedCase opened = waitingForFolder;
        if (opened != null) {
            host.openFolder(folder, scanned -> found(opened, scanned, folder));
        }
    }

    private static void deleteQuietly(Path carried) {
        try {
            Files.deleteIfExists(carried);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(CaseDocument.class).warn("could not delete the carried case: {}",
                    e.getMessage());
        }
    }

    /** The case file holds the outline now: nothing is left to recover. */
    private void outlineSaved() {
        TumourOutline outline = host.outline();
        if (outline != null) {
            try {
                outline.saved();
            } catch (IOException e) {
                problem.show(Problem.of(text.get("problem.title.recovery"), e, text), null);
            }
        }
    }

    private static Mask readMask(OpenedCase opened, LoadedSeries loaded) {
        try {
            return opened.mask(loaded.volume().geometry());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void restore(OpenedCase opened) {
        waitingForFolder = null;
        restoring = true;
        try {
            host.casePanel().restore(opened.contents().values(), opened.contents().measurement());
        } finally {
            restoring = false;
        }
        file = opened.file();
        created = opened.contents().created();
        dirty = false;
        if (continuing != null && continuing.caseFile().equals(opened.file())) {
            // the case carried over from the window this one replaced: its own file and state again
            file = continuing.savedAs();
            dirty = continuing.dirty();
            deleteQuietly(continuing.caseFile());
            continuing = null;
        }
        titleChanged.run();
        ModelBundle bundle = host.bundle();
        if (bundle != null) {
            opened.bundleMismatch(BundleIdentity.of(bundle)).ifPresent(m -> notice.show(
                    text.get("notice.caseBundleMismatch", m.saved().name(), m.saved().version(),
                            m.current().name(), m.current().version()),
                    new NoticeBar.Action("caseRecompute", text.get("notice.recompute"),
                            () -> host.casePanel().compute())));
        }
    }

    private CaseContents contents(LoadedSeries series) {
        CasePanel panel = host.casePanel();
        CasePrediction prediction = panel.patientPrediction();
        Path folder = host.seriesFolder();
        return new CaseContents(created == null ? Instant.now() : created,
                SeriesLocation.of(series.reference(), folder == null ? Path.of("") : folder),
                panel.enteredValues(), BundleIdentity.of(host.bundle()), panel.measurement(),
                prediction == null ? null : CaseResult.of(prediction));
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("chooser.caseFiles"),
                "*" + CaseFile.EXTENSION));
        if (file != null && file.getParent() != null) {
            chooser.setInitialDirectory(file.getParent().toFile());
        }
        return chooser;
    }
}
