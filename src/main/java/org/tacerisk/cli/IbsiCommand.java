package org.tacerisk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.radiomics.ibsi.ComplianceReport;
import org.tacerisk.radiomics.ibsi.IbsiCompliance;
import org.tacerisk.radiomics.ibsi.KnownDeviations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacerisk ibsi report}: recomputes the IBSI-1 reference data sets and writes docs/ibsi-compliance.md. */
@Command(name = "ibsi", mixinStandardHelpOptions = true,
        description = "Check the radiomics engine against IBSI-1's reference values.",
        subcommands = {IbsiCommand.Report.class})
final class IbsiCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "choose a subcommand: report");
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Extract the digital phantom and CT configurations A-C with docs/ibsi/*.yaml and write"
                    + " the pass counts per family and data set.")
    static final class Report implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--shared", paramLabel = "DIR", description = "Folder with data/ibsi and reference/ibsi1"
                + " (default: ../shared).")
        Path shared = Path.of("..", "shared");

        @Option(names = "--settings-dir", paramLabel = "DIR", description = "IBSI settings files (default:"
                + " docs/ibsi).")
        Path settingsDir = Path.of("docs", "ibsi");

        @Option(names = "--out", paramLabel = "FILE.md", description = "Where to write the report (default:"
                + " docs/ibsi-compliance.md).")
        Path out = Path.of("docs", "ibsi-compliance.md");

        @Override
        public Integer call() throws Exception {
            List<ComplianceReport.Outcome> outcomes = IbsiCompliance.run(
                    new IbsiCompliance.Sources(shared, settingsDir));
            KnownDeviations deviations = KnownDeviations.read(settingsDir.resolve("known-deviations.csv"));
            String markdown = ComplianceReport.markdown(outcomes, "tacerisk ibsi report", deviations);
            AtomicFiles.writeString(out, markdown);
            long pass = outcomes.stream().filter(ComplianceReport.Outcome::passes).count();
            long checkable = outcomes.stream().filter(ComplianceReport.Outcome::checkable).count();
            spec.commandLine().getErr().printf("%d of %d IBSI reference values pass; wrote %s%n", pass, checkable,
                    out);
            spec.commandLine().getErr().flush();
            return ExitCodes.OK;
        }
    }
}
