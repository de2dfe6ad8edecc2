package org.tacerisk.cohort.training;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
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
    private static final Set<String> TOP = Set.of("screening", "correlation", "lasso", "deep", "clinical",
            "risk_groups", "synthetic", "name", "version", "validation", "icc", "predictors", "intended_use",
            "not_intended_use", "cohorts");

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
        return new TrainingConfig("mann_whitney", 0.05, 0.9, 10, 1, "lambda_1se", CvMeasure.DEVIANCE, "lasso", 0.05,
                List.of(), List.of(), Map.of(), Double.NaN, false, "TACE-Risk combined model", "0.1.0", 200, 1, null,
                0.75, REFIT_PROCEDURE, Map.of(), DEFAULT_INTENDED_USE, DEFAULT_NOT_INTENDED_USE, Map.of());
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
        return new TrainingConfig(screening, screeningP, correlation, folds, seed, lambdaRule, measure, dlSignature,
                clinicalP, clinicalColumns, clinicalForce, transforms, riskCutoff, value, modelName, modelVersion,
                bootstrap, bootstrapSeed, iccFeatures, iccThreshold, bootstrapRefit, predictors, intendedUse,
                notIntendedUse, cohorts);
    }

    /** These settings with B bootstrap resamples (0: no bootstrap validation). */
    public TrainingConfig withBootstrap(int resamples) {
        return new TrainingConfig(screening, screeningP, correlation, folds, seed, lambdaRule, measure, dlSignature,
                clinicalP, clinicalColumns, clinicalForce, transforms, riskCutoff, synthetic, modelName, modelVersion,
                resamples, bootstrapSeed, iccFeatures, iccThreshold, bootstrapRefit, predictors, intendedUse,
                notIntendedUse, cohorts);
    }

    /** These settings with the bootstrap refitting {@code refit} ({@link #REFIT_PROCEDURE} or final_model). */
    public TrainingConfig withBootstrapRefit(String refit) {
        return new TrainingConfig(screening, screeningP, correlation, folds, seed, lambdaRule, measure, dlSignature,
                clinicalP, clinicalColumns, clinicalForce, transforms, riskCutoff, synthetic, modelName, modelVersion,
                bootstrap, bootstrapSeed, iccFeatures, iccThreshold, refit, predictors, intendedUse,
                notIntendedUse, cohorts);
    }

    /** These settings with the ICC filter on the repeat-segmentation CSV {@code features} (null: no filter). */
    public TrainingConfig withIcc(String features, double threshold) {
        return new TrainingConfig(screening, screeningP, correlation, folds, seed, lambdaRule, measure, dlSignature,
                clinicalP, clinicalColumns, clinicalForce, transforms, riskCutoff, synthetic, modelName, modelVersion,
                bootstrap, bootstrapSeed, features, threshold, bootstrapRefit, predictors, intendedUse,
                notIntendedUse, cohorts);
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
        ObjectMapper mapper = JsonMapper.builder(new YAMLFactory())
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
        JsonNode root;
        try {
            root = mapper.readTree(yaml);
        } catch (IOException e) {
            throw new BadInputException(source, "the training settings are not valid YAML: " + e.getMessage(), e);
        }
        TrainingConfig d = defaults();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return d;
        }
        try {
            keys(root, "", TOP);
            JsonNode s = section(root, "screening", Set.of("method", "p"));
            JsonNode c = section(root, "correlation", Set.of("threshold"));
            JsonNode l = section(root, "lasso", Set.of("folds", "seed", "lambda", "measure"));
            JsonNode dp = section(root, "deep", Set.of("signature"));
            JsonNode cl = section(root, "clinical", Set.of("p", "columns", "force", "transforms"));
            JsonNode r = section(root, "risk_groups", Set.of("cutoff"));
            JsonNode v = section(root, "validation", Set.of("bootstrap", "seed", "refit"));
            JsonNode icc = section(root, "icc", Set.of("features", "threshold"));
            String iccPath = icc.has("features") ? icc.get("features").asText() : null;
            if (iccPath != null && source != null && source.toAbsolutePath().getParent() != null) {
                iccPath = source.toAbsolutePath().getParent().resolve(iccPath).normalize().toString();
            }
            List<String> columns = new ArrayList<>();
            cl.path("columns").forEach(n -> columns.add(n.asText()));
            List<String> force = new ArrayList<>();
            cl.path("force").forEach(n -> force.add(n.asText()));
            Map<String, String> transforms = new LinkedHashMap<>();
            cl.path("transforms").fields().forEachRemaining(e -> transforms.put(e.getKey(), e.getValue().asText()));
            return new TrainingConfig(s.path("method").asText(d.screening), number(s, "p", "screening", d.screeningP),
                    number(c, "threshold", "correlation", d.correlation), whole(l, "folds", "lasso", d.folds),
                    whole(l, "seed", "lasso", d.seed), l.path("lambda").asText(d.lambdaRule),
                    l.has("measure") ? CvMeasure.fromRName(l.get("measure").asText()) : d.measure,
                    dp.path("signature").asText(d.dlSignature), number(cl, "p", "clinical", d.clinicalP), columns,
                    force, transforms, cutoff(r), flag(root, "synthetic", false), root.path("name").asText(d.modelName),
                    root.path("version").asText(d.modelVersion), whole(v, "bootstrap", "validation", d.bootstrap),
                    whole(v, "seed", "validation", d.bootstrapSeed), iccPath,
                    number(icc, "threshold", "icc", d.iccThreshold),
                    v.path("refit").asText(d.bootstrapRefit), predictors(root.path("predictors")),
                    root.path("intended_use").asText(d.intendedUse),
                    root.path("not_intended_use").asText(d.notIntendedUse), cohorts(root.path("cohorts")));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source, "training settings: " + e.getMessage(), e);
        }
    }

    private static Map<String, PredictorDisplay> predictors(JsonNode node) {
        Map<String, PredictorDisplay> out = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("predictors must be a mapping from column name to its settings");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String prefix = "predictors." + e.getKey();
            JsonNode p = e.getValue();
            if (!p.isObject()) {
                throw new IllegalArgumentException(prefix + " must be a mapping (label, unit, help, allowed_min,"
                        + " allowed_max, type, source, expected_direction)");
            }
            keys(p, prefix + ".", PredictorDisplay.KEYS);
            try {
                out.put(e.getKey(), new PredictorDisplay(text(p, "label"), text(p, "unit"), text(p, "help"),
                        number(p, "allowed_min", prefix), number(p, "allowed_max", prefix), text(p, "type"),
                        text(p, "source"), text(p, "expected_direction")));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(prefix + ": " + ex.getMessage(), ex);
            }
        }
        return out;
    }

    private static Map<String, CohortDescription> cohorts(JsonNode node) {
        Map<String, CohortDescription> out = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("cohorts must be a mapping from cohort name to centres, dates and"
                    + " description");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String prefix = "cohorts." + e.getKey();
            JsonNode c = e.getValue();
            if (!c.isObject()) {
                throw new IllegalArgumentException(prefix + " must be a mapping (centres, dates, description)");
            }
            keys(c, prefix + ".", CohortDescription.KEYS);
            List<String> centres = new ArrayList<>();
            JsonNode cs = c.path("centres");
            if (cs.isArray()) {
                cs.forEach(n -> centres.add(n.asText()));
            } else if (!cs.isMissingNode()) {
                centres.add(cs.asText());
            }
            out.put(e.getKey(), new CohortDescription(centres, text(c, "dates"), text(c, "description")));
        }
        return out;
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.path(key);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    private static double number(JsonNode node, String key, String prefix) {
        JsonNode v = node.path(key);
        if (v.isMissingNode() || v.isNull()) {
            return Double.NaN;
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException(prefix + "." + key + " must be a number, not \"" + v.asText() + "\"");
        }
        return v.asDouble();
    }

    /**
     * A number setting, strictly: YAML's {@code 0.05} is a number, while "0.05f", "1e" or "abc" are text that
     * Jackson's {@code asDouble} would silently turn into 0.05 or the default.
     */
    private static double number(JsonNode section, String key, String prefix, double fallback) {
        double v = number(section, key, prefix);
        return Double.isNaN(v) ? fallback : v;
    }

    /** A whole-number setting (folds, seeds, resamples), strictly: 10 is one, 10.5 and "10f" are not. */
    private static long whole(JsonNode section, String key, String prefix, long fallback) {
        JsonNode v = section.path(key);
        if (v.isMissingNode() || v.isNull()) {
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new IllegalArgumentException(prefix + "." + key + " must be a whole number, not \"" + v.asText()
                    + "\"");
        }
        return v.asLong();
    }

    private static int whole(JsonNode section, String key, String prefix, int fallback) {
        long v = whole(section, key, prefix, (long) fallback);
        if (v != (int) v) {
            throw new IllegalArgumentException(prefix + "." + key + " is too large: " + v);
        }
        return (int) v;
    }

    private static boolean flag(JsonNode node, String key, boolean fallback) {
        JsonNode v = node.path(key);
        if (v.isMissingNode() || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw new IllegalArgumentException(key + " must be true or false, not \"" + v.asText() + "\"");
        }
        return v.asBoolean();
    }

    /** {@code risk_groups.cutoff}: "youden" (NaN here) or a probability written as a number. */
    private static double cutoff(JsonNode riskGroups) {
        JsonNode v = riskGroups.path("cutoff");
        if (v.isMissingNode() || v.isNull() || (v.isTextual() && v.asText().equals("youden"))) {
            return Double.NaN;
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException("risk_groups.cutoff must be youden or a probability, not \""
                    + v.asText() + "\"");
        }
        return v.asDouble();
    }

    private static JsonNode section(JsonNode root, String name, Set<String> allowed) {
        JsonNode n = root.path(name);
        if (!n.isMissingNode()) {
            if (!n.isObject()) {
                throw new IllegalArgumentException(name + " must be a mapping");
            }
            keys(n, name + ".", allowed);
        }
        return n;
    }

    private static void keys(JsonNode node, String prefix, Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException("unknown key \"" + prefix + k + "\"; allowed: "
                        + new java.util.TreeSet<>(allowed));
            }
        }
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
}
