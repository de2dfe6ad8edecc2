package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tacerisk.common.Finding;
import org.tacerisk.stats.BootstrapCalibration;
import org.tacerisk.stats.BootstrapValidation;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.LogisticFit;
import org.tacerisk.stats.LogisticModel;
import org.tacerisk.stats.LogisticRegression;
import org.tacerisk.stats.ModelFile;
import org.tacerisk.stats.ModelFrame;
import org.tacerisk.stats.PredictorCoding;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tacerisk stats validate}: bootstrap internal validation of a saved logistic model's specification, as
 * {@code rms::validate(fit, B)} and {@code rms::calibrate(fit, B)} (method = "boot") compute it.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Bootstrap internal validation (rms::validate and rms::calibrate, method = \"boot\"): the model"
                + " in MODEL.json is refitted to the rows and to B resamples of them; reports apparent,"
                + " optimism and optimism-corrected Dxy, R2, calibration intercept/slope, Emax, D, U, Q, Brier, g, gp"
                + " and C, and the overfitting-corrected calibration curve.",
            "Resamples cannot be R's (own seeded generator). Resamples are refitted with lrm.fit's stopping rule"
                + " (separated ones keep their finite coefficients, as in rms); only refits lrm.fit fails are"
                + " skipped and counted."})
final class StatsValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "MODEL.json", description = "Written by stats fit --out.")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "FILE.csv", description = "CSV with a header line.")
    Path data;

    @Mixin
    RowFilter rows;

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "200",
            description = "Bootstrap resamples (default ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Resampling seed (default 1).")
    long seed;

    @Mixin
    JsonResultOptions output;
    @Override
    public Integer call() throws Exception {
        if (bootstrap < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bootstrap must be at least 1");
        }
        LogisticModel saved = ModelFile.read(model);
        // Without --where: the rows the model was fitted to (its own selection).
        DataTable selected = rows.apply(DataTable.read(data), saved.selection());
        ModelFrame frame = ModelFrame.build(selected, saved.outcome(),
                saved.codings().stream().map(PredictorCoding::spec).toList());
        LogisticFit refit = LogisticRegression.fit(frame);
        PrintWriter err = spec.commandLine().getErr();
        for (Finding f : refit.findings()) {
            err.println(f.describe());
        }
        if (!sameCoefficients(refit.estimates(), saved.fit().estimates())) {
            err.println("warning: the model refitted to these rows has other coefficients than " + model
                    + " (are these the rows it was fitted to?); validating the refitted model");
        }
        err.flush();
        BootstrapValidation validation = BootstrapValidation.of(frame, bootstrap, seed);
        BootstrapCalibration calibration = BootstrapCalibration.of(frame, bootstrap, seed);
        output.emit(json(frame, validation, calibration), stdout -> printHuman(stdout, frame, validation,
                calibration));
        return ExitCodes.OK;
    }

    private static boolean sameCoefficients(double[] a, double[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int j = 0; j < a.length; j++) {
            if (!(Math.abs(a[j] - b[j]) <= 1e-6 * Math.max(1, Math.abs(b[j])))) {
                return false;
            }
        }
        return true;
    }

    static Map<String, Object> json(ModelFrame frame, BootstrapValidation v, BootstrapCalibration c) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("n", frame.y().length);
        root.put("bootstrap", v.resamples());
        root.put("seed", v.seed());
        root.put("failed_resamples", v.failed());
        List<Object> rows = new ArrayList<>();
        for (BootstrapValidation.Index i : v.indexes()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("index", i.name());
            row.put("index_orig", finite(i.indexOrig()));
            row.put("training", finite(i.training()));
            row.put("test", finite(i.test()));
            row.put("optimism", finite(i.optimism()));
            row.put("index_corrected", finite(i.indexCorrected()));
            row.put("n", i.n());
            rows.add(row);
        }
        root.put("validate", rows);
        Map<String, Object> cal = new LinkedHashMap<>();
        cal.put("predy", finite(c.predy()));
        cal.put("calibrated_orig", finite(c.calibratedOrig()));
        cal.put("calibrated_corrected", finite(c.calibratedCorrected()));
        cal.put("n", c.n());
        cal.put("mean_absolute_error", finite(c.summary().meanAbsoluteError()));
        cal.put("mean_squared_error", finite(c.summary().meanSquaredError()));
        cal.put("quantile90_absolute_error", finite(c.summary().quantile90AbsoluteError()));
        cal.put("n_err_na", c.summary().nErrNa());
        root.put("calibrate", cal);
        return root;
    }

    private static Object finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static List<Object> finite(double[] v) {
        List<Object> out = new ArrayList<>();
        for (double d : v) {
            out.add(finite(d));
        }
        return out;
    }

    private static void printHuman(PrintWriter out, ModelFrame frame, BootstrapValidation v, BootstrapCalibration c) {
        out.printf(Locale.ROOT, "Bootstrap validation of %s (n = %d): B = %d, seed %d, %d failed resamples%n",
                frame.outcome(), frame.y().length, v.resamples(), v.seed(), v.failed());
        out.printf(Locale.ROOT, "%-11s %11s %11s %11s %11s %11s %5s%n", "index", "original", "training", "test",
                "optimism", "corrected", "n");
        for (BootstrapValidation.Index i : v.indexes()) {
            out.printf(Locale.ROOT, "%-11s %11.4f %11.4f %11.4f %11.4f %11.4f %5d%n", i.name(), i.indexOrig(),
                    i.training(), i.test(), i.optimism(), i.indexCorrected(), i.n());
        }
        out.printf(Locale.ROOT, "Calibration curve (lowess, 50 points; --json for the curve): mean absolute error"
                + " %.4f, mean squared error %.5f, 0.9 quantile of absolute error %.4f%n",
                c.summary().meanAbsoluteError(), c.summary().meanSquaredError(),
                c.summary().quantile90AbsoluteError());
        out.flush();
    }
}
