package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tacerisk.dicom.CaseInputs;
import org.tacerisk.radiomics.FeatureTable;
import org.tacerisk.radiomics.FeatureValue;
import org.tacerisk.radiomics.ProcessingDiagnostics;
import org.tacerisk.radiomics.RadiomicsExtractor;
import org.tacerisk.radiomics.RadiomicsResult;
import org.tacerisk.radiomics.RadiomicsSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tacerisk radiomics --image PATH --mask PATH [--roi NAME] --settings FILE [--out FILE.csv] [--json]}. */
@Command(name = "radiomics", mixinStandardHelpOptions = true, subcommands = RadiomicsCompareCommand.class,
        modelTransformer = RadiomicsCommand.RequiredUnlessCompare.class,
        description = "Compute IBSI-1 radiomics features of a tumour: image a DICOM folder or NIfTI, mask a NIfTI,"
                + " RTSTRUCT (+ --roi) or DICOM SEG.")
final class RadiomicsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CaseInputOptions input;

    @Option(names = "--settings", required = true, paramLabel = "FILE",
            description = "Radiomics settings (YAML, see docs/radiomics-settings.md; IBSI configurations in"
                    + " docs/ibsi/).")
    Path settingsFile;

    @Mixin
    PyRadiomicsSettingsOptions settingsFormat;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the features as CSV.")
    Path out;

    @Option(names = "--json", description = "Print features and diagnostics as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (input.image == null || input.mask == null || settingsFile == null) {
            throw new ParameterException(spec.commandLine(), "Missing required options: '--image=PATH', '--mask=PATH',"
                    + " '--settings=FILE' (or the subcommand: radiomics compare OURS PYRADIOMICS)");
        }
        RadiomicsSettings settings = settingsFormat.read(settingsFile, err);
        long[] start = new long[1];
        RadiomicsResult result = StderrProgress.run(err, "nothing was written", progress -> {
            CaseInputOptions.Case tumourCase = input.read(err, progress.slice(0, 0.2));
            CaseInputs.ImageAndMask onGrid = new CaseInputs.ImageAndMask(tumourCase.image().volume(),
                    tumourCase.mask());
            if (settings.pyradiomicsConventions()) {
                onGrid = CaseInputs.asSimpleItkReads(input.image, onGrid.volume(), onGrid.mask(),
                        settings.pyRadiomicsWaveletSinglePrecision());
                onGrid.findings().forEach(f -> err.println(f.describe()
                        + (f.code().equals(CaseInputs.WAVELET_PRECISION) ? " (here: --float32-image)" : "")));
            }
            start[0] = System.nanoTime();
            return RadiomicsExtractor.extract(onGrid.volume(), onGrid.mask(), settings, progress.slice(0.2, 1));
        });
        err.printf("%d feature values in %d ms%n", result.features().size(), (System.nanoTime() - start[0]) / 1_000_000);
        err.flush();
        if (out != null) {
            FeatureTable.writeCsv(result.features(), out);
        }
        if (json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("conventions", settings.conventions().key());
            json.putAll(toJson(result));
            JsonOutput.print(spec.commandLine().getOut(), json);
        } else if (out == null) {
            spec.commandLine().getOut().print(FeatureTable.toCsv(result.features()));
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }

    /**
     * Picocli checks a parent command's required options even when a subcommand is given, so {@code radiomics
     * compare A B} would ask for --image; they are checked in {@link #call()} instead.
     */
    static final class RequiredUnlessCompare implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            for (String name : List.of("--image", "--mask", "--settings")) {
                OptionSpec option = spec.findOption(name);
                if (option != null && option.required()) {
                    spec.remove(option);
                    spec.addOption(option.toBuilder().required(false).build());
                }
            }
            return spec;
        }
    }

    static Map<String, Object> toJson(RadiomicsResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Map<String, Object>> features = result.features().stream().map(RadiomicsCommand::featureJson).toList();
        root.put("features", features);
        ProcessingDiagnostics d = result.diagnostics();
        Map<String, Object> diagnostics = new LinkedHashMap<>();
        diagnostics.put("original_grid", d.originalGrid().toString());
        diagnostics.put("original_spacing_mm", d.originalSpacing());
        diagnostics.put("interpolation_grid", d.interpolationGrid().toString());
        diagnostics.put("processed_grid", d.processedGrid().toString());
        diagnostics.put("processed_spacing_mm", d.processedSpacing());
        diagnostics.put("input_mask", d.original());
        diagnostics.put("morphological_mask", d.interpolated());
        diagnostics.put("after_range_resegmentation", d.afterRange());
        diagnostics.put("intensity_mask", d.afterOutliers());
        diagnostics.put("outlier_bounds", d.outlierLower() == null ? null
                : new double[] {d.outlierLower(), d.outlierUpper()});
        diagnostics.put("discretisation_lower_bound", d.discretisationLower());
        diagnostics.put("grey_levels", d.greyLevelCount());
        root.put("diagnostics", diagnostics);
        return root;
    }

    private static Map<String, Object> featureJson(FeatureValue f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("image_type", f.imageType());
        m.put("family", f.family().csvName());
        m.put("feature", f.feature());
        m.put("ibsi_code", f.ibsiCode());
        m.put("aggregation_code", f.aggregationCode());
        m.put("variant", f.variant());
        m.put("pyradiomics_name", f.pyradiomicsName());
        m.put("value", Double.isNaN(f.value()) ? null : f.value());
        m.put("undefined_reason", f.undefinedReason());
        return m;
    }
}
