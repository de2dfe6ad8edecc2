package org.tacerisk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tacerisk cohort ...}: whole cohorts from a manifest (docs/cohort.md). */
@Command(name = "cohort", mixinStandardHelpOptions = true,
        description = "Work on a whole cohort listed in a manifest CSV: feature extraction (resumable, shardable)"
                + " and merging of shard outputs (docs/cohort.md).",
        // one line, so that further subcommands (e.g. train) are a one-word change
        subcommands = {CohortExtractCommand.class, CohortMergeCommand.class, CohortTrainCommand.class,
            CohortValidateCommand.class})
final class CohortCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a subcommand (see --help)");
    }
}
