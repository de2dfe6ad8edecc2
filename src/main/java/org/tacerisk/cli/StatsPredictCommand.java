package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.LogisticModel;
import org.tacerisk.stats.ModelFile;
import org.tacerisk.stats.Prediction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacerisk stats predict}: appends lp, probability and its 95 % CI to each row of a CSV. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"Predict with a saved logistic model.",
            "Appends linear_predictor, probability, prob_ci_low and prob_ci_high (delta method on the logit scale)"
                + " to each row; NA where a predictor is missing."})
final class StatsPredictCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "MODEL.json", description = "Written by stats fit --out.")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "FILE.csv", description = "Rows to predict.")
    Path data;

    @Mixin
    RowFilter rows;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the CSV here instead of stdout.")
    Path out;

    @Override
    public Integer call() throws Exception {
        LogisticModel m = ModelFile.read(model);
        DataTable table = rows.apply(DataTable.read(data));
        Prediction[] predictions = m.predict(table);
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", table.columns())).append(",linear_predictor,probability,prob_ci_low,prob_ci_high\n");
        int missing = 0;
        for (int r = 0; r < table.rowCount(); r++) {
            Prediction p = predictions[r];
            missing += p.missing() ? 1 : 0;
            csv.append(String.join(",", table.row(r))).append(',').append(cell(p.linearPredictor())).append(',')
                    .append(cell(p.probability())).append(',').append(cell(p.probabilityLow())).append(',')
                    .append(cell(p.probabilityHigh())).append('\n');
        }
        if (missing > 0) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("warning: " + missing + " of " + table.rowCount()
                    + " rows have a missing predictor; their predictions are NA");
            err.flush();
        }
        if (out != null) {
            AtomicFiles.writeString(out, csv.toString());
        } else {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(csv);
            stdout.flush();
        }
        return ExitCodes.OK;
    }

    /** Shortest text that reads back as the same double; NA for missing (as R writes it). */
    private static String cell(double v) {
        return Double.isNaN(v) ? "NA" : Double.toString(v);
    }
}
