package org.tacerisk.stats;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Finding;

/**
 * The model file written by {@code tacerisk stats fit --out} and read by {@code predict} and {@code nomogram}: the
 * fit summary (the {@code stats fit --json} contract: {@code coefficients}, {@code null_deviance},
 * {@code residual_deviance}, {@code aic}, {@code iterations}, {@code covariance}, {@code n}, {@code events}) and a
 * {@code model} block with what prediction needs: predictors with their transforms, factor levels, term names and
 * training ranges/distinct values (the nomogram axes), and the training linear-predictor range.
 * Non-finite numbers (an infinite profile limit) are written as null. Doubles round-trip exactly.
 */
public final class ModelFile {

    public static final String FORMAT = "tacerisk-logistic-model-1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ModelFile() {
    }

    /** The fit summary of the command-line contract, plus glm's logLik, df and iteration counts. */
    public static Map<String, Object> summary(LogisticModel model) {
        LogisticFit f = model.fit();
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> coefs = new ArrayList<>();
        for (int j = 0; j < f.terms(); j++) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", f.termNames().get(j));
            c.put("estimate", finite(f.estimate(j)));
            c.put("se", finite(f.standardError(j)));
            c.put("z", finite(f.z(j)));
            c.put("p", finite(f.p(j)));
            c.put("odds_ratio", finite(f.oddsRatio(j)));
            c.put("or_ci_low", finite(f.oddsRatioWaldLow(j)));
            c.put("or_ci_high", finite(f.oddsRatioWaldHigh(j)));
            c.put("profile_ci_low", finite(model.profile().get(j).oddsRatioLower()));
            c.put("profile_ci_high", finite(model.profile().get(j).oddsRatioUpper()));
            coefs.add(c);
        }
        root.put("coefficients", coefs);
        root.put("null_deviance", f.nullDeviance());
        root.put("residual_deviance", f.deviance());
        root.put("aic", f.aic());
        root.put("iterations", f.iterations());
        root.put("covariance", f.covariance());
        root.put("n", f.n());
        root.put("events", f.events());
        root.put("loglik", f.logLik());
        root.put("df_null", f.dfNull());
        root.put("df_residual", f.dfResidual());
        root.put("r_glm_iterations", f.rGlmIterations());
        root.put("r_glm_iterations_tight", f.rGlmIterationsTight());
        root.put("n_dropped_missing", model.droppedMissing());
        root.put("findings", f.findings().stream().map(x -> {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("severity", x.severity().name());
            fm.put("code", x.code());
            fm.put("message", x.message());
            fm.put("advice", x.advice());
            return fm;
        }).toList());
        return root;
    }

    /** The whole model file content: {@link #summary} plus the {@code model} block. */
    public static Map<String, Object> toJson(LogisticModel model) {
        Map<String, Object> root = summary(model);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("outcome", model.outcome());
        m.put("where", model.selection());
        List<Object> predictors = new ArrayList<>();
        for (PredictorCoding c : model.codings()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("spec", c.spec().label());
            p.put("column", c.spec().column());
            p.put("transform", c.spec().transform().name().toLowerCase(java.util.Locale.ROOT));
            p.put("cut_points", c.spec().cutPoints());
            p.put("reference", c.levels().isEmpty() ? null : c.levels().get(0));
            p.put("levels", c.levels());
            p.put("terms", c.termNames());
            p.put("min", finite(c.min()));
            p.put("max", finite(c.max()));
            p.put("distinct_values", c.distinctValues());
            predictors.add(p);
        }
        m.put("predictors", predictors);
        m.put("terms", model.termNames());
        m.put("linear_predictor_range", List.of(model.lpMin(), model.lpMax()));
        root.put("model", m);
        return root;
    }

    public static void write(Path file, LogisticModel model) throws IOException {
        String json = MAPPER.writeValueAsString(toJson(model));
        AtomicFiles.writeString(file, json + "\n");
    }

    /** Reads a model file back into a model that predicts exactly as the fitted one. */
    public static LogisticModel read(Path file) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadInputException(file, "not a JSON model file: " + e.getOriginalMessage());
        }
        JsonNode m = root.path("model");
        if (!FORMAT.equals(m.path("format").asText())) {
            throw new BadInputException(file, "not a TACE-Risk logistic model file (expected model.format \""
                    + FORMAT + "\"); give a model that stats fit saved");
        }
        List<PredictorCoding> codings = new ArrayList<>();
        for (JsonNode p : m.path("predictors")) {
            PredictorSpec spec = PredictorSpec.parse(p.path("spec").asText());
            List<String> levels = new ArrayList<>();
            p.path("levels").forEach(l -> levels.add(l.asText()));
            List<Double> distinct = new ArrayList<>();
            p.path("distinct_values").forEach(v -> distinct.add(v.asDouble()));
            codings.add(new PredictorCoding(spec, levels, number(p.path("min")), number(p.path("max")), distinct));
        }
        List<String> terms = new ArrayList<>();
        m.path("terms").forEach(t -> terms.add(t.asText()));
        JsonNode coefs = root.path("coefficients");
        int k = terms.size();
        double[] beta = new double[k];
        double[][] cov = new double[k][k];
        List<ProfileLikelihoodInterval> profile = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            JsonNode c = coefs.path(j);
            beta[j] = number(c.path("estimate"));
            profile.add(new ProfileLikelihoodInterval(terms.get(j), Math.log(number(c.path("profile_ci_low"))),
                    Math.log(number(c.path("profile_ci_high")))));
            for (int l = 0; l < k; l++) {
                cov[j][l] = number(root.path("covariance").path(j).path(l));
            }
        }
        LogisticFit fit = new LogisticFit(terms, beta, cov, number(root.path("residual_deviance")),
                number(root.path("null_deviance")), root.path("n").asInt(), root.path("events").asInt(),
                root.path("iterations").asInt(), root.path("r_glm_iterations").asInt(),
                root.path("r_glm_iterations_tight").asInt(), new double[0], List.<Finding>of());
        List<String> where = new ArrayList<>();
        m.path("where").forEach(w -> where.add(w.asText()));
        JsonNode range = m.path("linear_predictor_range");
        LogisticModel model = new LogisticModel(m.path("outcome").asText(), where, codings, fit, profile,
                number(range.path(0)), number(range.path(1)), root.path("n_dropped_missing").asInt());
        List<String> expected = new ArrayList<>();
        expected.add(ModelFrame.INTERCEPT);
        codings.forEach(c -> expected.addAll(c.termNames()));
        if (!expected.equals(terms) || Double.isNaN(beta[0])) {
            throw new BadInputException(file, "the model file is inconsistent: its predictors make terms " + expected
                    + " but it lists " + terms);
        }
        return model;
    }

    private static Object finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static double number(JsonNode n) {
        if (n.isNull()) {
            return Double.NaN;
        }
        if (!n.isNumber()) {
            return Double.NaN;
        }
        return n.asDouble();
    }
}
