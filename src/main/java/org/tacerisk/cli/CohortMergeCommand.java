package org.tacerisk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tacerisk.cohort.CohortMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacerisk cohort merge --out ALL.csv [--manifest M.csv] PART.csv...}. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Join the feature tables of `cohort extract --shard` runs into one.",
            "Parts must have the same columns; a patient may be in one part only. Rows follow the manifest when"
                + " --manifest is given, else patient_id order. The parts' .errors.csv files are merged too."})
final class CohortMergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "ALL.csv", description = "Merged table to write.")
    Path out;

    @Option(names = "--manifest", paramLabel = "M.csv", description = "Manifest giving the row order.")
    Path manifest;

    @Parameters(arity = "1..*", paramLabel = "PART.csv", description = "Tables written by cohort extract.")
    List<Path> parts;

    @Override
    public Integer call() throws Exception {
        CohortMerge.Result r = CohortMerge.merge(parts, manifest, out);
        var err = spec.commandLine().getErr();
        r.emptyParts().forEach(p -> err.println("note: " + p + " holds no rows (an empty shard); skipped"));
        err.printf("%d patients from %d parts written to %s%n", r.rows(), r.parts(), r.out());
        err.flush();
        return ExitCodes.OK;
    }
}
