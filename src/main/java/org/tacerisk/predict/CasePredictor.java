package org.tacerisk.predict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Finding;
import org.tacerisk.common.Progress;
import org.tacerisk.deep.DeepModel;
import org.tacerisk.deep.DeepModels;
import org.tacerisk.features.CaseFeatureExtraction;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.model.BundlePredictor;
import org.tacerisk.model.DirectionConflict;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.model.PredictorSpecification.Source;
import org.tacerisk.model.Signature;
import org.tacerisk.radiomics.morphology.TumourSize;

/**
 * Patients through one model bundle (docs/predict.md), the code path of {@code tacerisk predict} and of the
 * workstation, in two steps:
 * <ol>
 * <li>{@link #measure}: the expensive part, from the CT and the tumour outline — the features with the bundle's
 * radiomics settings and deep model under the training table's column names ({@link CaseFeatureExtraction}),
 * every signature's score, the measured tumour size — as a {@link CaseMeasurement} a case file can keep;</li>
 * <li>{@link #predict(CaseMeasurement, Map)}: the cheap part, pure and well under a millisecond — the combined
 * model's predictors (model_score from their signature, measured_from_roi from the mask, entered from the user),
 * {@link BundlePredictor#predict} (probability, CI, risk group, points), and the case's warnings: the measured size
 * disagreeing with the entered {@value #TUMOUR_SIZE}, entered values the model does not use, image spacing far
 * from the training images' ({@link SpacingCheck}), effects against their expected direction.</li>
 * </ol>
 * So a what-if edit of a clinical value reruns only step 2. The predictor keeps the bundle's deep model open across
 * cases; close it when done.
 */
public final class CasePredictor implements AutoCloseable {

    /** The entered clinical tumour size (cm) that the mask's maximum 3D diameter is compared with. */
    public static final String TUMOUR_SIZE = PredictorSpecification.TUMOUR_SIZE_ID;
    /** Sizes disagree when they differ by more than this fraction of the entered size ... */
    static final double SIZE_RELATIVE = 0.20;
    /** ... and by more than this (cm), so voxelisation of a small tumour does not raise a warning. */
    static final double SIZE_ABSOLUTE_CM = 1.0;

    private final ModelBundle bundle;
    private final BundleManifest manifest;
    private final BundlePredictor predictor;
    private DeepModel deepModel;

    private CasePredictor(ModelBundle bundle) {
        this.bundle = bundle;
        this.manifest = bundle.manifest();
        this.predictor = bundle.predictor();
    }

    /** A predictor for {@code bundle} (which stays the caller's to close). */
    public static CasePredictor open(ModelBundle bundle) {
        return new CasePredictor(bundle);
    }

    /** Both steps at once, for a single patient; the deep model is closed afterwards. */
    public static CasePrediction predict(ModelBundle bundle, Volume ct, Mask tumour, Map<String, Double> entered) {
        try (CasePredictor p = open(bundle)) {
            p.checkEntered(entered);
            return p.predict(p.measure(ct, tumour, Progress.NONE), entered);
        }
    }

    public ModelBundle bundle() {
        return bundle;
    }

    /**
     * Opens the bundle's deep model now (a second or so the first time in a JVM) rather than in the first
     * {@link #measure}, so that the workstation can prepare it while the radiologist outlines the tumour.
     */
    public synchronized void prepare() {
        if (bundle.deepModelDir() != null && deepModel == null) {
            deepModel = DeepModels.load(bundle.deepModelDir());
        }
    }

    /**
     * Step 1: the features, signature scores and measured size of the tumour.
     *
     * @throws BadInputException when the mask is empty or the bundle cannot compute its features
     */
    public synchronized CaseMeasurement measure(Volume ct, Mask tumour, Progress progress) {
        if (tumour.isEmpty()) {
            throw new BadInputException(null, "the tumour mask is empty; check the mask and the ROI");
        }
        progress.checkCancelled();
        Map<String, Double> features = features(ct, tumour, progress.slice(0, 0.95));
        progress.report("measuring the tumour", 0.95);
        double[] spacing = ct.geometry().spacing();
        CaseMeasurement m = measurement(features, TumourSize.maxDiameterCm(tumour), TumourSize.volumeMl(tumour),
                List.of(spacing[0], spacing[1], spacing[2]));
        progress.report("measured", 1);
        return m;
    }

    /**
     * Step 1 from features already extracted with the bundle's settings and deep model (a cohort's feature table,
     * {@code cohort validate}): every signature's score, in the bundle's order.
     *
     * @param measuredSizeCm the mask's maximum 3D diameter, NaN when not measured (then a model that measures the
     *                       size from the ROI needs the entered clinical size)
     * @throws BadInputException when a signature's feature is missing or not finite
     */
    public CaseMeasurement measurement(Map<String, Double> extracted, double measuredSizeCm, double volumeMl,
            List<Double> spacingMm) {
        Map<String, Double> features = new LinkedHashMap<>(extracted);
        Map<String, Double> scores = Signature.scoreAll(manifest.signatures(), features);
        // a later signature may combine earlier ones (a DLR score from the rad and dl scores): kept as features too
        scores.forEach(features::putIfAbsent);
        return new CaseMeasurement(manifest.name(), manifest.version(), bundle.manifestSha256(), features, scores,
                measuredSizeCm, volumeMl, spacingMm);
    }

    /**
     * Step 2: the prediction from a measurement and the entered values. Pure: the same inputs give the same result.
     *
     * @param entered predictor id → value as entered (categorical: the level code); may hold {@value #TUMOUR_SIZE}
     *                for the size check even when the model does not use it
     * @throws MissingInputsException when an entered predictor has no value
     * @throws BadInputException      when a value is invalid, the measurement belongs to another bundle, or the
     *                                bundle cannot compute a needed value
     */
    public CasePrediction predict(CaseMeasurement m, Map<String, Double> entered) {
        if (!m.manifestSha256().equals(bundle.manifestSha256())) {
            throw new BadInputException(null, "this measurement was made with model " + m.bundleName() + " "
                    + m.bundleVersion() + ", not with " + manifest.name() + " " + manifest.version()
                    + "; measure the tumour again with this model");
        }
        List<Finding> warnings = checkEntered(entered);
        // the model's own caveat, for every patient: an effect against the direction the study expects
        List<String> notes = new ArrayList<>(manifest.directionNotes(DirectionConflict.COMBINED));
        Map<String, Double> inputs = new LinkedHashMap<>();
        for (PredictorSpecification p : predictor.predictors()) {
            inputs.put(p.id(), switch (p.source()) {
                case ENTERED -> entered.get(p.id());
                case MODEL_SCORE -> modelScore(p, m.signatureScores());
                case MEASURED_FROM_ROI -> clinicalSizeInstead(p, entered) ? entered.get(TUMOUR_SIZE)
                        : measuredFromRoi(p, m);
            });
            if (p.source() == Source.MEASURED_FROM_ROI && clinicalSizeInstead(p, entered)) {
                notes.add(String.format(Locale.ROOT, "the entered clinical tumour size %s cm is used instead of the"
                        + " mask's maximum 3D diameter %.1f cm", org.tacerisk.common.DisplayNumbers.exact(
                        entered.get(TUMOUR_SIZE)), m.measuredSizeCm()));
            }
        }
        BundlePrediction prediction = predictor.predict(inputs);
        sizeCheck(entered.get(TUMOUR_SIZE), m.measuredSizeCm(), warnings, notes);
        // schema 1.1 bundles may record the training images' spacing; 1.0 bundles never do
        SpacingCheck.check(manifest.trainingImages(), m.spacing(), warnings, notes);
        List<Finding> all = new ArrayList<>(prediction.warnings());
        all.addAll(warnings);
        return new CasePrediction(prediction, inputs, m.signatureScores(), m.measuredSizeCm(), all, notes);
    }

    /** Closes the deep model, if one was opened (the bundle stays open). */
    @Override
    public synchronized void close() {
        if (deepModel != null) {
            deepModel.close();
            deepModel = null;
        }
    }

    private static void sizeCheck(Double size, double measured, List<Finding> warnings, List<String> notes) {
        if (size != null && Double.isFinite(measured)) {
            double diff = Math.abs(measured - size);
            if (diff > SIZE_RELATIVE * size && diff > SIZE_ABSOLUTE_CM) {
                warnings.add(Finding.warning("SIZE_DISAGREES", String.format(Locale.ROOT, "the entered tumour size"
                        + " %.1f cm differs from the mask's maximum 3D diameter %.1f cm by more than 20 %% and 1 cm",
                        size, measured), "check the entered size, the mask and the ROI").about(TUMOUR_SIZE));
            }
        } else if (size == null) {
            notes.add("no " + TUMOUR_SIZE + " entered: the size check was skipped");
        }
    }

    /**
     * Refuses values that must not be entered and missing ones, before any work: a caller checks the form with it
     * before step 1. Returns warnings of values the model does not use.
     *
     * @throws MissingInputsException naming every entered predictor without a value
     */
    public List<Finding> checkEntered(Map<String, Double> entered) {
        List<Finding> warnings = new ArrayList<>();
        List<PredictorSpecification> missing = new ArrayList<>();
        for (PredictorSpecification p : predictor.predictors()) {
            if (p.source() == Source.ENTERED && !entered.containsKey(p.id())) {
                missing.add(p);
            }
        }
        for (String id : entered.keySet()) {
            PredictorSpecification p = manifest.predictor(id);
            boolean used = predictor.predictors().stream().anyMatch(u -> u.id().equals(id));
            if (p != null && used && p.source() != Source.ENTERED && !clinicalSizeInstead(p, entered)) {
                throw new BadInputException(null, p.label() + " (" + id + ") is " + (p.source() == Source.MODEL_SCORE
                        ? "computed from the image" : "measured from the ROI") + "; do not enter it");
            }
            if (!used && !id.equals(TUMOUR_SIZE)) {
                warnings.add(Finding.warning("UNUSED_INPUT", "\"" + id + "\" is not a predictor of model "
                        + manifest.name() + " " + manifest.version() + "; the value was ignored",
                        "check the name for a typo").about(id));
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingInputsException(manifest.name() + " " + manifest.version(), missing,
                    missing.stream().map(CasePredictor::describe).toList());
        }
        return warnings;
    }

    /**
     * True when the model measures the tumour size from the ROI but a clinical size was entered: the radiologist's
     * measurement replaces the mask's diameter (e.g. an outline that misses part of the tumour), and the size check
     * still compares the two.
     */
    private static boolean clinicalSizeInstead(PredictorSpecification p, Map<String, Double> entered) {
        return p.source() == Source.MEASURED_FROM_ROI && p.id().equals(TUMOUR_SIZE)
                && entered.containsKey(TUMOUR_SIZE);
    }

    private static String describe(PredictorSpecification p) {
        StringBuilder sb = new StringBuilder(p.id()).append(" = ").append(p.label());
        if (!p.unit().isEmpty()) {
            sb.append(" in ").append(p.unit());
        }
        if (p.categorical()) {
            sb.append(", one of ").append(p.levels().stream().map(l -> l.value() + " (" + l.label() + ")").toList());
        } else {
            sb.append(", training range ").append(p.trainingMin()).append(" to ").append(p.trainingMax());
        }
        return sb.append(" (").append(p.help()).append(")").toString();
    }

    private Map<String, Double> features(Volume ct, Mask tumour, Progress progress) {
        if (bundle.radiomicsSettings() == null) {
            if (manifest.signatures().isEmpty()) {
                return Map.of();
            }
            throw new BadInputException(bundle.source(), "the bundle has signatures but no radiomics settings, so"
                    + " the features cannot be extracted as in training; re-create the bundle with its settings");
        }
        if (bundle.deepModelDir() != null && deepModel == null) {
            progress.report("loading the deep model", 0);
            deepModel = DeepModels.load(bundle.deepModelDir());
        }
        progress.report("extracting features", 0.05);
        return CaseFeatureExtraction.extract(ct, tumour, bundle.radiomicsSettings(), deepModel,
                progress.slice(0.05, 1));
    }

    private double modelScore(PredictorSpecification p, Map<String, Double> scores) {
        for (Signature s : manifest.signatures()) {
            if (p.id().equals(s.predictor())) {
                return scores.get(s.name());
            }
        }
        throw new BadInputException(null, "model " + manifest.name() + ": no signature feeds the model score "
                + p.id());
    }

    private static double measuredFromRoi(PredictorSpecification p, CaseMeasurement m) {
        Double v = m.features().get(p.id());
        if (v != null) {
            return v;
        }
        if (p.id().equals(TUMOUR_SIZE)) {
            return m.measuredSizeCm();
        }
        throw new BadInputException(null, p.label() + " (" + p.id() + ") is to be measured from the ROI, but it"
                + " is neither an extracted feature nor " + TUMOUR_SIZE);
    }
}
