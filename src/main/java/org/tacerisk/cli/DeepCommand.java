package org.tacerisk.cli;

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
}
