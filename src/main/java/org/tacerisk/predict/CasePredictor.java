package org.tacerisk.predict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tacerisk.cohort.CaseFeatureExtraction;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Finding;
import org.tacerisk.deep.DeepModel;
import org.tacerisk.deep.DeepModels;
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

/**
 * One patient through a model bundle (docs/predict.md), the code path of {@code tacerisk predict} and of the
 * workstation: the tumour's features with the bundle's radiomics settings and deep model, under the training
 * table's column names ({@link CaseFeatureExtraction}); every signature's score; the combined model's predictors
 * (model_score from their signature, measured_from_roi from the mask, entered from the user); then
 * {@link BundlePredictor#predict}. Case warnings: the measured size disagreeing with the entered
 * {@value #TUMOUR_SIZE}, entered values the model does not use, and image spacing far from the training images'
 * ({@link SpacingCheck}).
 */
public final class CasePredictor {

    /** The entered clinical tumour size (cm) that the mask's maximum 3D diameter is compared with. */
    public static final String TUMOUR_SIZE = PredictorSpecification.TUMOUR_SIZE_ID;
    /** Sizes disagree when they differ by more than this fraction of the entered size ... */
    static final double SIZE_RELATIVE = 0.20;
    /** ... and by more than this (cm), so voxelisation of a small tumour does not raise a warning. */
    static final double SIZE_ABSOLUTE_CM = 1.0;

    private CasePredictor() {
    }

    /**
     * @param entered predictor id → value as entered (categorical: the level code); may hold
     *                {@value #TUMOUR_SIZE} for the size check even when the model does not use it
     * @throws BadInputException when an entered predictor is missing (the message lists every one needed, with unit
     *                           and help), a value is invalid, or the bundle cannot compute a needed value
     */
    public static CasePrediction predict(ModelBundle bundle, Volume ct, Mask tumour, Map<String, Double> entered) {
        BundleManifest m = bundle.manifest();
        BundlePredictor predictor = bundle.predictor();
        List<Finding> warnings = new ArrayList<>();
        // the model's own caveat, for every patient: an effect against the direction the study expects
        List<String> notes = new ArrayList<>(m.directionNotes(DirectionConflict.COMBINED));
        checkEntered(m, predictor, entered, warnings);
        if (tumour.isEmpty()) {
            throw new BadInputException(null, "the tumour mask is empty; check the mask and the ROI name");
        }
        Map<String, Double> features = new LinkedHashMap<>(features(bundle, ct, tumour));
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Signature s : m.signatures()) {
            double score = s.score(features);
            scores.put(s.name(), score);
            // a later signature may combine earlier ones (a DLR score from the rad and dl scores)
            features.putIfAbsent(s.name(), score);
        }
        double measured = TumourSize.maxDiameterCm(tumour);
        Map<String, Double> inputs = new LinkedHashMap<>();
        for (PredictorSpecification p : predictor.predictors()) {
            inputs.put(p.id(), switch (p.source()) {
                case ENTERED -> entered.get(p.id());
                case MODEL_SCORE -> modelScore(m, p, scores);
                case MEASURED_FROM_ROI -> measuredFromRoi(p, features, measured);
            });
        }
        BundlePrediction prediction = predictor.predict(inputs);
        Double size = entered.get(TUMOUR_SIZE);
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
        // schema 1.1 bundles may record the training images' spacing; 1.0 bundles never do
        SpacingCheck.check(m.trainingImages(), ct.geometry().spacing(), warnings, notes);
        List<Finding> all = new ArrayList<>(prediction.warnings());
        all.addAll(warnings);
        return new CasePrediction(prediction, inputs, scores, measured, all, notes);
    }

    private static void checkEntered(BundleManifest m, BundlePredictor predictor, Map<String, Double> entered,
            List<Finding> warnings) {
        List<String> missing = new ArrayList<>();
        for (PredictorSpecification p : predictor.predictors()) {
            if (p.source() == Source.ENTERED && !entered.containsKey(p.id())) {
                missing.add(describe(p));
            }
        }
        for (String id : entered.keySet()) {
            PredictorSpecification p = m.predictor(id);
            boolean used = predictor.predictors().stream().anyMatch(u -> u.id().equals(id));
            if (p != null && used && p.source() != Source.ENTERED) {
                throw new BadInputException(null, p.label() + " (" + id + ") is " + (p.source() == Source.MODEL_SCORE
                        ? "computed from the image" : "measured from the ROI") + "; do not enter it");
            }
            if (!used && !id.equals(TUMOUR_SIZE)) {
                warnings.add(Finding.warning("UNUSED_INPUT", "\"" + id + "\" is not a predictor of model " + m.name()
                        + " " + m.version() + "; the value was ignored", "check the name for a typo").about(id));
            }
        }
        if (!missing.isEmpty()) {
            throw new BadInputException(null, "model " + m.name() + " " + m.version() + " needs "
                    + (missing.size() == 1 ? "this value" : "these values") + " (give them as --clinical"
                    + " id=value,...): " + String.join("; ", missing));
        }
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

    private static Map<String, Double> features(ModelBundle bundle, Volume ct, Mask tumour) {
        if (bundle.radiomicsSettings() == null) {
            if (bundle.manifest().signatures().isEmpty()) {
                return Map.of();
            }
            throw new BadInputException(bundle.source(), "the bundle has signatures but no radiomics settings, so"
                    + " the features cannot be extracted as in training; re-create the bundle with its settings");
        }
        if (bundle.deepModelDir() == null) {
            return CaseFeatureExtraction.extract(ct, tumour, bundle.radiomicsSettings(), null);
        }
        try (DeepModel model = DeepModels.load(bundle.deepModelDir())) {
            return CaseFeatureExtraction.extract(ct, tumour, bundle.radiomicsSettings(), model);
        }
    }

    private static double modelScore(BundleManifest m, PredictorSpecification p, Map<String, Double> scores) {
        for (Signature s : m.signatures()) {
            if (p.id().equals(s.predictor())) {
                return scores.get(s.name());
            }
        }
        throw new BadInputException(null, "model " + m.name() + ": no signature feeds the model score " + p.id());
    }

    private static double measuredFromRoi(PredictorSpecification p, Map<String, Double> features, double sizeCm) {
        Double v = features.get(p.id());
        if (v != null) {
            return v;
        }
        if (p.id().equals(TUMOUR_SIZE)) {
            return sizeCm;
        }
        throw new BadInputException(null, p.label() + " (" + p.id() + ") is to be measured from the ROI, but it"
                + " is neither an extracted feature nor " + TUMOUR_SIZE);
    }
}
