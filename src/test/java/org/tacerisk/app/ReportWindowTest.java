package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.app.ShellFixtures.awaitIdle;

import java.io.IOException;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.report.ReportNumbers;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Report ▾ (issue 15) in the window: after Compute the tumour-board PDF holds the result shown (probability and CI
 * as the report formats them) and, for the record, the patient's ID; the pseudonymised one does not.
 */
@ExtendWith(ApplicationExtension.class)
class ReportWindowTest {

    @TempDir
    static Path temp;

    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        window = ShellFixtures.demoWindow(stage, temp);
    }

    @Test
    void theReportHoldsTheResultShownAndPseudonymisesOnRequest(FxRobot robot) throws IOException {
        ShellFixtures.computeDemoCase(robot, window);
        BundlePrediction shown = window.casePanel().shown().prediction();
        Path record = temp.resolve("record.pdf");
        Path pseudonymised = temp.resolve("pseudonymised.pdf");
        robot.interact(() -> window.reports.write(record, false));
        awaitIdle(window);
        robot.interact(() -> window.reports.write(pseudonymised, true));
        awaitIdle(window);
        String id = window.loaded().reference().patientStudy().patientId();
        String recordText = text(record);
        assertTrue(recordText.contains(ReportNumbers.percent(shown.probability())), recordText);
        assertTrue(recordText.contains(ReportNumbers.interval(shown.probabilityLow(), shown.probabilityHigh())),
                recordText);
        assertTrue(recordText.contains(id), "the record report names the patient");
        String anonymous = text(pseudonymised);
        assertTrue(anonymous.contains(ReportNumbers.percent(shown.probability())));
        assertTrue(!anonymous.contains(id), "no patient ID in the pseudonymised report");
        assertTrue(window.notice().message().contains("pseudonymised.pdf"), window.notice().message());
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
