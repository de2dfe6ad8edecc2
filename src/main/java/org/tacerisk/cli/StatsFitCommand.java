package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tacerisk.common.Finding;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.LogisticFit;
import org.tacerisk.stats.LogisticModel;
import org.tacerisk.stats.ModelFile;
import org.tacerisk.stats.PredictorSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacerisk stats fit}: a logistic regression model (as R's glm), optionally saved for predict/nomogram. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = {"Fit a logistic regression model (maximum likelihood, as R's glm with family = binomial).",
            "Rows with a missing outcome or predictor are left out (and counted)."})
final class StatsFitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE.csv", description = "CSV with a header line.")
    Path data;

    @Option(names = "--outcome", required = true, paramLabel = "COL", description = "0/1 outcome column.")
    String outcome;

    @Option(names = "--predictors", required = true, paramLabel = "LIST",
            description = {"Comma-separated predictors: col, log10(col), factor(col[, ref=level]),",
                "cut(col, c1, c2, ...). Example: dlr_score,tumor_size_cm,nodules,log10(afp_ng_ml)"})
    String predictors;

    @Mixin
    RowFilter rows;

    @Option(names = "--out", paramLabel = "MODEL.json", description = "Save the model for stats predict/nomogram.")
    Path out;

    @Option(names = "--json", description = "Print the fit as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<PredictorSpec> specs = PredictorSpec.parseList(predictors);
        DataTable table = DataTable.read(data);
        LogisticModel model = LogisticModel.fit(table, outcome, specs, rows.conditions());
        PrintWriter err = spec.commandLine().getErr();
        for (Finding f : model.fit().findings()) {
            err.println(f.describe());
        }
        err.flush();
        if (out != null) {
            ModelFile.write(out, model);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(stdout, ModelFile.summary(model));
        } else {
            printHuman(model, stdout);
        }
        return ExitCodes.OK;
    }

    private static void printHuman(LogisticModel model, PrintWriter out) {
        LogisticFit f = model.fit();
        out.printf(Locale.ROOT, "Logistic regression of %s: n = %d, events = %d%n", model.outcome(), f.n(), f.events());
        out.printf(Locale.ROOT, "%-24s %12s %10s %8s %10s %10s %20s %20s%n", "term", "estimate", "se", "z", "p", "OR",
                "OR 95% CI (Wald)", "OR 95% CI (profile)");
        for (int j = 0; j < f.terms(); j++) {
            out.printf(Locale.ROOT, "%-24s %12.6f %10.6f %8.3f %10.4g %10.4g %9.4g-%-10.4g %9.4g-%-10.4g%n",
                    f.termNames().get(j), f.estimate(j), f.standardError(j), f.z(j), f.p(j), f.oddsRatio(j),
                    f.oddsRatioWaldLow(j), f.oddsRatioWaldHigh(j), model.profile().get(j).oddsRatioLower(),
                    model.profile().get(j).oddsRatioUpper());
        }
        out.printf(Locale.ROOT, "Null deviance %.4f on %d df; residual deviance %.4f on %d df; AIC %.4f%n",
                f.nullDeviance(), f.dfNull(), f.deviance(), f.dfResidual(), f.aic());
        out.printf(Locale.ROOT, "Newton-Raphson iterations: %d (R glm with default control would report %d)%n",
                f.iterations(), f.rGlmIterations());
        out.flush();
    }
}
