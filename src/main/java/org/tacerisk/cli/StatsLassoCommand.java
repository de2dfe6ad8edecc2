package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tacerisk.common.BadInputException;
import org.tacerisk.stats.CompleteCases;
import org.tacerisk.stats.CvMeasure;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.LassoCrossValidation;
import org.tacerisk.stats.LassoCvResult;
import org.tacerisk.stats.LassoOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tacerisk stats lasso}: the cross-validated binomial LASSO of R's
 * {@code cv.glmnet(x, y, family = "binomial", foldid = ..., type.measure = ...)} with glmnet's defaults.
 * Rows with a missing outcome, fold id or predictor are left out and counted on stderr ({@link CompleteCases}, as
 * {@code stats fit} and {@code stats evaluate}).
 */
@Command(name = "lasso", mixinStandardHelpOptions = true,
        description = {"Cross-validated LASSO logistic regression (glmnet-compatible: standardised predictors,"
                + " default lambda path, user-given folds).",
            "Rows with a missing outcome, fold id or predictor value are left out and counted on stderr."})
final class StatsLassoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE.csv", description = "CSV with a header line.")
    Path data;

    @Option(names = "--outcome", required = true, paramLabel = "COL", description = "0/1 outcome column.")
    String outcome;

    @Option(names = "--predictors", required = true, split = ",", paramLabel = "COL",
            description = "Predictor columns, comma separated.")
    List<String> predictors;

    @Option(names = "--foldid", required = true, paramLabel = "COL",
            description = "Column with each row's cross-validation fold (integers; at least 3 folds).")
    String foldid;

    @Option(names = "--measure", defaultValue = "deviance", paramLabel = "deviance|auc",
            description = "CV measure (cv.glmnet's type.measure); default ${DEFAULT-VALUE}.")
    String measure;

    @Mixin
    RowFilter rows;

    @Mixin
    JsonResultOptions output;
    @Override
    public Integer call() throws Exception {
        CvMeasure cvMeasure = parseMeasure();
        DataTable table = DataTable.read(data);
        PrintWriter err = spec.commandLine().getErr();
        table = rows.apply(table);
        List<String> needed = new ArrayList<>(predictors);
        needed.add(foldid);
        CompleteCases cases = CompleteCases.of(table, outcome, needed);
        cases.findings().forEach(f -> err.println(f.describe()));
        double[] y = cases.outcomes();
        int[] folds = foldIds(cases);
        double[][] x = new double[predictors.size()][];
        for (int j = 0; j < x.length; j++) {
            x[j] = cases.values(predictors.get(j));
        }
        LassoCvResult result;
        try {
            LassoCrossValidation cv = LassoCrossValidation.run(x, y, folds, predictors,
                    LassoOptions.glmnetDefaults());
            result = cv.summarise(cvMeasure);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(data, e.getMessage());
        }
        result.path().warning().ifPresent(w -> err.println("warning: " + w));
        err.flush();
        output.emit(toJson(result, y.length, cases.leftOut()), stdout -> printHuman(result, stdout));
        return ExitCodes.OK;
    }

    static Map<String, Object> toJson(LassoCvResult r, int used, int leftOut) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lambda", r.lambda());
        m.put("cvm", r.cvm());
        m.put("cvsd", r.cvsd());
        m.put("lambda_min", r.lambdaMin());
        m.put("lambda_1se", r.lambda1se());
        m.put("coef_min", r.coefMin().asMap());
        m.put("coef_1se", r.coef1se().asMap());
        m.put("measure", r.measure().rName());
        m.put("step_min", r.stepMin());
        m.put("step_1se", r.step1se());
        m.put("n", used);
        m.put("n_left_out_missing", leftOut);
        return m;
    }

    private CvMeasure parseMeasure() {
        try {
            return CvMeasure.fromRName(measure);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--measure: " + e.getMessage());
        }
    }

    private int[] foldIds(CompleteCases cases) {
        double[] f = cases.values(foldid);
        int[] rowsUsed = cases.rows();
        int[] ids = new int[f.length];
        for (int i = 0; i < f.length; i++) {
            if (f[i] != Math.rint(f[i]) || Math.abs(f[i]) > Integer.MAX_VALUE) {
                throw new BadInputException(data, "row " + (rowsUsed[i] + 1) + ": fold id \"" + foldid
                        + "\" must be an integer, got " + f[i]);
            }
            ids[i] = (int) f[i];
        }
        return ids;
    }

    private void printHuman(LassoCvResult r, PrintWriter o) {
        o.printf("LASSO logistic, %d-fold CV (%s), %d lambda values%n", r.folds(), r.measure().rName(),
                r.lambda().length);
        o.printf("lambda.min = %.6g (step %d, cvm %.6g)%n", r.lambdaMin(), r.stepMin(), r.cvm()[r.stepMin() - 1]);
        o.printf("lambda.1se = %.6g (step %d, cvm %.6g)%n", r.lambda1se(), r.step1se(), r.cvm()[r.step1se() - 1]);
        o.printf("%-24s %14s %14s%n", "term", "lambda.min", "lambda.1se");
        Map<String, Double> min = r.coefMin().asMap();
        Map<String, Double> se = r.coef1se().asMap();
        for (String term : min.keySet()) {
            o.printf("%-24s %14s %14s%n", term, format(min.get(term)), format(se.get(term)));
        }
        o.flush();
    }

    private static String format(double v) {
        return v == 0 ? "." : String.format("%.6g", v);
    }
}
