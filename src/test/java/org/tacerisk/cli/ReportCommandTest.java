package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.Progress;
import org.tacerisk.dicom.CaseInputs;
import org.tacerisk.dicom.PatientStudy;

/**
 * {@code tacerisk report} on the demo case (SYN-0300, the values DemoPredictionPinTest predicts with): the text of
 * the PDF holds every section and the numbers {@code tacerisk predict --json} gives for the same inputs (formatted
 * here from the JSON doubles, not taken from the report), the synthetic label on every page; the Chinese report's
 * headings extract as Chinese; the pseudonymised report holds none of the patient's identifiers, in its text or in
 * any (decoded) stream. Pages are rendered to target/screenshots/report-page-N.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportCommandTest extends CommandLineTestBase {

    private static final String LABEL = "SYNTHETIC DEMO — not for clinical use";
    private static final String CLINICAL = "tumor_size_cm=3.5,nodules=5,afp_ng_ml=33.1";
    private static final String BUNDLE = Path.of("models", "hcc-tace-demo").toString();

    @TempDir
    static Path dir;
    private Path dicom;
    private Path mask;
    private JsonNode predicted;

    @BeforeAll
    void demoCaseAndItsPrediction() throws IOException {
        Path demo = dir.resolve("demo");
        assertEquals(0, run("demo", "--out", demo.toString()), err::toString);
        dicom = demo.resolve("SYN-0300/dicom");
        mask = demo.resolve("tumour.nii.gz");
        assertEquals(0, run("predict", "--bundle", BUNDLE, "--image", dicom.toString(), "--mask", mask.toString(),
                "--clinical", CLINICAL, "--json"), err::toString);
        predicted = new ObjectMapper().readTree(out.toString());
    }

    private Path report(String name, String... extra) {
        Path pdf = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("report", "--bundle", BUNDLE, "--image", dicom.toString(),
                "--mask", mask.toString(), "--clinical", CLINICAL, "--out", pdf.toString()));
        args.addAll(List.of(extra));
        long start = System.nanoTime();
        assertEquals(0, run(args.toArray(String[]::new)), err::toString);
        System.out.printf(Locale.ROOT, "tacerisk report %s (features included): %.2f s%n", String.join(" ", extra),
                (System.nanoTime() - start) / 1e9);
        return pdf;
    }

    @Test
    void englishReportHoldsEverySectionAndThePredictNumbers() throws IOException {
        Path pdf = report("report.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = flat(new PDFTextStripper().getText(doc));
            for (String heading : List.of("Patient", "Key images", "ROI measurements", "Clinical inputs", "Nomogram",
                    "Predicted risk", "Calibration and decision curve", "Model card", "Warnings and notes",
                    "Reported by:", "Appendix: feature values used")) {
                assertTrue(text.contains(heading), "section " + heading);
            }
            double p = predicted.get("probability").asDouble();
            assertContains(text, "Probability of distant metastasis: " + pct(p) + " (95 % CI "
                    + String.format(Locale.ROOT, "%.1f–%.1f %%", 100 * predicted.get("ci_low").asDouble(),
                            100 * predicted.get("ci_high").asDouble()) + ")");
            JsonNode groups = predicted.get("risk_groups");
            assertContains(text, "Risk group: " + predicted.get("risk_group").asText() + " (probability " + pct(p)
                    + " ≥ cut-off " + pct(groups.get("lower_cutoff").asDouble()) + ")");
            for (JsonNode pt : predicted.get("points")) {
                assertContains(text, pt.get("label").asText() + " (" + pt.get("id").asText() + ")");
                assertContains(text, String.format(Locale.ROOT, "%.1f", pt.get("points").asDouble()));
            }
            assertContains(text, String.format(Locale.ROOT, "Total points: %.1f",
                    predicted.get("total_points").asDouble()));
            for (JsonNode w : predicted.get("warnings")) {
                assertContains(text, w.get("message").asText());
            }
            for (JsonNode note : predicted.get("notes")) {
                assertContains(text, note.asText());
            }
            assertContains(text, predicted.get("manifest_sha256").asText());
            assertContains(text, "this patient " + pct(p));
            PDFTextStripper page = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                page.setStartPage(i);
                page.setEndPage(i);
                assertTrue(page.getText(doc).contains(LABEL), "the synthetic label on page " + i);
            }
            assertTrue(doc.getNumberOfPages() >= 2, "pages: " + doc.getNumberOfPages());
            screenshots(doc, "report-page-");
        }
    }

    /** --saliency: a fourth key image, the deep model's saliency on its slice, with its legend. */
    @Test
    void saliencyAddsAKeyImageWithItsLegend() throws IOException {
        Path pdf = report("saliency.pdf", "--saliency");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile()); PDDocument plain = Loader.loadPDF(report("plain.pdf")
                .toFile())) {
            String text = flat(new PDFTextStripper().getText(doc));
            assertContains(text, "deep-model saliency (occlusion)");
            assertContains(text, "It shows where the deep model looked");
            assertEquals(imageCount(plain) + 1, imageCount(doc), "one image more than without --saliency");
            screenshots(doc, "report-saliency-page-");
        }
    }

    private static int imageCount(PDDocument doc) throws IOException {
        int n = 0;
        for (PDPage page : doc.getPages()) {
            for (var name : page.getResources().getXObjectNames()) {
                n += page.getResources().isImageXObject(name) ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void chineseReportExtractsAsChinese() throws IOException {
        Path pdf = report("report-zh.pdf", "--lang", "zh-CN");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = flat(new PDFTextStripper().getText(doc));
            for (String heading : List.of("患者", "关键图像", "ROI 测量", "临床输入", "列线图", "预测风险",
                    "校准曲线与决策曲线", "模型卡", "警告与注释", "报告医师：", "附录：所用特征值")) {
                assertContains(text, heading);
            }
            assertContains(text, "远处转移概率：" + pct(predicted.get("probability").asDouble()));
            // the figures' own words are Chinese too (calibration and decision-curve axes, legends, cohort)
            // (a rotated axis title extracts a glyph per line: compared without white space)
            String squeezed = text.replaceAll("\\s+", "");
            for (String word : List.of("预测概率", "实际比例", "阈值概率", "净获益", "全部治疗", "训练集")) {
                assertTrue(squeezed.contains(word), "expected in the report: " + word);
            }
            for (String english : List.of("Predicted probability", "Net benefit", "Treat all", "(train)")) {
                assertFalse(squeezed.contains(english.replace(" ", "")), "English left in the report: " + english);
            }
            java.util.Properties zh = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/org/tacerisk/report/report_zh_CN.properties")) {
                zh.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (JsonNode w : predicted.get("warnings")) {
                String headline = zh.getProperty("finding." + w.get("code").asText());
                assertTrue(headline != null, "a Chinese headline for " + w.get("code").asText());
                assertContains(text, headline);
            }
            boolean cjk = false;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    cjk |= font.getName().contains("DroidSansFallback") && font.isEmbedded();
                }
            }
            assertTrue(cjk, "the CJK font is embedded");
            screenshots(doc, "report-page-zh-");
        }
    }

    @Test
    void pseudonymisedReportHoldsNoIdentifier() throws IOException {
        PatientStudy patient = CaseInputs.readImage(dicom, null, Progress.NONE).series().patientStudy();
        List<String> identifiers = identifiers(patient);
        assertFalse(identifiers.isEmpty(), "the demo patient has identifiers to look for");

        try (PDDocument named = Loader.loadPDF(report("named.pdf").toFile())) {
            String text = new PDFTextStripper().getText(named);
            assertTrue(text.contains(patient.patientId()), "without --pseudonymise the ID is shown");
            String[] name = patient.patientName().split("\\^");
            assertTrue(text.contains(name[0] + ", " + name[1]), "and the name");
        }
        Path pdf = report("pseudonymised.pdf", "--pseudonymise");
        byte[] raw = Files.readAllBytes(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Patient " + sha256(patient.patientId()).substring(0, 8)), "the pseudonym");
            // the pseudonym alone: no sex, age, study date or description rows; the report's date as a year
            for (String row : List.of("Sex", "Age", "Study date")) {
                assertFalse(text.contains(row), "row " + row + " in the pseudonymised report");
            }
            assertFalse(java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(text).find(),
                    "a full date in the pseudonymised report");
            List<String> haystacks = new ArrayList<>(List.of(text, new String(raw, StandardCharsets.ISO_8859_1)));
            for (COSObject object : doc.getDocument().getXrefTable().keySet().stream()
                    .map(k -> doc.getDocument().getObjectFromPool(k)).toList()) {
                COSBase base = object.getObject();
                if (base instanceof COSStream stream) {
                    try (InputStream in = stream.createInputStream()) {
                        byte[] decoded = in.readAllBytes();
                        haystacks.add(new String(decoded, StandardCharsets.ISO_8859_1));
                        haystacks.add(new String(decoded, StandardCharsets.UTF_16BE));
                    }
                }
            }
            assertTrue(haystacks.size() > 10, "streams decoded: " + haystacks.size());
            for (String id : identifiers) {
                for (String h : haystacks) {
                    assertFalse(h.toLowerCase(Locale.ROOT).contains(id.toLowerCase(Locale.ROOT)),
                            "identifier found in the pseudonymised report: " + id.length() + " characters");
                }
            }
        }
    }

    /**
     * {@code --case}: a saved case (its series found by UIDs, its outline from the SEG, its values as typed, its
     * measurement reused) gives the same numbers as {@code predict} on the same mask and values.
     */
    @Test
    void aSavedCaseGivesTheSameReport() throws Exception {
        org.tacerisk.dicom.DicomConversion.Result converted = org.tacerisk.dicom.DicomConversion.convert(
                new org.tacerisk.dicom.DicomConversion.Request(dicom, null, dir.resolve("case-ct.nii.gz"), null, null,
                        dir.resolve("case-mask.nii.gz")));
        Path caseFile = dir.resolve("saved.tacerisk");
        try (org.tacerisk.model.ModelBundle b = org.tacerisk.model.ModelBundle.load(Path.of(BUNDLE));
                org.tacerisk.predict.CasePredictor predictor = org.tacerisk.predict.CasePredictor.open(b)) {
            org.tacerisk.image.Mask tumour = org.tacerisk.image.Nifti.readMask(mask);
            org.tacerisk.predict.CaseMeasurement m = predictor.measure(converted.loaded().volume(), tumour,
                    org.tacerisk.common.Progress.NONE);
            java.util.Map<String, Double> values = java.util.Map.of("tumor_size_cm", 3.5, "nodules", 5.0,
                    "afp_ng_ml", 33.1);
            org.tacerisk.predict.CasePrediction p = predictor.predict(m, values);
            org.tacerisk.casefile.CaseFile.write(caseFile, new org.tacerisk.casefile.CaseContents(
                    java.time.Instant.now(), org.tacerisk.casefile.SeriesLocation.of(converted.loaded().reference(),
                            dicom), List.of(new org.tacerisk.casefile.EnteredValue("tumor_size_cm", "3.5", 3.5, "cm"),
                            new org.tacerisk.casefile.EnteredValue("nodules", "5", 5, ""),
                            new org.tacerisk.casefile.EnteredValue("afp_ng_ml", "33.1", 33.1, "ng/mL")),
                    org.tacerisk.casefile.BundleIdentity.of(b), m, org.tacerisk.casefile.CaseResult.of(p)), tumour,
                    converted.loaded().reference());
        }
        Path pdf = dir.resolve("from-case.pdf");
        assertEquals(0, run("report", "--case", caseFile.toString(), "--bundle", BUNDLE, "--out", pdf.toString()),
                err::toString);
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = flat(new PDFTextStripper().getText(doc));
            assertContains(text, pct(predicted.get("probability").asDouble()));
            assertContains(text, String.format(Locale.ROOT, "%.1f–%.1f %%", 100 * predicted.get("ci_low").asDouble(),
                    100 * predicted.get("ci_high").asDouble()));
            assertContains(text, predicted.get("risk_group").asText());
        }
    }

    @Test
    void badLanguageAndMissingInputsAreUsageErrors() {
        assertEquals(2, run("report", "--bundle", BUNDLE, "--image", "x", "--mask", "y", "--out",
                dir.resolve("r.pdf").toString(), "--lang", "fr"));
        assertTrue(err.toString().contains("en or zh-CN"), err::toString);
        assertEquals(2, run("report", "--out", dir.resolve("r.pdf").toString()));
        assertTrue(err.toString().contains("--case"), err::toString);
    }

    /**
     * Name parts (3+ characters), ID, birth date and study date, in DICOM and ISO form. A name part the synthetic
     * label itself holds ("SYNTHETIC" of the demo's "SYNTHETIC^SYN-0300") is no identifier: the banner must be there.
     */
    private static List<String> identifiers(PatientStudy p) {
        List<String> ids = new ArrayList<>();
        if (p.patientName() != null) {
            for (String part : p.patientName().split("[\\^ =]+")) {
                if (part.length() >= 3 && !LABEL.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT))) {
                    ids.add(part);
                }
            }
        }
        ids.add(p.patientId());
        for (String date : new String[] {p.patientBirthDate(), p.studyDate()}) {
            if (date != null && date.length() == 8) {
                ids.add(date);
                ids.add(date.substring(0, 4) + "-" + date.substring(4, 6) + "-" + date.substring(6));
            }
        }
        ids.removeIf(s -> s == null || s.isBlank());
        return ids;
    }

    private static void screenshots(PDDocument doc, String prefix) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        PDFRenderer renderer = new PDFRenderer(doc);
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            BufferedImage image = renderer.renderImageWithDPI(i, 90);
            ImageIO.write(image, "png", folder.resolve(prefix + (i + 1) + ".png").toFile());
        }
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pct(double p) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * p);
    }

    /** Extracted text with line breaks as spaces, so that wrapped sentences compare whole. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(flat(expected)), () -> "expected in the report: " + expected);
    }
}
