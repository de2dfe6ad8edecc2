package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.app.ShellFixtures.awaitIdle;

import ch.qos.logback.classic.Level;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.tacerisk.cli.TaceRiskCommand;
import org.tacerisk.common.AppTemp;
import org.tacerisk.common.Progress;
import org.tacerisk.dicom.CtSeriesWriter;
import org.tacerisk.dicom.CtWriteOptions;
import org.tacerisk.dicom.RtStructWriter;
import org.tacerisk.dicom.SeriesEntry;
import org.tacerisk.dicom.SeriesReference;
import org.tacerisk.predict.DemoCase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 16, PHI-safe operation: the demo patient's CT and tumour, rewritten for a patient whose name, ID, birth date
 * and accession number are distinctive strings, go through the command line (dicom scan, dicom convert, radiomics,
 * predict, report) and the workstation (open the folder, load the series, import the RTSTRUCT, type the values,
 * compute, wait for the autosave, save the case, write the report), with every logger at DEBUG. Then every log file
 * (and what went to the log console), every file of the application's data folder and temporary folder, and every
 * file written under {@code java.io.tmpdir} meanwhile are scanned for those strings: none holds one. The case file
 * and the report the user asked for, where the user asked, are the only places they may be (docs/phi-safety.md).
 */
@ExtendWith(ApplicationExtension.class)
class PhiSafeOperationTest {

    static final String FAMILY = "Quorvath";
    static final String GIVEN = "Ysolderine";
    static final String PATIENT_ID = "PID7Q4ZX9K";
    static final String BIRTH_DATE = "19230417";
    static final String ACCESSION = "ACCN58301Z";
    /** The identifiers, and the birth date as other programs might write it. */
    static final List<String> NEEDLES = List.of(FAMILY, GIVEN, PATIENT_ID, BIRTH_DATE, ACCESSION, "1923-04-17",
            "17.04.1923", "04/17/1923", "1923/04/17");

    @TempDir
    static Path temp;

    private MainWindow window;
    private Path data;

    @Start
    void start(Stage stage) throws IOException {
        data = Files.createDirectories(temp.resolve("app-data"));
        window = new MainWindow(stage, new WorkstationOptions(null, null, null, false, java.util.Locale.ENGLISH),
                data);
        window.show();
    }

    @Test
    void theWholeWorkflowLeavesNoPatientIdentifierInLogsDataOrTemporaryFiles(FxRobot robot) throws Exception {
        Instant started = Instant.now().minusSeconds(2);
        Path inputs = Files.createDirectories(temp.resolve("inputs"));
        Path outputs = Files.createDirectories(temp.resolve("outputs"));
        Path dicom = phiSeries(inputs);
        Path rtstruct = dicom.resolve("rtstruct.dcm");
        PhiScan scan = new PhiScan(NEEDLES);
        assertFalse(scan.findings(List.of(dicom), p -> false).isEmpty(), "the input does carry the identifiers");

        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) LoggerFactory
                .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        PrintStream err = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        String dataBefore = System.getProperty(Installation.DATA_PROPERTY);
        System.setProperty(Installation.DATA_PROPERTY, data.toString());
        root.setLevel(Level.DEBUG);
        System.setErr(new PrintStream(new TeeStream(err, console), true, StandardCharsets.UTF_8));
        try {
            commandLine(dicom, rtstruct, outputs);
            workstation(robot, dicom, rtstruct, outputs);
        } finally {
            System.setErr(err);
            root.setLevel(level);
            restore(Installation.DATA_PROPERTY, dataBefore);
        }

        assertTrue(Files.exists(outputs.resolve("gui-case" + org.tacerisk.casefile.CaseFile.EXTENSION)));
        List<String> found = new ArrayList<>();
        scan.scan("log console (stderr)", console.toByteArray(), found, 0);
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path appTemp = AppTemp.folder();
        found.addAll(scan.findings(List.of(LogFolder.folder(), data, appTemp, tmp),
                p -> p.startsWith(inputs) || p.startsWith(outputs) || (p.startsWith(tmp) && !p.startsWith(data)
                        && !p.startsWith(appTemp) && !Files.isDirectory(p) && olderThan(p, started))));
        assertEquals(List.of(), found, "patient identifiers outside the user's own files");
        assertTrue(Files.list(LogFolder.folder()).findAny().isPresent(), "the log folder was written");
        assertTrue(console.size() > 0, "DEBUG logging did run");
    }

    /** The scanner finds identifiers in plain, UTF-16, gzipped and zipped text and in PDF Flate streams. */
    @Test
    void theScannerFindsIdentifiersInEveryEncodingItLooksAt() throws IOException {
        PhiScan scan = new PhiScan(List.of(PATIENT_ID));
        List<String> found = new ArrayList<>();
        scan.scan("plain", ("x " + PATIENT_ID.toLowerCase(java.util.Locale.ROOT)).getBytes(), found, 0);
        scan.scan("utf16", PATIENT_ID.getBytes(StandardCharsets.UTF_16LE), found, 0);
        scan.scan("utf16be", ("a " + PATIENT_ID).getBytes(StandardCharsets.UTF_16BE), found, 0);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(("log line " + PATIENT_ID).getBytes());
        }
        scan.scan("gzip", gz.toByteArray(), found, 0);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(zip)) {
            z.putNextEntry(new java.util.zip.ZipEntry("case.json"));
            z.write(("{\"id\":\"" + PATIENT_ID + "\"}").getBytes());
        }
        scan.scan("zip", zip.toByteArray(), found, 0);
        java.util.zip.Deflater deflater = new java.util.zip.Deflater();
        deflater.setInput(("BT (" + PATIENT_ID + ") Tj ET").getBytes());
        deflater.finish();
        byte[] flate = new byte[256];
        int n = deflater.deflate(flate);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.write("%PDF-1.7\n1 0 obj << /Filter /FlateDecode >> stream\n".getBytes());
        pdf.write(flate, 0, n);
        pdf.write("\nendstream endobj".getBytes());
        scan.scan("pdf", pdf.toByteArray(), found, 0);
        assertEquals(List.of("plain: " + PATIENT_ID, "utf16: " + PATIENT_ID, "utf16be: " + PATIENT_ID, "gzip (gunzipped): " + PATIENT_ID,
                "zip!case.json: " + PATIENT_ID, "pdf (PDF stream): " + PATIENT_ID), found);
        assertEquals(List.of(), new PhiScan(List.of("absent")).findings(List.of(temp), p -> false));
    }

    /** The demo patient's CT and tumour outline as a PACS export of the distinctive patient. */
    private static Path phiSeries(Path inputs) throws IOException {
        DemoCase.Opened demo = DemoCase.open(inputs.resolve("demo-source"), null, Progress.NONE);
        Path dicom = inputs.resolve("export");
        SeriesReference series = CtSeriesWriter.write(demo.conversion().loaded().volume(), dicom,
                CtWriteOptions.builder().patient(FAMILY + "^" + GIVEN, PATIENT_ID, BIRTH_DATE, "F")
                        .study("2.25.8811223344", "20260105", "093000", "7", ACCESSION, "CT liver triphasic")
                        .series(null, 4, "PV portal venous", "2.25.8811223345").build());
        RtStructWriter.write(demo.conversion().mask(), series, "GTV", dicom.resolve("rtstruct.dcm"));
        return dicom;
    }

    private static void commandLine(Path dicom, Path rtstruct, Path out) {
        String bundle = Installation.demoBundle().toString();
        String clinical = "tumor_size_cm=5.1,nodules=2,afp_ng_ml=350";
        run("dicom", "scan", dicom.toString());
        run("dicom", "convert", dicom.toString(), "--out", out.resolve("ct.nii.gz").toString(), "--rtstruct",
                rtstruct.toString(), "--mask-out", out.resolve("tumour.nii.gz").toString());
        run("radiomics", "--image", dicom.toString(), "--mask", rtstruct.toString(), "--settings",
                Installation.demoBundle().resolve("radiomics.yaml").toString(), "--out",
                out.resolve("features.csv").toString());
        run("predict", "--bundle", bundle, "--image", dicom.toString(), "--mask", rtstruct.toString(),
                "--clinical", clinical, "--json");
        run("report", "--bundle", bundle, "--image", dicom.toString(), "--mask", rtstruct.toString(),
                "--clinical", clinical, "--out", out.resolve("cli-report.pdf").toString());
    }

    private static void run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine cli = TaceRiskCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        assertEquals(0, code, () -> String.join(" ", args) + ": " + err);
    }

    private void workstation(FxRobot robot, Path dicom, Path rtstruct, Path out) throws Exception {
        awaitIdle(window);
        robot.interact(() -> window.openFolder(dicom));
        awaitIdle(window);
        SeriesEntry series = window.browser().table().getRoot().getChildren().get(0).getChildren().get(0)
                .getChildren().get(0).getValue().series();
        robot.interact(() -> window.loadSeries(series));
        awaitIdle(window);
        robot.interact(() -> window.importOutline(rtstruct));
        awaitIdle(window);
        assertFalse(window.mask().isEmpty(), "the tumour was imported: " + window.status().message());
        CaseFileWindowTest.typeAll(robot, window.casePanel());
        robot.clickOn("#computeButton");
        awaitIdle(window);
        assertNotNull(window.casePanel().shown(), "computed: " + window.status().message());
        // the autosave (recovery folder) and the outline's recovery file get written
        Thread.sleep(CaseAutosave.DELAY_MS + 1500);
        awaitIdle(window);
        Path caseFile = out.resolve("gui-case" + org.tacerisk.casefile.CaseFile.EXTENSION);
        robot.interact(() -> window.caseDocument().saveTo(caseFile));
        awaitIdle(window);
        robot.interact(() -> window.reports.write(out.resolve("gui-report.pdf"), false));
        awaitIdle(window);
        assertTrue(Files.exists(out.resolve("gui-report.pdf")), window.status().message());
    }

    private static boolean olderThan(Path p, Instant t) {
        try {
            return Files.getLastModifiedTime(p).compareTo(FileTime.from(t)) < 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    /** Writes to two streams: the console as before, and the bytes the test scans. */
    private static final class TeeStream extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        TeeStream(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }
    }
}
