package org.tacerisk.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.common.Finding;
import org.tacerisk.common.SoftwareVersion;
import org.tacerisk.dicom.PatientStudy;
import org.tacerisk.deep.SaliencyMap;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.model.Cohort;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.PerformanceRow;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.model.RiskGroups;
import org.tacerisk.predict.CaseMeasurement;
import org.tacerisk.predict.CasePrediction;
import org.tacerisk.report.figure.PdfFonts;
import org.tacerisk.report.figure.Scene;
import org.tacerisk.roi.EditableMask;
import org.tacerisk.roi.RoiMeasurements;
import org.tacerisk.roi.RoiStats;

/**
 * The tumour-board report of one patient as a PDF (docs/report.md): header, key images with the ROI outline, ROI
 * measurements, clinical inputs with their sources, the nomogram with the patient's points, predicted risk with its
 * 95 % CI and risk group, calibration and decision curve with the patient marked, model card, every warning and note,
 * software version, date and signature line, and an appendix of the feature values. Built from the same
 * {@link CasePrediction} the screen and {@code tacerisk predict} show; with {@link Builder#pseudonymise} no name, ID,
 * birth date or study date goes into the file. The bundle's label (the synthetic-demo banner) is on every page.
 */
public final class CaseReport {

    private final Builder b;
    private final ReportText text;

    private CaseReport(Builder b) {
        this.b = b;
        this.text = ReportText.of(b.locale);
    }

    /** A report of {@code prediction}, made by {@code bundle} from {@code measurement} of {@code tumour} on {@code ct}. */
    public static Builder builder(ModelBundle bundle, CaseMeasurement measurement, CasePrediction prediction,
            Volume ct, Mask tumour) {
        return new Builder(bundle, measurement, prediction, ct, tumour);
    }

    /** What goes into the report besides the prediction. */
    public static final class Builder {
        private final ModelBundle bundle;
        private final CaseMeasurement measurement;
        private final CasePrediction prediction;
        private final Volume ct;
        private final Mask tumour;
        private PatientStudy patient;
        private String studyDescription;
        private boolean pseudonymise;
        private String pseudonym;
        private SaliencyMap saliency;
        private Locale locale = Locale.ENGLISH;
        private ZonedDateTime created = ZonedDateTime.now();

        private Builder(ModelBundle bundle, CaseMeasurement measurement, CasePrediction prediction, Volume ct,
                Mask tumour) {
            this.bundle = Objects.requireNonNull(bundle, "bundle");
            this.measurement = Objects.requireNonNull(measurement, "measurement");
            this.prediction = Objects.requireNonNull(prediction, "prediction");
            this.ct = Objects.requireNonNull(ct, "ct");
            this.tumour = Objects.requireNonNull(tumour, "tumour");
        }

        /** The patient and study attributes of the series (null: a NIfTI image, none known). */
        public Builder patient(PatientStudy attributes) {
            this.patient = attributes;
            return this;
        }

        public Builder studyDescription(String description) {
            this.studyDescription = description;
            return this;
        }

        /**
         * A pseudonym ({@link CaseReport#pseudonym}) instead of the whole patient header (name, ID, sex, age, study
         * date and description), and the report's date as its year only: the Basic Profile's rule for dates.
         */
        public Builder pseudonymise(boolean on) {
            this.pseudonymise = on;
            return this;
        }

        /** English (default) or Simplified Chinese ({@code zh}). */
        /** The deep model's saliency, shown as a fourth key image on its own slice; null for none. */
        public Builder saliency(SaliencyMap map) {
            this.saliency = map;
            return this;
        }

        /** Pseudonymised, under the given pseudonym (a de-identified export's own, so report and copies agree). */
        public Builder pseudonym(String shown) {
            if (shown == null || shown.isBlank()) {
                throw new IllegalArgumentException("a pseudonym must not be blank");
            }
            this.pseudonymise = true;
            this.pseudonym = shown;
            return this;
        }

        public Builder locale(Locale language) {
            this.locale = Objects.requireNonNull(language, "locale");
            return this;
        }

        /** The report's date and time (default: now). */
        public Builder created(ZonedDateTime when) {
            this.created = Objects.requireNonNull(when, "created");
            return this;
        }

        public CaseReport build() {
            return new CaseReport(this);
        }
    }

    /** "Patient " and the first 8 hex digits of the SHA-256 of the patient ID (of "" when there is none). */
    public static String pseudonym(String patientId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((patientId == null ? "" : patientId).getBytes(StandardCharsets.UTF_8));
            return "Patient " + HexFormat.of().formatHex(hash).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

    /** The report written atomically to {@code target}. */
    public void write(Path target) throws IOException {
        byte[] bytes = pdf();
        AtomicFiles.write(target, out -> out.write(bytes));
    }

    /** The report as PDF bytes. */
    public byte[] pdf() throws IOException {
        BundleManifest manifest = b.bundle.manifest();
        String banner = Boolean.TRUE.equals(manifest.synthetic()) && (manifest.label() == null
                || manifest.label().isBlank()) ? BundleManifest.SYNTHETIC_LABEL : manifest.label();
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(text.get("title"));
            info.setProducer("TACE-Risk " + SoftwareVersion.current());
            doc.setDocumentInformation(info);
            PdfFonts fonts = new PdfFonts(doc);
            try (ReportPages pages = new ReportPages(doc, fonts, banner, text)) {
                pages.paragraph(text.get("title"), 15, true, Color.BLACK);
                patient(pages);
                images(doc, pages);
                measurements(pages);
                inputs(pages);
                nomogram(pages);
                risk(pages);
                figures(pages);
                model(pages);
                warnings(pages);
                signature(pages);
                appendix(pages);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private void patient(ReportPages pages) throws IOException {
        pages.heading(text.get("section.patient"), 40);
        PatientStudy p = b.patient;
        List<String[]> rows = new ArrayList<>();
        if (b.pseudonymise) {
            // the pseudonym alone: sex, age, dates and the study's description are X/Z in the Basic Profile
            rows.add(row("patient.pseudonym", b.pseudonym != null ? b.pseudonym
                    : pseudonym(p == null ? null : p.patientId())));
        } else {
            rows.add(row("patient.name", p == null ? null : personName(p.patientName())));
            rows.add(row("patient.id", p == null ? null : p.patientId()));
            rows.add(row("patient.sex", p == null ? null : p.patientSex()));
            String age = p == null ? null : age(p.patientBirthDate(), p.studyDate());
            rows.add(row("patient.age", age == null ? null : text.get("patient.ageYears", age)));
            rows.add(row("patient.studyDate", p == null ? null : date(p.studyDate())));
            rows.add(row("patient.study", b.studyDescription));
        }
        pages.table(new float[] {0.25f, 0.75f}, rows, false);
        if (b.pseudonymise) {
            pages.paragraph(text.get("patient.pseudonymised"));
        }
    }

    private String[] row(String key, String value) {
        return new String[] {text.get(key), value == null || value.isBlank() ? text.get("patient.unknown") : value};
    }

    /** A DICOM person name (family^given^middle^prefix^suffix) as "Family, Given Middle". */
    static String personName(String pn) {
        if (pn == null) {
            return null;
        }
        String[] parts = pn.split("=")[0].split("\\^", -1);
        StringBuilder sb = new StringBuilder(parts[0].strip());
        String rest = String.join(" ", java.util.Arrays.asList(parts).subList(1, Math.min(3, parts.length))).strip();
        if (!rest.isEmpty()) {
            sb.append(sb.length() > 0 ? ", " : "").append(rest);
        }
        return sb.toString();
    }

    /** Whole years between the DICOM dates (YYYYMMDD), or null when either is missing or unreadable. */
    static String age(String birthDate, String studyDate) {
        try {
            LocalDate born = LocalDate.parse(birthDate, DateTimeFormatter.BASIC_ISO_DATE);
            LocalDate seen = LocalDate.parse(studyDate, DateTimeFormatter.BASIC_ISO_DATE);
            return Integer.toString(Period.between(born, seen).getYears());
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

    private static String date(String dicomDate) {
        try {
            return LocalDate.parse(dicomDate, DateTimeFormatter.BASIC_ISO_DATE).toString();
        } catch (DateTimeParseException | NullPointerException e) {
            return dicomDate;
        }
    }

    private void images(PDDocument doc, ReportPages pages) throws IOException {
        List<KeyImages.KeyImage> keys = KeyImages.of(b.ct, b.tumour);
        if (keys.isEmpty()) {
            return;
        }
        pages.heading(text.get("section.images"), 200);
        List<PDImageXObject> images = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        List<String> slices = new ArrayList<>();
        for (KeyImages.KeyImage k : keys) {
            images.add(LosslessFactory.createFromImage(doc, k.image()));
            String slice = Integer.toString(k.slice() + 1);
            captions.add(text.get(k.largest() ? "images.tumourSlice" : "images.caption", slice));
            slices.add(slice);
        }
        pages.images(images, captions, (pages.width() - 16) / 3);
        pages.paragraph(text.get("images.window", KeyImages.WINDOW, KeyImages.LEVEL, String.join(", ", slices)));
        if (b.saliency != null) {
            KeyImages.KeyImage heat = KeyImages.saliency(b.ct, b.tumour, b.saliency);
            pages.images(List.of(LosslessFactory.createFromImage(doc, heat.image())),
                    List.of(text.get("images.saliency", heat.slice() + 1)), (pages.width() - 16) / 3);
            pages.paragraph(text.get("images.saliencyLegend"));
        }
    }

    private void measurements(ReportPages pages) throws IOException {
        pages.heading(text.get("section.measurements"), 40);
        RoiStats s;
        try (RoiMeasurements m = new RoiMeasurements(EditableMask.of(b.tumour), b.ct)) {
            s = m.current();
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {text.get("measure.volume"), ReportNumbers.oneDecimal(s.volumeMl()) + " mL"});
        rows.add(new String[] {text.get("measure.diameter3d"), ReportNumbers.oneDecimal(s.maxDiameter3dMm()) + " mm"});
        if (s.axial() != null) {
            rows.add(new String[] {text.get("measure.longAxis"),
                ReportNumbers.oneDecimal(s.axial().longAxis().lengthMm()) + " mm"});
            if (s.axial().shortAxis() != null) {
                rows.add(new String[] {text.get("measure.shortAxis"),
                    ReportNumbers.oneDecimal(s.axial().shortAxis().lengthMm()) + " mm"});
            }
        }
        if (Double.isFinite(s.meanHu())) {
            rows.add(new String[] {text.get("measure.meanHu"), ReportNumbers.oneDecimal(s.meanHu()) + " HU"
                    + (Double.isFinite(s.sdHu()) ? " ± " + ReportNumbers.oneDecimal(s.sdHu()) : "")});
        }
        pages.table(new float[] {0.35f, 0.65f}, rows, false);
    }

    private void inputs(ReportPages pages) throws IOException {
        pages.heading(text.get("section.inputs"), 40);
        BundlePrediction p = b.prediction.prediction();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {text.get("inputs.predictor"), text.get("inputs.value"), text.get("inputs.source"),
            text.get("inputs.points")});
        for (BundlePrediction.PredictorPoints pt : p.points()) {
            PredictorSpecification spec = b.bundle.manifest().predictor(pt.id());
            String unit = spec == null || spec.unit().isEmpty() ? "" : " " + spec.unit();
            String source = spec == null ? "" : text.get("source." + spec.source().json());
            rows.add(new String[] {pt.label() + " (" + pt.id() + ")", ReportNumbers.value(pt.value()) + unit, source,
                ReportNumbers.oneDecimal(pt.points())});
        }
        pages.table(new float[] {0.4f, 0.2f, 0.25f, 0.15f}, rows);
    }

    private void nomogram(ReportPages pages) throws IOException {
        pages.heading(text.get("section.nomogram"), 300);
        Scene scene = ReportFigures.nomogram(b.bundle.predictor(), b.prediction.prediction(), text);
        pages.figure(scene, 330);
    }

    private void risk(ReportPages pages) throws IOException {
        pages.heading(text.get("section.risk"), 40);
        BundlePrediction p = b.prediction.prediction();
        pages.paragraph(text.get("risk.probability", ReportNumbers.percent(p.probability()),
                ReportNumbers.interval(p.probabilityLow(), p.probabilityHigh())), 12, true, Color.BLACK);
        pages.paragraph(text.get("risk.group", p.riskGroup(), cutoffs(p)), 11, true, Color.BLACK);
        pages.paragraph(text.get("risk.totalPoints", ReportNumbers.oneDecimal(p.totalPoints())));
    }

    /** "probability 23.7 % ≥ cut-off 20.1 %" (and "< cut-off" for an upper bound). */
    private String cutoffs(BundlePrediction p) {
        RiskGroups g = p.riskGroups();
        List<String> parts = new ArrayList<>();
        Double lower = g.lowerCutoff(p.riskGroupIndex());
        Double upper = g.upperCutoff(p.riskGroupIndex());
        String prob = ReportNumbers.percent(p.probability());
        if (lower != null) {
            parts.add(text.get("risk.atOrAbove", prob, ReportNumbers.percent(lower)));
        }
        if (upper != null) {
            parts.add(text.get("risk.below", prob, ReportNumbers.percent(upper)));
        }
        return String.join("; ", parts);
    }

    private void figures(ReportPages pages) throws IOException {
        double probability = b.prediction.prediction().probability();
        Scene calibration = ReportFigures.calibration(b.bundle.manifest(), probability, text);
        Scene dca = ReportFigures.decisionCurve(b.bundle.manifest(), probability, text);
        if (calibration == null && dca == null) {
            return;
        }
        pages.heading(text.get("section.figures"), 200);
        if (calibration != null && dca != null) {
            pages.figures(calibration, dca, 260);
        } else {
            pages.figure(calibration != null ? calibration : dca, 300);
        }
    }

    private void model(ReportPages pages) throws IOException {
        pages.heading(text.get("section.model"), 40);
        BundleManifest m = b.bundle.manifest();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {text.get("model.name"), m.name() + " " + m.version()});
        rows.add(new String[] {text.get("model.sha"), b.bundle.manifestSha256()});
        rows.add(new String[] {text.get("model.intendedUse"), m.intendedUse()});
        rows.addAll(HistoryRows.of(m, text));
        pages.table(new float[] {0.25f, 0.75f}, rows, false);
        pages.space(4);
        List<String[]> cohorts = new ArrayList<>();
        cohorts.add(new String[] {text.get("model.cohort"), text.get("model.patients"), text.get("model.events"),
            text.get("model.auc")});
        FigureWording words = FigureWording.of(text);
        for (Cohort c : m.cohorts()) {
            cohorts.add(new String[] {words.cohort(c.name()), Integer.toString(c.n()), Integer.toString(c.events()),
                auc(m, c)});
        }
        pages.table(new float[] {0.25f, 0.15f, 0.15f, 0.45f}, cohorts);
    }

    private static String auc(BundleManifest m, Cohort c) {
        for (PerformanceRow r : m.performance()) {
            if (r.model().equals("combined") && r.cohort().equals(c.name()) && r.auc() != null) {
                String auc = String.format(Locale.ROOT, "%.3f", r.auc());
                return r.aucCiLow() == null ? auc
                        : auc + String.format(Locale.ROOT, " (%.3f–%.3f)", r.aucCiLow(), r.aucCiHigh());
            }
        }
        return "—";
    }

    private void warnings(ReportPages pages) throws IOException {
        pages.heading(text.get("section.warnings"), 40);
        List<Finding> all = new ArrayList<>(b.bundle.warnings());
        all.addAll(b.prediction.warnings());
        if (all.isEmpty() && b.prediction.notes().isEmpty()) {
            pages.paragraph(text.get("warnings.none"));
        }
        for (Finding f : all) {
            // the core words its findings in English; a known one gets a headline in the report's language
            String key = "finding." + f.code();
            String detail = f.message() + (f.advice().isEmpty() ? "" : " \u2014 " + f.advice());
            String line = text.has(key) ? text.get("warnings.finding", text.get(key), detail) : f.describe();
            pages.paragraph(line, ReportPages.BODY, false, new Color(150, 60, 0));
            pages.space(2);
        }
        for (String note : b.prediction.notes()) {
            pages.paragraph(text.get("warnings.note", note));
            pages.space(2);
        }
    }

    private void signature(ReportPages pages) throws IOException {
        pages.heading(text.get("section.signature"), 40);
        pages.paragraph(text.get("signature.software", SoftwareVersion.current(),
                b.created.format(DateTimeFormatter.ofPattern(b.pseudonymise ? "yyyy" : "yyyy-MM-dd HH:mm z",
                        Locale.ROOT))));
        pages.space(14);
        pages.paragraph(text.get("signature.line"), 10.5f, false, Color.BLACK);
    }

    private void appendix(ReportPages pages) throws IOException {
        pages.heading(text.get("section.appendix"), 40);
        List<String[]> scores = new ArrayList<>();
        scores.add(new String[] {text.get("appendix.signatures"), text.get("appendix.value")});
        b.prediction.signatureScores().forEach((k, v) -> scores.add(new String[] {k, ReportNumbers.value(v)}));
        pages.table(new float[] {0.6f, 0.4f}, scores);
        pages.space(6);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {text.get("appendix.feature"), text.get("appendix.value"), text.get("appendix.feature"),
            text.get("appendix.value")});
        List<Map.Entry<String, Double>> features = new ArrayList<>(b.measurement.features().entrySet());
        int half = (features.size() + 1) / 2;
        for (int i = 0; i < half; i++) {
            Map.Entry<String, Double> left = features.get(i);
            Map.Entry<String, Double> right = i + half < features.size() ? features.get(i + half) : null;
            rows.add(new String[] {left.getKey(), ReportNumbers.value(left.getValue()),
                right == null ? "" : right.getKey(), right == null ? "" : ReportNumbers.value(right.getValue())});
        }
        pages.table(new float[] {0.36f, 0.14f, 0.36f, 0.14f}, rows);
    }
}
