package org.tacerisk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Root command; each subcommand is a thin shell over one core capability. */
@Command(name = "tacerisk", mixinStandardHelpOptions = true, versionProvider = TaceRiskCommand.Version.class,
        description = {"TACE-Risk: distant-metastasis risk of hepatocellular carcinoma after TACE.",
            "Runs fully offline. Exit codes: 0 ok, 1 internal error, 2 usage error, 3 bad input."},
        subcommands = {DicomCommand.class, RadiomicsCommand.class, FilterCommand.class, StatsCommand.class,
            IbsiCommand.class, DeepCommand.class, CohortCommand.class, BundleCommand.class, SynthCommand.class,
            DemoCommand.class, PredictCommand.class,
            CommandLine.HelpCommand.class})
public final class TaceRiskCommand implements Runnable {

    /** {@code --version}: the build's version, as bundles record it. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"TACE-Risk " + org.tacerisk.common.SoftwareVersion.current()};
        }
    }

    @Override
    public void run() {
        // The workstation GUI will open here; until it exists, show what the CLI can do.
        new CommandLine(this).usage(System.err);
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line: usage errors exit 2, bad input 3, anything else 1 ({@link ErrorReport}). */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new TaceRiskCommand());
        cli.setExitCodeExceptionMapper(ErrorReport::exitCodeFor);
        cli.setExecutionExceptionHandler(ErrorReport::execution);
        cli.setParameterExceptionHandler(ErrorReport::usage);
        cli.setExecutionStrategy(new OutputOptionCheck(new CommandLine.RunLast()));
        return cli;
    }
}
