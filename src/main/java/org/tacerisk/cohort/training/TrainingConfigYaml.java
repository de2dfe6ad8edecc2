package org.tacerisk.cohort.training;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tacerisk.common.BadInputException;
import org.tacerisk.stats.CvMeasure;

/**
 * Reads {@link TrainingConfig} from the settings YAML (docs/cohort-train.md): snake_case keys, every key optional
 * (a missing one keeps its default), unknown keys refused, numbers and flags read strictly.
 */
final class TrainingConfigYaml {

    private static final Set<String> TOP = Set.of("screening", "correlation", "lasso", "deep", "clinical",
            "risk_groups", "synthetic", "name", "version", "validation", "icc", "predictors", "intended_use",
            "not_intended_use", "cohorts");

    private TrainingConfigYaml() {
    }

    /** Parses the YAML text; {@code source} names the file in errors (may be null). */
    static TrainingConfig parse(String yaml, Path source) {
        ObjectMapper mapper = JsonMapper.builder(new YAMLFactory())
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
        JsonNode root;
        try {
            root = mapper.readTree(yaml);
        } catch (IOException e) {
            throw new BadInputException(source, "the training settings are not valid YAML: " + e.getMessage(), e);
        }
        TrainingConfig d = TrainingConfig.defaults();
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
            return d.toBuilder()
                    .screening(s.path("method").asText(d.screening()))
                    .screeningP(number(s, "p", "screening", d.screeningP()))
                    .correlation(number(c, "threshold", "correlation", d.correlation()))
                    .folds(whole(l, "folds", "lasso", d.folds()))
                    .seed(whole(l, "seed", "lasso", d.seed()))
                    .lambdaRule(l.path("lambda").asText(d.lambdaRule()))
                    .measure(l.has("measure") ? CvMeasure.fromRName(l.get("measure").asText()) : d.measure())
                    .dlSignature(dp.path("signature").asText(d.dlSignature()))
                    .clinicalP(number(cl, "p", "clinical", d.clinicalP()))
                    .clinicalColumns(columns)
                    .clinicalForce(force)
                    .transforms(transforms)
                    .riskCutoff(cutoff(r))
                    .synthetic(flag(root, "synthetic", d.synthetic()))
                    .modelName(root.path("name").asText(d.modelName()))
                    .modelVersion(root.path("version").asText(d.modelVersion()))
                    .bootstrap(whole(v, "bootstrap", "validation", d.bootstrap()))
                    .bootstrapSeed(whole(v, "seed", "validation", d.bootstrapSeed()))
                    .iccFeatures(iccPath)
                    .iccThreshold(number(icc, "threshold", "icc", d.iccThreshold()))
                    .bootstrapRefit(v.path("refit").asText(d.bootstrapRefit()))
                    .predictors(predictors(root.path("predictors")))
                    .intendedUse(root.path("intended_use").asText(d.intendedUse()))
                    .notIntendedUse(root.path("not_intended_use").asText(d.notIntendedUse()))
                    .cohorts(cohorts(root.path("cohorts")))
                    .build();
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
}
