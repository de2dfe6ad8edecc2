package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tacerisk.deep.DeepEngine;
import org.tacerisk.deep.DeepModel;
import org.tacerisk.deep.DeepModels;
import org.tacerisk.deep.OcclusionSaliency;
import org.tacerisk.deep.SaliencyMap;
import org.tacerisk.deep.SaliencyRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacerisk deep saliency --model DIR --image PATH --mask PATH [--roi NAME] --out PNG [--json]}. */
@Command(name = "saliency", mixinStandardHelpOptions = true,
        description = "Occlusion saliency of a model on a tumour: which parts of the crop move the probability,"
                + " drawn over the CT slice the crop is centred on (PNG).")
final class DeepSaliencyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "Model folder.")
    Path model;

    @Mixin
    CaseInputOptions input;

    @Option(names = "--out", required = true, paramLabel = "PNG", description = "Overlay image to write.")
    Path out;

    @Option(names = "--patch", paramLabel = "PX", defaultValue = "8",
            description = "Occluding patch side in crop pixels (default ${DEFAULT-VALUE}).")
    int patch;

    @Option(names = "--stride", paramLabel = "PX", defaultValue = "4",
            description = "Step between patches in crop pixels (default ${DEFAULT-VALUE}).")
    int stride;

    @Option(names = "--json", description = "Print probability, slice and peak as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        OcclusionSaliency occlusion;
        try {
            occlusion = new OcclusionSaliency(patch, stride);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        DeepEngine.Status engine = DeepCommand.startEngine(err);
        if (engine == null) {
            return ExitCodes.INTERNAL_ERROR;
        }
        try (DeepModel loaded = DeepModels.load(model)) {
            SaliencyRun.Result run = StderrProgress.run(err, "no PNG was written", progress -> {
                CaseInputOptions.Case tumourCase = input.read(err, progress.slice(0, 0.2));
                return SaliencyRun.run(loaded, tumourCase.image().volume(), tumourCase.mask(), occlusion, out,
                        progress.slice(0.2, 1));
            });
            SaliencyMap map = run.map();
            err.printf("saliency in %d ms%n", run.saliencyMillis());
            err.flush();
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("probability", run.probability());
            root.put("slice", map.slice());
            root.put("peak_ij", map.peak());
            root.put("peak_drop", map.max());
            root.put("png", out.toString());
            root.put("saliency_ms", run.saliencyMillis());
            if (json) {
                JsonOutput.print(spec.commandLine().getOut(), root);
            } else {
                PrintWriter stdout = spec.commandLine().getOut();
                stdout.printf("probability %.4f; saliency on slice %d, peak at voxel (%d, %d) (probability drop"
                        + " %.4f); written to %s%n", run.probability(), map.slice(), map.peak()[0], map.peak()[1],
                        map.max(), out);
                stdout.flush();
            }
        }
        return ExitCodes.OK;
    }
}
