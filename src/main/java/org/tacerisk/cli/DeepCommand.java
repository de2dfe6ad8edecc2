package org.tacerisk.cli;

import java.io.PrintWriter;
import org.tacerisk.deep.DeepEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tacerisk deep ...}: deep learning on the tumour (PyTorch engine, offline). */
@Command(name = "deep", mixinStandardHelpOptions = true,
        description = "Deep-learning models on the tumour crop: inference (TorchScript or trained here), training and"
                + " saliency maps (docs/deep-models.md).",
        subcommands = {DeepInferCommand.class, DeepTrainCommand.class, DeepSaliencyCommand.class})
final class DeepCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a subcommand (see --help)");
    }

    /**
     * Starts the PyTorch engine for a subcommand and says so on stderr; when the native library cannot load, prints
     * why (no stack trace: it is an installation problem, not a bug) and returns null — the caller exits with 1.
     */
    static DeepEngine.Status startEngine(PrintWriter err) {
        try {
            DeepEngine.Status engine = DeepEngine.start();
            err.printf("%s %s engine ready in %d ms (%d intra-op threads)%n", engine.engine(), engine.version(),
                    engine.loadMillis(), engine.intraOpThreads());
            return engine;
        } catch (IllegalStateException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return null;
        }
    }
}
