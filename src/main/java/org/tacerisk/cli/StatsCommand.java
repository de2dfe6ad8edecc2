package org.tacerisk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tacerisk stats ...}: clinical prediction-model statistics (verified against R). */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Logistic models, LASSO, discrimination, calibration, decision curves and nomograms.",
        subcommands = {StatsFitCommand.class, StatsPredictCommand.class, StatsEvaluateCommand.class,
            StatsLassoCommand.class, StatsNomogramCommand.class, StatsValidateCommand.class})
final class StatsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a subcommand (see --help)");
    }
}
