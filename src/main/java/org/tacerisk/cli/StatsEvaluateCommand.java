package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tacerisk.common.BadInputException;
import org.tacerisk.stats.CompleteCases;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.EvaluationJson;
import org.tacerisk.stats.ModelEvaluation;
import org.tacerisk.stats.ThresholdGrid;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tacerisk stats evaluate}: discrimination, calibration and decision curve of predicted risks in a CSV, as
 * pROC, rms::val.prob, ResourceSelection::hoslem.test and dcurves compute them (see {@link ModelEvaluation}).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Evaluate predicted risks against a 0/1 outcome: AUC with DeLong 95%% CI, Youden threshold,"
                + " rms::val.prob statistics, Hosmer-Lemeshow (g = 10) and the decision curve;"
                + " optionally a paired DeLong test against a second model and bootstrap intervals.",
            "Rows with a missing outcome or prediction are left out and counted on stderr."})
final class StatsEvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE.csv", description = "CSV with a header line.")
    Path data;

    @Option(names = "--outcome", required = true, paramLabel = "COL", description = "Outcome column (0/1).")
    String outcome;

    @Option(names = "--prediction", required = true, paramLabel = "COL",
            description = "Predicted-risk column (probabilities strictly between 0 and 1).")
    String prediction;

    @Option(names = "--compare", paramLabel = "COL",
            description = "A second model's predictions on the same rows: paired DeLong test of the two AUCs.")
    String compare;

    @Option(names = "--thresholds", paramLabel = "FROM:TO:STEP", defaultValue = "0.01:0.99:0.01",
            description = "Decision-curve thresholds (default ${DEFAULT-VALUE}; each the double nearest k·STEP).")
    String thresholds;

    @Mixin
    RowFilter rows;

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "0",
            description = "Bootstrap resamples for percentile CIs of the AUC and net benefit (default 0: none).")
    int bootstrap;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Bootstrap seed (default 1).")
    long seed;

    @Mixin
    JsonResultOptions output;

    @Override
    public Integer call() throws Exception {
        double[] grid = parseThresholds();
        if (bootstrap < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bootstrap must be 0 or more");
        }
        DataTable table = DataTable.read(data);
        table = rows.apply(table);
        CompleteCases cases = CompleteCases.of(table, outcome, compare == null ? List.of(prediction)
                : List.of(prediction, compare));
        PrintWriter err = spec.commandLine().getErr();
        cases.findings().forEach(f -> err.println(f.describe()));
        err.flush();
        ModelEvaluation result;
        try {
            result = ModelEvaluation.evaluate(cases.outcomes(), cases.values(prediction),
                    compare == null ? null : cases.values(compare), new ModelEvaluation.Options(grid, bootstrap, seed));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(data, e.getMessage() + " (outcome \"" + outcome + "\", prediction \""
                    + prediction + "\"" + rows.describe() + ")", e);
        }
        output.emit(EvaluationJson.of(result, cases.leftOut()), stdout -> printHuman(stdout, result));
        return ExitCodes.OK;
    }

    private double[] parseThresholds() {
        try {
            return ThresholdGrid.parse(thresholds);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--thresholds: " + e.getMessage());
        }
    }

    private static void printHuman(PrintWriter out, ModelEvaluation r) {
        out.printf(Locale.ROOT, "n = %d, events = %d%n", r.n(), r.events());
        out.printf(Locale.ROOT, "AUC %.4f (DeLong 95%% CI %.4f-%.4f)%n", r.auc().auc(), r.auc().ciLower(),
                r.auc().ciUpper());
        if (r.aucBootstrap() != null) {
            out.printf(Locale.ROOT, "AUC bootstrap 95%% CI %.4f-%.4f (%d resamples)%n", r.aucBootstrap().lower()[0],
                    r.aucBootstrap().upper()[0], r.aucBootstrap().valid()[0]);
        }
        out.printf(Locale.ROOT, "Youden threshold %.5f: sensitivity %.3f, specificity %.3f%n",
                r.youden().threshold(), r.youden().sensitivity(), r.youden().specificity());
        out.printf(Locale.ROOT, "Calibration: intercept %.4f, slope %.4f, Brier %.4f, Emax %.4f, Eavg %.4f%n",
                r.valProb().intercept(), r.valProb().slope(), r.valProb().brier(), r.valProb().emax(),
                r.valProb().eavg());
        out.printf(Locale.ROOT, "Hosmer-Lemeshow chi2 %.4f on %d df, p = %.4f%n", r.hosmerLemeshow().statistic(),
                r.hosmerLemeshow().df(), r.hosmerLemeshow().p());
        if (r.comparison() != null) {
            out.printf(Locale.ROOT, "DeLong paired test: AUC %.4f vs %.4f, z = %.4f, p = %.4f%n",
                    r.comparison().auc1(), r.comparison().auc2(), r.comparison().z(), r.comparison().p());
        }
        out.println("Decision curve: use --json for the net benefit at every threshold.");
        out.flush();
    }
}
