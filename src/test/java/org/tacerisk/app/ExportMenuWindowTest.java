package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.app.ShellFixtures.awaitIdle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.CsvRecords;
import org.tacerisk.dicom.SegReader;
import org.tacerisk.predict.CasePrediction;
import org.tacerisk.report.export.DicomExport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The toolbar's Export menu on the demo case: disabled before Compute, enabled after; each export, called with a
 * folder (no chooser), writes its files in the background and says so on the notice bar; the open menu's screenshot.
 */
@ExtendWith(ApplicationExtension.class)
class ExportMenuWindowTest {

    @TempDir
    static Path temp;

    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        window = new MainWindow(stage, new WorkstationOptions(null, null, null, true),
                Files.createTempDirectory(temp, "data"));
        window.show();
    }

    @Test
    void disabledUntilComputedThenEachExportWritesItsFiles(FxRobot robot) throws Exception {
        awaitIdle(window);
        MenuButton menu = robot.lookup("#exportMenu").queryAs(MenuButton.class);
        assertTrue(menu.isDisabled(), "no result yet");
        assertTrue(menu.getItems().stream().allMatch(MenuItem::isDisable));
        CaseFileWindowTest.typeAll(robot, window.casePanel());
        robot.clickOn("#computeButton");
        awaitIdle(window);
        CasePrediction computed = window.casePanel().shown();
        assertNotNull(computed, window.status().message());
        assertFalse(menu.isDisabled(), "a result: the exports are open");
        assertTrue(menu.getItems().stream().noneMatch(MenuItem::isDisable));
        Messages en = Messages.of(Locale.ENGLISH);
        openMenuAndSave(robot, menu, "export-menu", en);

        ExportMenu exports = exportMenu();
        Path figures = temp.resolve("figures");
        robot.interact(() -> exports.exportFigures(figures));
        awaitIdle(window);
        assertTrue(Files.isRegularFile(figures.resolve("nomogram.png")), window.status().message());
        assertTrue(Files.isRegularFile(figures.resolve("calibration-train.svg")));
        try (Stream<Path> files = Files.list(figures)) {
            assertEquals(20, files.count(), "nomogram + 3 cohorts × (calibration, DCA, ROC), PNG and SVG");
        }
        assertTrue(window.notice().isShowing());
        Screenshots.save(window.sceneRoot(), "export-figures-notice");

        Path csv = temp.resolve("csv");
        robot.interact(() -> actions(exports).exportCsv(csv));
        awaitIdle(window);
        CsvRecords.Table result = CsvRecords.read(csv.resolve(ExportActions.RESULT_CSV));
        Map<String, String> values = new java.util.HashMap<>();
        result.lines().forEach(l -> values.putIfAbsent(l.cells().get(0), l.cells().get(2)));
        assertEquals(computed.prediction().probability(), Double.parseDouble(values.get("probability")), 0);
        assertEquals(computed.prediction().riskGroup(), values.get("risk_group"));
        CsvRecords.Table features = CsvRecords.read(csv.resolve(ExportActions.FEATURES_CSV));
        assertEquals(window.casePanel().measurement().features().size()
                + window.casePanel().measurement().signatureScores().size(), features.lines().size());

        Path dicom = temp.resolve("pacs");
        robot.interact(() -> actions(exports).exportDicom(dicom));
        awaitIdle(window);
        Path folder = dicom.resolve(ExportActions.DICOM_FOLDER);
        Path seg = folder.resolve(DicomExport.SEG_FILE);
        assertTrue(Files.isRegularFile(seg), window.status().message());
        assertTrue(Files.isRegularFile(folder.resolve(DicomExport.RTSTRUCT_FILE)));
        assertTrue(Files.isRegularFile(dicom.resolve(ExportActions.DICOM_FOLDER + "-deidentified")
                .resolve(DicomExport.RTSTRUCT_FILE)));
        assertEquals(window.mask().count(), SegReader.read(seg, MaskFiles.ROI_NAME, window.mask().geometry())
                .count());
        // the report as Encapsulated PDF: the record's names the patient, the de-identified copy's does not
        String patientId = window.loaded().reference().patientStudy().patientId();
        String record = reportText(folder.resolve(DicomExport.REPORT_FILE));
        String anonymous = reportText(DicomExport.deidentifiedFolder(folder).resolve(DicomExport.REPORT_FILE));
        assertTrue(record.contains(patientId), "the record report names " + patientId);
        assertTrue(anonymous.contains("%") && !anonymous.contains(patientId), anonymous);
        com.pixelmed.dicom.AttributeList copy = new com.pixelmed.dicom.AttributeList();
        copy.read(DicomExport.deidentifiedFolder(folder).resolve(DicomExport.REPORT_FILE).toString());
        String pseudonym = com.pixelmed.dicom.Attribute.getSingleStringValueOrEmptyString(copy,
                com.pixelmed.dicom.TagFromName.PatientID);
        assertTrue(pseudonym.startsWith("TR-") && anonymous.contains(pseudonym),
                "the copy's report names the copies' pseudonym " + pseudonym);
        Screenshots.save(window.sceneRoot(), "export-dicom-notice");
    }

    /** The text of the PDF inside a DICOM Encapsulated PDF object. */
    private static String reportText(Path dicom) throws Exception {
        com.pixelmed.dicom.AttributeList list = new com.pixelmed.dicom.AttributeList();
        list.read(dicom.toString());
        byte[] pdf = list.get(com.pixelmed.dicom.TagFromName.EncapsulatedDocument).getByteValues(false);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    private ExportMenu exportMenu() {
        return ExportMenu.of(window.sceneRoot().lookup("#exportMenu"));
    }

    private static ExportActions actions(ExportMenu menu) {
        return menu.actions();
    }

    /** Opens the menu, checks its words, saves the popup's picture as NAME.png and closes it. */
    static void openMenuAndSave(FxRobot robot, MenuButton menu, String name, Messages text) {
        assertEquals(text.get("export.menu"), menu.getText());
        robot.clickOn(menu);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> labels = menu.getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList();
        assertEquals(List.of(text.get("export.figures"), text.get("export.csv"), text.get("export.dicom")), labels);
        Node popup = javafx.stage.Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing())
                .map(w -> w.getScene().getRoot()).findFirst().orElseThrow();
        Screenshots.save(popup, name);
        robot.interact(menu::hide);
    }
}
