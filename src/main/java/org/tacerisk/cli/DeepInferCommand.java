package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tacerisk.deep.CropPlacement;
import org.tacerisk.deep.DeepEngine;
import org.tacerisk.deep.DeepInference;
import org.tacerisk.deep.DeepModel;
import org.tacerisk.deep.DeepModels;
import org.tacerisk.dicom.CaseInputs;
import org.tacerisk.image.Mask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacerisk deep infer --model DIR --image PATH --mask PATH [--roi NAME] [--json]}. */
@Command(name = "infer", mixinStandardHelpOptions = true,
        description = "Probability and deep features of a tumour from a model folder (model.json + network):"
                + " image a DICOM folder or NIfTI, mask a NIfTI, RTSTRUCT (+ --roi) or DICOM SEG.")
final class DeepInferCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "Model folder (docs/deep-models.md).")
    Path model;

    @Mixin
    CaseInputOptions input;

    @Option(names = "--json", description = "Print probability, features and timings as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        DeepEngine.Status engine = DeepCommand.startEngine(err);
        if (engine == null) {
            return ExitCodes.INTERNAL_ERROR;
        }
        CaseInputOptions.Case tumourCase = input.read(err);
        CaseInputs.Image img = tumourCase.image();
        Mask tumour = tumourCase.mask();
        long start = System.nanoTime();
        try (DeepModel loaded = DeepModels.load(model)) {
            long modelLoad = (System.nanoTime() - start) / 1_000_000;
            DeepInference.Result result = StderrProgress.run(err, "nothing was written",
                    progress -> DeepInference.infer(loaded, img.volume(), tumour, progress));
            Map<String, Object> root = toJson(loaded, result, engine.loadMillis(), modelLoad);
            err.flush();
            if (json) {
                JsonOutput.print(spec.commandLine().getOut(), root);
            } else {
                PrintWriter out = spec.commandLine().getOut();
                out.printf("probability %.4f (model %s, %d features; crop %d ms, inference %d ms)%n",
                        result.output().probability(), loaded.name(), result.output().features().length,
                        result.cropNanos() / 1_000_000, result.inferenceNanos() / 1_000_000);
                out.flush();
            }
        }
        return ExitCodes.OK;
    }

    static Map<String, Object> toJson(DeepModel model, DeepInference.Result result, long engineMillis,
            long modelMillis) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("probability", result.output().probability());
        root.put("features_length", result.output().features().length);
        root.put("features", result.output().features());
        Map<String, Object> timing = new LinkedHashMap<>();
        timing.put("engine_load", engineMillis);
        timing.put("model_load", modelMillis);
        timing.put("crop", result.cropNanos() / 1e6);
        timing.put("inference", result.inferenceNanos() / 1e6);
        root.put("timing_ms", timing);
        root.put("model", model.name());
        CropPlacement p = result.crop().placement();
        Map<String, Object> crop = new LinkedHashMap<>();
        crop.put("centre_slice", p.centreSlice());
        crop.put("origin_ij", new double[] {p.originI(), p.originJ()});
        crop.put("step_ij", new double[] {p.stepI(), p.stepJ()});
        crop.put("input_shape", new int[] {1, model.inputSpec().channels(), model.inputSpec().size(),
            model.inputSpec().size()});
        root.put("crop", crop);
        return root;
    }
}
