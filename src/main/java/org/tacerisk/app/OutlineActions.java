package org.tacerisk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.tacerisk.dicom.LoadedSeries;
import org.tacerisk.dicom.SeriesEntry;
import org.tacerisk.image.Mask;

/**
 * What the window does with the tumour outline as a file: import (RTSTRUCT, SEG, NIfTI; several → the pick list),
 * export (SEG, RTSTRUCT, NIfTI; then nothing is left to recover) and the recovery offered at start. Each file step
 * runs in the background; failures go to the error panel, outcomes to the notice bar.
 */
final class OutlineActions {

    /** The parts of the window these actions use. */
    interface Window {
        /** The open series' outline, or null. */
        TumourOutline outline();

        void openFolder(Path folder, Consumer<OpenedFolder> then);

        void loadSeries(SeriesEntry series);

        void showBrowserScreen();
    }

    private final Messages text;
    private final BackgroundWork work;
    private final ProblemBanner problem;
    private final NoticeBar notice;
    private final Path dataFolder;
    private final Window window;

    OutlineActions(Messages text, BackgroundWork work, ProblemBanner problem, NoticeBar notice, Path dataFolder,
            Window window) {
        this.text = text;
        this.work = work;
        this.problem = problem;
        this.notice = notice;
        this.dataFolder = dataFolder;
        this.window = window;
    }

    /** Reads an outline from {@code file} onto the open series and makes it the outline (one undo step). */
    void importOutline(Path file) {
        importOutline(file, null);
    }

    private void importOutline(Path file, String choice) {
        TumourOutline outline = window.outline();
        if (outline == null) {
            return;
        }
        problem.hide();
        LoadedSeries series = outline.series();
        work.run(text.get("work.outlineImport", file.getFileName()), text.get("problem.title.outlineImport"),
                p -> MaskFiles.read(file, choice, series), mask -> {
                    TumourOutline now = window.outline();
                    if (now != null && now.series() == series) {
                        now.replaceWith(mask);
                    }
                }, picked -> importOutline(file, picked.value()));
    }

    /** Writes the outline as {@code format} to {@code out}; once written, its recovery file goes. */
    void exportOutline(MaskFiles.Format format, Path out) {
        TumourOutline saving = window.outline();
        if (saving == null) {
            return;
        }
        problem.hide();
        Mask mask = saving.toMask();
        if (mask.isEmpty()) {
            problem.show(new Problem(text.get("problem.title.outlineExport"), text.get("outline.empty"), null,
                    List.of(), List.of(), false), null);
            return;
        }
        work.run(text.get("work.outlineExport", out.getFileName()), text.get("problem.title.outlineExport"), p -> {
            MaskFiles.write(mask, format, saving.series(), out);
            return out;
        }, written -> {
            try {
                saving.saved();
            } catch (IOException e) {
                problem.show(Problem.of(text.get("problem.title.recovery"), e, text), null);
            }
            notice.show(text.get("notice.exported", text.get(format.messageKey), written.toAbsolutePath()));
        });
    }

    /** Offers the first outline left unsaved by an earlier session (a crash, a kill, a closed window). */
    void offerRecovery() {
        List<TumourOutline.Pending> pending = TumourOutline.pending(dataFolder, window.outline());
        if (pending.isEmpty()) {
            return;
        }
        TumourOutline.Pending first = pending.get(0);
        String more = pending.size() > 1 ? " " + text.get("notice.recoveryMore", pending.size() - 1) : "";
        notice.show(text.get("notice.recovery", DisplayText.shortFolder(first.folder()),
                DisplayText.count(first.header().voxelCount(), text), DisplayText.when(first.header().writtenAt()))
                + more,
                new NoticeBar.Action("recoveryRestore", text.get("notice.restore"), () -> restore(first)),
                new NoticeBar.Action("recoveryDiscard", text.get("notice.discard"), () -> {
                    try {
                        TumourOutline.discard(first);
                    } catch (IOException e) {
                        problem.show(Problem.of(text.get("problem.title.recovery"), e, text), null);
                    }
                    offerRecovery();
                }));
    }

    /** Opens the folder and series of a recovery; opening the series restores the outline. */
    private void restore(TumourOutline.Pending pending) {
        window.openFolder(pending.folder(), opened -> opened.index().allSeries().stream()
                .filter(s -> s.seriesInstanceUid().equals(pending.seriesInstanceUid())).findFirst()
                .ifPresentOrElse(window::loadSeries, () -> {
                    window.showBrowserScreen();
                    problem.show(new Problem(text.get("problem.title.recovery"), text.get("notice.seriesGone"),
                            pending.folder(), List.of(), List.of(), false), null);
                }));
    }
}
