package org.tacerisk.cohort.training;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.StatUtils;
import org.tacerisk.cohort.DiagnosticColumns;
import org.tacerisk.model.BiasCorrectedCurve;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.Cohort;
import org.tacerisk.model.CohortCalibration;
import org.tacerisk.model.CohortDecisionCurve;
import org.tacerisk.model.CohortRoc;
import org.tacerisk.model.CombinedModel;
import org.tacerisk.model.ModelBundleWriter;
import org.tacerisk.model.PerformanceRow;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.model.PredictorSpecification.Source;
import org.tacerisk.model.PredictorSpecification.Transform;
import org.tacerisk.model.PredictorSpecification.Type;
import org.tacerisk.model.RiskGroups;
import org.tacerisk.model.Signature;
import org.tacerisk.model.TrainingImages;
import org.tacerisk.radiomics.RadiomicsSettings;
import org.tacerisk.stats.BootstrapCalibration;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.DeLongTest;
import org.tacerisk.stats.DiagnosticAccuracy;
import org.tacerisk.stats.LogisticFit;
import org.tacerisk.stats.ModelEvaluation;
import org.tacerisk.stats.PredictorCoding;
import org.tacerisk.stats.PredictorSpec;
import org.tacerisk.stats.RocCurve;

/**
 * The model bundle of a training run (docs/model-bundle.md): predictors of the combined model ({@code dlr_score}
 * as a model_score, the selected clinical predictors as entered values with their transform, training range, a
 * plausibility range and their declared direction), the direction conflicts ({@link DirectionCheck}), the
 * signatures, the combined model's coefficients and covariance, the risk groups, and the combined model's
 * calibration (in the training cohort with the bootstrap bias-corrected curve) and decision curve, every model's ROC
 * curve and every model's performance per cohort.
 *
 * <p>Allowed ranges are not known from the data; they are set wide around the training range: for a log10
 * predictor [min/100, max·100], for a non-negative one [0, max + 10·range], otherwise ±10 ranges. Review them
 * before clinical use.
 */
public final class TrainingBundle {

    static final String SOFTWARE_VERSION = org.tacerisk.common.SoftwareVersion.current();
    /** The most points a ROC curve keeps in the bundle; every point up to this many (docs/model-bundle.md). */
    static final int ROC_POINTS = 500;

    private TrainingBundle() {
    }

    /** Builds the manifest (without file checksums; the writer adds them). */
    public static BundleManifest manifest(TrainingResult r) {
        DataTable t = r.table();
        List<PredictorSpecification> predictors = new ArrayList<>();
        List<CombinedModel.Term> terms = new ArrayList<>();
        LogisticFit fit = r.combined().fit();
        terms.add(new CombinedModel.Term(fit.termNames().get(0), null, null, fit.estimate(0)));
        int term = 1;
        for (PredictorCoding coding : r.combined().codings()) {
            PredictorSpec spec = coding.spec();
            predictors.add(predictor(spec, train(t, r.train(), spec.column()), r.config().display(spec.column())));
            for (String name : coding.termNames()) {
                terms.add(new CombinedModel.Term(name, spec.column(), null, fit.estimate(term++)));
            }
        }
        List<List<Double>> cov = new ArrayList<>();
        for (double[] row : fit.covariance()) {
            cov.add(Arrays.stream(row).boxed().toList());
        }
        CombinedModel combined = new CombinedModel(CombinedModel.LOGISTIC, terms, cov, r.combined().lpMin(),
                r.combined().lpMax());
        List<Signature> signatures = new ArrayList<>();
        signatures.add(r.rad().toBundle(null));
        if (r.dl() != null) {
            signatures.add(r.dl().toBundle(null));
        }
        signatures.add(r.dlr().toBundle(CohortTrainer.DLR_SCORE));
        List<Cohort> cohorts = new ArrayList<>();
        List<CohortCalibration> calibration = new ArrayList<>();
        List<CohortDecisionCurve> dca = new ArrayList<>();
        List<CohortRoc> roc = new ArrayList<>();
        for (String c : r.evaluation().cohorts()) {
            TrainingEvaluation.Entry e = r.evaluation().entry("combined", c);
            int[] ne = count(t, c);
            CohortDescription d = r.config().cohorts().getOrDefault(c, new CohortDescription(null, null, null));
            String description = d.description() != null ? d.description() : r.config().synthetic() ? "synthetic" : "";
            cohorts.add(new Cohort(c, ne[0], ne[1], d.centres(), d.dates(), description));
            if (e != null) {
                calibration(c, e, c.equals("train") ? biasCorrected(r.validation()) : null, calibration);
                dca.add(new CohortDecisionCurve(c, e.evaluation().decisionCurve().stream()
                        .map(p -> new CohortDecisionCurve.Point(p.threshold(), p.netBenefitModel(), p.netBenefitAll()))
                        .toList()));
            }
            if (!TrainingFigures.rocModels(r, c).isEmpty()) {
                roc.add(roc(r, c));
            }
        }
        List<PerformanceRow> performance = new ArrayList<>();
        for (TrainingEvaluation.Entry e : r.evaluation().entries()) {
            var auc = e.evaluation().auc();
            DiagnosticAccuracy a = e.atTrainingCutoff();
            performance.add(new PerformanceRow(e.model(), e.cohort(), auc.auc(), auc.ciLower(), auc.ciUpper(),
                    a == null ? null : p(a.sensitivity().estimate()), a == null ? null : p(a.specificity().estimate()),
                    a == null ? null : p(a.ppv().estimate()), a == null ? null : p(a.npv().estimate()),
                    a == null ? null : p(a.accuracy().estimate())));
        }
        boolean synthetic = r.config().synthetic();
        return new BundleManifest(BundleManifest.SCHEMA_VERSION, r.config().modelName(), r.config().modelVersion(),
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString(), SOFTWARE_VERSION,
                r.config().intendedUse(), r.config().notIntendedUse(),
                synthetic, synthetic ? BundleManifest.SYNTHETIC_LABEL : null, cohorts, predictors, null, signatures,
                combined, new RiskGroups(List.of(r.riskCutoff()), TrainingResult.RISK_LABELS), calibration, dca, roc,
                performance, null, Map.of(), trainingImages(r.table(), r.train()), r.directionConflicts());
    }

    /**
     * The training rows' CT spacing from the diagnostic columns {@code diag_spacing_x/y/z} (docs/cohort.md), or
     * null when the table has none (a table extracted before they existed) or a training row lacks a value.
     */
    static TrainingImages trainingImages(DataTable t, int[] train) {
        if (!DiagnosticColumns.SPACING.stream().allMatch(t::hasColumn)) {
            return null;
        }
        double[][] axes = DiagnosticColumns.SPACING.stream().map(t::numeric).toArray(double[][]::new);
        double[][] spacings = new double[train.length][3];
        for (int i = 0; i < train.length; i++) {
            for (int a = 0; a < 3; a++) {
                spacings[i][a] = axes[a][train[i]];
                if (!(spacings[i][a] > 0) || !Double.isFinite(spacings[i][a])) {
                    return null;
                }
            }
        }
        return train.length == 0 ? null : TrainingImages.of(spacings);
    }

    /** Writes the bundle to the new folder {@code target}; {@code settings} (may be null) is copied into it. */
    public static BundleManifest write(TrainingResult r, RadiomicsSettings settings, Path target) throws IOException {
        return write(manifest(r), settings, Map.of(), target);
    }

    /**
     * Writes {@code manifest} to the new folder {@code target} with {@code settings} (may be null) and the extra
     * files (bundle-relative path → source file, e.g. the figures); every file gets its checksum in the manifest.
     */
    public static BundleManifest write(BundleManifest manifest, RadiomicsSettings settings, Map<String, Path> extras,
            Path target) throws IOException {
        return write(manifest, settings, null, extras, target);
    }

    /** As {@link #write(BundleManifest, RadiomicsSettings, Map, Path)}, copying the deep model folder (or null). */
    public static BundleManifest write(BundleManifest manifest, RadiomicsSettings settings, Path deepModel,
            Map<String, Path> extras, Path target) throws IOException {
        ModelBundleWriter writer = new ModelBundleWriter(manifest);
        if (settings != null) {
            writer.radiomicsSettings(settings);
        }
        if (deepModel != null) {
            writer.deepModel(deepModel);
        }
        extras.forEach(writer::extraFile);
        return writer.write(target);
    }

    /**
     * Checks the settings' {@code predictors:} block before training: every key must be {@code dlr_score} or a
     * clinical candidate, and a configured allowed range must contain the candidate's training values (a log10
     * predictor's must start above 0). Keys of candidates the selection later drops are harmless.
     *
     * @throws IllegalArgumentException naming the key and what to change
     */
    static void checkDisplays(TrainingConfig config, DataTable t, int[] train, List<String> candidates) {
        for (Map.Entry<String, PredictorDisplay> e : config.predictors().entrySet()) {
            String id = e.getKey();
            if (id.equals(CohortTrainer.DLR_SCORE)) {
                continue;
            }
            if (!candidates.contains(id)) {
                throw new IllegalArgumentException("predictors." + id + ": not a clinical candidate column (candidates: "
                        + candidates + ") nor " + CohortTrainer.DLR_SCORE + "; check the spelling");
            }
            boolean log = config.transformOf(id).equals("log10");
            PredictorSpec spec = log ? PredictorSpec.log10(id) : PredictorSpec.identity(id);
            double[] x = train(t, train, id);
            if (log && e.getValue().allowedMin() <= 0) {
                throw new IllegalArgumentException("predictors." + id + ".allowed_min must be above 0 for a log10"
                        + " predictor");
            }
            if (x.length > 0) {
                predictor(spec, x, e.getValue());
            }
        }
    }

    /** Checks that every predictor the settings force ({@code clinical.force}) is a clinical candidate. */
    static void checkForced(TrainingConfig config, List<String> candidates) {
        for (String id : config.clinicalForce()) {
            if (!candidates.contains(id)) {
                throw new IllegalArgumentException("clinical.force: " + id + " is not a clinical candidate column"
                        + " (candidates: " + candidates + "); check the spelling");
            }
        }
    }

    /** Checks that every cohort the settings describe ({@code cohorts:}) is a cohort of the table. */
    static void checkCohorts(TrainingConfig config, DataTable t) {
        java.util.Set<String> present = new java.util.TreeSet<>();
        for (int i = 0; i < t.rowCount(); i++) {
            present.add(t.text(i, CohortTrainer.COHORT));
        }
        for (String name : config.cohorts().keySet()) {
            if (!present.contains(name)) {
                throw new IllegalArgumentException("cohorts." + name + ": no such cohort in the table (cohorts: "
                        + present + ")");
            }
        }
    }

    /**
     * The bundle's specification of one combined-model input: training range from {@code x}, label, unit, help,
     * allowed range, type and source from the settings' {@code predictors:} block where given, else defaults.
     *
     * @throws IllegalArgumentException when a configured allowed range does not contain the training values
     */
    static PredictorSpecification predictor(PredictorSpec spec, double[] x, PredictorDisplay display) {
        double lo = Arrays.stream(x).min().orElseThrow();
        double hi = Arrays.stream(x).max().orElseThrow();
        double range = hi - lo;
        boolean log = spec.transform() == PredictorSpec.Transform.LOG10;
        boolean score = spec.column().equals(CohortTrainer.DLR_SCORE);
        boolean whole = !score && Arrays.stream(x).allMatch(v -> v == Math.rint(v));
        double aLo = Double.isNaN(display.allowedMin())
                ? log ? lo / 100 : lo >= 0 && !score ? 0 : lo - 10 * range : display.allowedMin();
        double aHi = Double.isNaN(display.allowedMax()) ? log ? hi * 100 : hi + 10 * range : display.allowedMax();
        String id = spec.column();
        if (lo < aLo || hi > aHi) {
            throw new IllegalArgumentException("predictors." + id + ": the allowed range [" + aLo + ", " + aHi
                    + "] does not contain the training values [" + lo + ", " + hi + "]; widen allowed_min/allowed_max");
        }
        if (score && display.source() != null) {
            throw new IllegalArgumentException("predictors." + id + ".source: the DLR score is always a model_score");
        }
        if ("measured_from_roi".equals(display.source()) && !id.equals(PredictorSpecification.TUMOUR_SIZE_ID)) {
            // a clinical column is never an extracted feature, and predict measures only the tumour size
            throw new IllegalArgumentException("predictors." + id + ".source: only "
                    + PredictorSpecification.TUMOUR_SIZE_ID + " (the maximum 3D diameter) can be measured from the"
                    + " ROI; use entered");
        }
        Type type = display.type() != null ? Type.valueOf(display.type().toUpperCase(java.util.Locale.ROOT))
                : whole ? Type.INTEGER : Type.CONTINUOUS;
        if (type == Type.INTEGER && !whole) {
            throw new IllegalArgumentException("predictors." + id + ".type is integer but training values are not"
                    + " whole numbers");
        }
        String help = display.help() != null ? display.help()
                : score ? "Deep-learning radiomics (DLR) signature score computed from the tumour ROI."
                : "Clinical value \"" + id + "\" as recorded in the training manifest"
                        + (log ? " (log10-transformed by the model)." : ".");
        String label = display.label() != null ? display.label() : score ? "DLR score" : id;
        Source source = score ? Source.MODEL_SCORE
                : "measured_from_roi".equals(display.source()) ? Source.MEASURED_FROM_ROI : Source.ENTERED;
        // mean and SD on the model's scale, for an external validation's standardised mean difference
        double[] modelScale = Arrays.stream(x).map(v -> log ? Math.log10(v) : v).toArray();
        return new PredictorSpecification(id, label, display.unit(), type, log ? Transform.LOG10 : Transform.NONE,
                aLo, aHi, lo, hi, source, help, null, display.direction(), StatUtils.mean(modelScale),
                Math.sqrt(StatUtils.variance(modelScale)));
    }

    /**
     * The cohort's calibration: its adaptive groups (none empty), val.prob's intercept, slope and Brier, and the
     * bias-corrected curve (or null).
     */
    private static void calibration(String cohort, TrainingEvaluation.Entry entry, BiasCorrectedCurve biasCorrected,
            List<CohortCalibration> out) {
        ModelEvaluation e = entry.evaluation();
        double a = e.valProb().intercept();
        double b = e.valProb().slope();
        if (!Double.isFinite(a) || !Double.isFinite(b) || entry.calibrationGroups().isEmpty()) {
            return;
        }
        List<CohortCalibration.Point> curve = entry.calibrationGroups().stream()
                .map(bin -> new CohortCalibration.Point(bin.meanPredicted(), bin.observed().estimate())).toList();
        out.add(new CohortCalibration(cohort, curve, a, b, e.valProb().brier(), biasCorrected));
    }

    /**
     * The training report's bias-corrected curve (the same {@link BootstrapCalibration} and points as the
     * calibration figure), or null without bootstrap or when fewer than two distinct grid points remain.
     */
    static BiasCorrectedCurve biasCorrected(TrainingValidation v) {
        if (v == null) {
            return null;
        }
        BootstrapCalibration c = v.calibration();
        List<BiasCorrectedCurve.Point> points = new ArrayList<>();
        for (int k : TrainingFigures.biasCorrectedPoints(c)) {
            points.add(new BiasCorrectedCurve.Point(c.predy()[k], c.calibratedOrig()[k],
                    c.calibratedCorrected()[k]));
        }
        // calibrate's grid collapses to one risk when the middle predictions are all equal: no curve to draw
        if (points.size() < 2 || !(points.get(0).predicted() < points.get(points.size() - 1).predicted())) {
            return null;
        }
        String refit = v.procedure() ? BiasCorrectedCurve.PROCEDURE : BiasCorrectedCurve.FINAL_MODEL;
        return new BiasCorrectedCurve(refit, c.resamples(), c.failed(), points);
    }

    /**
     * The cohort's ROC curves as the report's figure draws them (every evaluable model, combined first) with the
     * evaluation's AUC and DeLong interval; at most {@value #ROC_POINTS} points each ({@link RocCurve#thinned}).
     */
    static CohortRoc roc(TrainingResult r, String cohort) {
        List<CohortRoc.Curve> curves = new ArrayList<>();
        for (String model : TrainingFigures.rocModels(r, cohort)) {
            RocCurve curve = TrainingFigures.rocCurve(r, cohort, model);
            List<CohortRoc.Point> points = curve.thinned(ROC_POINTS).stream()
                    .map(p -> new CohortRoc.Point(Double.isInfinite(p.threshold()) ? null : p.threshold(),
                            p.sensitivity(), p.specificity()))
                    .toList();
            DeLongTest.AucEstimate auc = r.evaluation().entry(model, cohort).evaluation().auc();
            curves.add(new CohortRoc.Curve(model, curve.cases(), curve.controls(), auc.auc(), auc.ciLower(),
                    auc.ciUpper(), points));
        }
        return new CohortRoc(cohort, curves);
    }

    /** Training values of a column (missing ones left out). */
    private static double[] train(DataTable t, int[] train, String column) {
        double[] all = t.numeric(column);
        return Arrays.stream(train).mapToDouble(i -> all[i]).filter(v -> !Double.isNaN(v)).toArray();
    }

    private static int[] count(DataTable t, String cohort) {
        double[] y = t.numeric(CohortTrainer.OUTCOME);
        int n = 0;
        int events = 0;
        for (int i = 0; i < t.rowCount(); i++) {
            if (t.text(i, CohortTrainer.COHORT).equals(cohort)) {
                n++;
                events += (int) y[i];
            }
        }
        return new int[] {n, events};
    }

    private static Double p(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
