package org.tacerisk.app;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.tacerisk.dicom.LoadedSeries;
import org.tacerisk.image.Mask;
import org.tacerisk.predict.CaseMeasurement;
import org.tacerisk.predict.CasePrediction;
import org.tacerisk.report.CaseReport;

/**
 * Report ▾ (issue 15): the tumour-board PDF of the patient's result (not a what-if) in one click, in the window's
 * language — as the patient's record, or pseudonymised for a meeting outside the hospital. Written in the
 * background by the same {@link CaseReport} as {@code tacerisk report}; the result is said on the notice bar.
 */
final class ReportActions {

    /** What a report needs from the window; null members mean "not yet". */
    interface Host {
        LoadedSeries loaded();

        Mask mask();

        CasePanel casePanel();
    }

    private final Messages text;
    private final BackgroundWork work;
    private final NoticeBar notice;
    private final Host host;
    private final MenuButton menu;

    ReportActions(Messages text, BackgroundWork work, NoticeBar notice, Host host, Window owner) {
        this.text = text;
        this.work = work;
        this.notice = notice;
        this.host = host;
        MenuItem record = new MenuItem(text.get("report.forRecord"));
        record.setId("reportForRecord");
        record.setOnAction(e -> choose(owner, false));
        MenuItem pseudonymised = new MenuItem(text.get("report.pseudonymised"));
        pseudonymised.setId("reportPseudonymised");
        pseudonymised.setOnAction(e -> choose(owner, true));
        menu = new MenuButton(text.get("toolbar.report"), null, record, pseudonymised);
        menu.setId("reportMenu");
        menu.setTooltip(new javafx.scene.control.Tooltip(text.get("toolbar.report.tip")));
    }

    MenuButton node() {
        return menu;
    }

    private void choose(Window owner, boolean pseudonymise) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("report.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName(pseudonymise ? "report-pseudonymised.pdf" : "report.pdf");
        File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            write(chosen.toPath(), pseudonymise);
        }
    }

    /** Writes the report of the patient's result to {@code out} (tests call it without the chooser). */
    void write(Path out, boolean pseudonymise) {
        CasePanel panel = host.casePanel();
        CasePrediction prediction = panel.patientPrediction();
        CaseMeasurement measurement = panel.measurement();
        LoadedSeries series = host.loaded();
        if (prediction == null || measurement == null || series == null) {
            notice.show(text.get("report.noResult"));
            return;
        }
        Mask mask = host.mask();
        CaseReport report = CaseReport.builder(panel.bundle(), measurement, prediction, series.volume(), mask)
                .patient(series.reference().patientStudy()).pseudonymise(pseudonymise).saliency(panel.shownSaliency())
                .locale(text.locale()).build();
        work.run(text.get("work.report", out.getFileName()), text.get("problem.title.report"), p -> {
            report.write(out);
            return out;
        }, written -> notice.show(text.get("notice.reportWritten", written.toAbsolutePath())));
    }
}
