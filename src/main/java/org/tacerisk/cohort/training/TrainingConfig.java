package org.tacerisk.cohort.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tacerisk.common.OrderedMap;
import org.tacerisk.common.BadInputException;
import org.tacerisk.stats.CvMeasure;

/**
 * The settings of {@code tacerisk cohort train} (docs/cohort-train.md), read from a YAML file with snake_case keys;
 * every key is optional, unknown keys are refused (a misspelt key must not silently fall back to a default), and
 * the effective settings are written into the output ({@link #asMap}). Immutable.
 *
 * @param screening       univariable screening of features on the training cohort: {@code mann_whitney},
 *                        {@code t_test} (Welch) or {@code none}
 * @param screeningP      features with p below this pass the screening
 * @param correlation     of two features with |Pearson r| above this, the less significant one is dropped
 * @param folds           LASSO cross-validation folds (stratified by outcome)
 * @param seed            seed of the fold assignment
 * @param lambdaRule      {@code lambda_1se} or {@code lambda_min}
 * @param measure         cross-validation measure: deviance or auc
 * @param dlSignature     {@code lasso} (LASSO on the deep_* features) or {@code probability} (logit of deep_prob)
 * @param clinicalP       clinical predictors with p below this are kept, univariable then multivariable
 * @param clinicalColumns the candidate clinical columns; empty: every clinical column of the manifest
 * @param clinicalForce   candidates kept in the clinical and combined models whatever their p (reported as
 *                        forced); empty: the selection alone decides
 * @param transforms      per clinical column {@code none} or {@code log10}; a column not listed is log10 when its
 *                        name contains "afp", otherwise none
 * @param riskCutoff      NaN: Youden cut-off of the combined model in training; else a fixed probability
 * @param synthetic       the cohort is synthetic (the bundle is labelled as a demo)
 * @param modelName       the bundle's name
 * @param modelVersion    the bundle's version
 * @param bootstrap       B of the bootstrap validation and calibration of the combined model in training (0: off)
 * @param bootstrapSeed   the seed of those resamples
 * @param iccFeatures     a repeat-segmentation features CSV for the ICC filter, or null (no filter); a relative
 *                        path in a settings file is resolved against the file's folder
 * @param iccThreshold    features with ICC(2,1) below this are dropped before screening
 * @param bootstrapRefit  what each bootstrap resample refits: {@code procedure} (the whole method: screening,
 *                        correlation filter, LASSO of every signature, clinical selection, combined fit) or
 *                        {@code final_model} (the combined model's logistic fit on its selected terms only)
 * @param predictors      per nomogram input (clinical column or {@code dlr_score}) its label, unit, help text and
 *                        allowed range for the bundle ({@link PredictorDisplay}); inputs not listed get defaults
 * @param intendedUse     the bundle's intended use, in words
 * @param notIntendedUse  what the bundle must not be used for
 * @param cohorts         per cohort name (train, test, external) its centres, dates and description for the bundle
 */
public record TrainingConfig(String screening, double screeningP, double correlation, int folds, long seed,
        String lambdaRule, CvMeasure measure, String dlSignature, double clinicalP, List<String> clinicalColumns,
        List<String> clinicalForce, Map<String, String> transforms, double riskCutoff, boolean synthetic,
        String modelName, String modelVersion, int bootstrap, long bootstrapSeed, String iccFeatures,
        double iccThreshold, String bootstrapRefit,
        Map<String, PredictorDisplay> predictors, String intendedUse, String notIntendedUse,
        Map<String, CohortDescription> cohorts) {

    static final String DEFAULT_INTENDED_USE = "Research use: estimate the risk of distant metastasis after TACE for"
            + " hepatocellular carcinoma from the tumour's CT features and clinical values.";
    static final String DEFAULT_NOT_INTENDED_USE = "Clinical decisions; patients outside the training population;"
            + " any use without local validation.";

    /** {@link #bootstrapRefit} values. */
    public static final String REFIT_PROCEDURE = "procedure";
    public static final String REFIT_FINAL_MODEL = "final_model";

    private static final Set<String> SCREENINGS = Set.of("mann_whitney", "t_test", "none");

    public TrainingConfig {
        clinicalColumns = List.copyOf(clinicalColumns);
        clinicalForce = List.copyOf(clinicalForce);
        if (new java.util.HashSet<>(clinicalForce).size() < clinicalForce.size()) {
            throw new IllegalArgumentException("clinical.force lists a column twice: " + clinicalForce);
        }
        transforms = Map.copyOf(transforms);
        predictors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(predictors));
        cohorts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cohorts));
        if (intendedUse == null || intendedUse.isBlank() || notIntendedUse == null || notIntendedUse.isBlank()) {
            throw new IllegalArgumentException("intended_use and not_intended_use must not be empty");
        }
        if (!bootstrapRefit.equals(REFIT_PROCEDURE) && !bootstrapRefit.equals(REFIT_FINAL_MODEL)) {
            throw new IllegalArgumentException("validation.refit must be " + REFIT_PROCEDURE + " or "
                    + REFIT_FINAL_MODEL + ", not " + bootstrapRefit);
        }
        if (!SCREENINGS.contains(screening)) {
            throw new IllegalArgumentException("screening.method must be one of " + SCREENINGS + ", not " + screening);
        }
        if (!(screeningP > 0 && screeningP <= 1) || !(clinicalP > 0 && clinicalP <= 1)) {
            throw new IllegalArgumentException("p thresholds must lie in (0, 1]");
        }
        if (!(correlation > 0 && correlation <= 1)) {
            throw new IllegalArgumentException("correlation.threshold must lie in (0, 1], not " + correlation);
        }
        if (folds < 3) {
            throw new IllegalArgumentException("lasso.folds must be at least 3, not " + folds);
        }
        if (!lambdaRule.equals("lambda_1se") && !lambdaRule.equals("lambda_min")) {
            throw new IllegalArgumentException("lasso.lambda must be lambda_1se or lambda_min, not " + lambdaRule);
        }
        if (!dlSignature.equals("lasso") && !dlSignature.equals("probability")) {
            throw new IllegalArgumentException("deep.signature must be lasso or probability, not " + dlSignature);
        }
        for (Map.Entry<String, String> e : transforms.entrySet()) {
            if (!e.getValue().equals("none") && !e.getValue().equals("log10")) {
                throw new IllegalArgumentException("clinical.transforms." + e.getKey() + " must be none or log10");
            }
        }
        if (!Double.isNaN(riskCutoff) && !(riskCutoff > 0 && riskCutoff < 1)) {
            throw new IllegalArgumentException("risk_groups.cutoff must be youden or a probability in (0, 1)");
        }
        if (bootstrap < 0) {
            throw new IllegalArgumentException("validation.bootstrap must be 0 or more, not " + bootstrap);
        }
        if (!(iccThreshold >= -1 && iccThreshold <= 1)) {
            throw new IllegalArgumentException("icc.threshold must lie in [-1, 1], not " + iccThreshold);
        }
    }

    /**
     * Mann–Whitney p &lt; 0.05, |r| &gt; 0.9, 10 stratified folds (seed 1), λ_1se by deviance, clinical p &lt; 0.05,
     * bootstrap B = 200 (seed 1) refitting the whole procedure, no ICC filter (threshold 0.75 when one is given),
     * default predictor labels.
     */
    public static TrainingConfig defaults() {
        return new Builder().build();
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The transform of a clinical column: the configured one, else log10 when the name contains "afp". */
    public String transformOf(String column) {
        String t = transforms.get(column);
        if (t != null) {
            return t;
        }
        return column.toLowerCase(Locale.ROOT).contains("afp") ? "log10" : "none";
    }

    public TrainingConfig withSynthetic(boolean value) {
        return toBuilder().synthetic(value).build();
    }

    /** These settings with B bootstrap resamples (0: no bootstrap validation). */
    public TrainingConfig withBootstrap(int resamples) {
        return toBuilder().bootstrap(resamples).build();
    }

    /** These settings with the bootstrap refitting {@code refit} ({@link #REFIT_PROCEDURE} or final_model). */
    public TrainingConfig withBootstrapRefit(String refit) {
        return toBuilder().bootstrapRefit(refit).build();
    }

    /** These settings with the ICC filter on the repeat-segmentation CSV {@code features} (null: no filter). */
    public TrainingConfig withIcc(String features, double threshold) {
        return toBuilder().iccFeatures(features).iccThreshold(threshold).build();
    }

    /** The presentation configured for {@code id}, or every default. */
    public PredictorDisplay display(String id) {
        return predictors.getOrDefault(id, PredictorDisplay.none());
    }

    public static TrainingConfig read(Path file) {
        try {
            return parse(Files.readString(file), file);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read the training settings: " + e.getMessage(), e);
        }
    }

    /** Parses the YAML text; {@code source} names the file in errors (may be null). */
    public static TrainingConfig parse(String yaml, Path source) {
        return TrainingConfigYaml.parse(yaml, source);
    }

    /** The effective settings, in the YAML's structure (for evaluation.json and report.md). */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("screening", OrderedMap.of("method", screening, "p", screeningP));
        m.put("correlation", OrderedMap.of("threshold", correlation));
        m.put("lasso", OrderedMap.of("folds", folds, "seed", seed, "lambda", lambdaRule, "measure", measure.rName()));
        m.put("deep", OrderedMap.of("signature", dlSignature));
        m.put("clinical", OrderedMap.of("p", clinicalP, "columns", clinicalColumns, "force", clinicalForce,
                "transforms", transforms));
        m.put("risk_groups", OrderedMap.of("cutoff", Double.isNaN(riskCutoff) ? "youden" : riskCutoff));
        m.put("synthetic", synthetic);
        m.put("name", modelName);
        m.put("version", modelVersion);
        m.put("validation", OrderedMap.of("bootstrap", bootstrap, "seed", bootstrapSeed, "refit", bootstrapRefit));
        if (!predictors.isEmpty()) {
            Map<String, Object> ps = new LinkedHashMap<>();
            predictors.forEach((id, p) -> {
                Map<String, Object> pm = new LinkedHashMap<>();
                putIf(pm, "label", p.label());
                putIf(pm, "unit", p.unit());
                putIf(pm, "help", p.help());
                putIf(pm, "allowed_min", Double.isNaN(p.allowedMin()) ? null : p.allowedMin());
                putIf(pm, "allowed_max", Double.isNaN(p.allowedMax()) ? null : p.allowedMax());
                putIf(pm, "type", p.type());
                putIf(pm, "source", p.source());
                putIf(pm, "expected_direction", p.expectedDirection());
                ps.put(id, pm);
            });
            m.put("predictors", ps);
        }
        m.put("intended_use", intendedUse);
        m.put("not_intended_use", notIntendedUse);
        if (!cohorts.isEmpty()) {
            Map<String, Object> cs = new LinkedHashMap<>();
            cohorts.forEach((name, c) -> {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("centres", c.centres());
                putIf(cm, "dates", c.dates());
                putIf(cm, "description", c.description());
                cs.put(name, cm);
            });
            m.put("cohorts", cs);
        }
        if (iccFeatures != null) {
            m.put("icc", OrderedMap.of("features", String.valueOf(Path.of(iccFeatures).getFileName()), "threshold",
                    iccThreshold));
        }
        return m;
    }

    private static void putIf(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    /**
     * Builds a {@link TrainingConfig} one setting at a time, starting from the defaults ({@link #builder()}) or from
     * other settings ({@link #toBuilder()}); {@link #build()} validates as the constructor does.
     */
    public static final class Builder {
        private String screening = "mann_whitney";
        private double screeningP = 0.05;
        private double correlation = 0.9;
        private int folds = 10;
        private long seed = 1;
        private String lambdaRule = "lambda_1se";
        private CvMeasure measure = CvMeasure.DEVIANCE;
        private String dlSignature = "lasso";
        private double clinicalP = 0.05;
        private List<String> clinicalColumns = List.of();
        private List<String> clinicalForce = List.of();
        private Map<String, String> transforms = Map.of();
        private double riskCutoff = Double.NaN;
        private boolean synthetic;
        private String modelName = "TACE-Risk combined model";
        private String modelVersion = "0.1.0";
        private int bootstrap = 200;
        private long bootstrapSeed = 1;
        private String iccFeatures;
        private double iccThreshold = 0.75;
        private String bootstrapRefit = REFIT_PROCEDURE;
        private Map<String, PredictorDisplay> predictors = Map.of();
        private String intendedUse = DEFAULT_INTENDED_USE;
        private String notIntendedUse = DEFAULT_NOT_INTENDED_USE;
        private Map<String, CohortDescription> cohorts = Map.of();

        private Builder() {
        }

        private Builder(TrainingConfig c) {
            screening = c.screening;
            screeningP = c.screeningP;
            correlation = c.correlation;
            folds = c.folds;
            seed = c.seed;
            lambdaRule = c.lambdaRule;
            measure = c.measure;
            dlSignature = c.dlSignature;
            clinicalP = c.clinicalP;
            clinicalColumns = c.clinicalColumns;
            clinicalForce = c.clinicalForce;
            transforms = c.transforms;
            riskCutoff = c.riskCutoff;
            synthetic = c.synthetic;
            modelName = c.modelName;
            modelVersion = c.modelVersion;
            bootstrap = c.bootstrap;
            bootstrapSeed = c.bootstrapSeed;
            iccFeatures = c.iccFeatures;
            iccThreshold = c.iccThreshold;
            bootstrapRefit = c.bootstrapRefit;
            predictors = c.predictors;
            intendedUse = c.intendedUse;
            notIntendedUse = c.notIntendedUse;
            cohorts = c.cohorts;
        }

        /** The settings; invalid ones are an {@link IllegalArgumentException} naming the setting. */
        public TrainingConfig build() {
            return new TrainingConfig(screening, screeningP, correlation, folds, seed, lambdaRule, measure,
                    dlSignature, clinicalP, clinicalColumns, clinicalForce, transforms, riskCutoff, synthetic,
                    modelName, modelVersion, bootstrap, bootstrapSeed, iccFeatures, iccThreshold, bootstrapRefit,
                    predictors, intendedUse, notIntendedUse, cohorts);
        }

        public Builder screening(String value) {
            screening = value;
            return this;
        }

        public Builder screeningP(double value) {
            screeningP = value;
            return this;
        }

        public Builder correlation(double value) {
            correlation = value;
            return this;
        }

        public Builder folds(int value) {
            folds = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder lambdaRule(String value) {
            lambdaRule = value;
            return this;
        }

        public Builder measure(CvMeasure value) {
            measure = value;
            return this;
        }

        public Builder dlSignature(String value) {
            dlSignature = value;
            return this;
        }

        public Builder clinicalP(double value) {
            clinicalP = value;
            return this;
        }

        public Builder clinicalColumns(List<String> value) {
            clinicalColumns = value;
            return this;
        }

        public Builder clinicalForce(List<String> value) {
            clinicalForce = value;
            return this;
        }

        public Builder transforms(Map<String, String> value) {
            transforms = value;
            return this;
        }

        public Builder riskCutoff(double value) {
            riskCutoff = value;
            return this;
        }

        public Builder synthetic(boolean value) {
            synthetic = value;
            return this;
        }

        public Builder modelName(String value) {
            modelName = value;
            return this;
        }

        public Builder modelVersion(String value) {
            modelVersion = value;
            return this;
        }

        public Builder bootstrap(int value) {
            bootstrap = value;
            return this;
        }

        public Builder bootstrapSeed(long value) {
            bootstrapSeed = value;
            return this;
        }

        public Builder iccFeatures(String value) {
            iccFeatures = value;
            return this;
        }

        public Builder iccThreshold(double value) {
            iccThreshold = value;
            return this;
        }

        public Builder bootstrapRefit(String value) {
            bootstrapRefit = value;
            return this;
        }

        public Builder predictors(Map<String, PredictorDisplay> value) {
            predictors = value;
            return this;
        }

        public Builder intendedUse(String value) {
            intendedUse = value;
            return this;
        }

        public Builder notIntendedUse(String value) {
            notIntendedUse = value;
            return this;
        }

        public Builder cohorts(Map<String, CohortDescription> value) {
            cohorts = value;
            return this;
        }
    }
}
