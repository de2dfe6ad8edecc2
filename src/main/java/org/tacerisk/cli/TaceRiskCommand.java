package org.tacerisk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Root command; each subcommand is a thin shell over one core capability. */
@Command(name = "tacerisk", mixinStandardHelpOptions = true, versionProvider = TaceRiskCommand.Version.class,
        description = {"TACE-Risk: distant-metastasis risk of hepatocellular carcinoma after TACE.",
            "Without a command it opens the workstation. Runs fully offline. Exit codes: 0 ok, 1 internal error, 2"
                + " usage error, 3 bad input, 130 cancelled."},
        subcommands = {DicomCommand.class, RadiomicsCommand.class, FilterCommand.class, StatsCommand.class,
            IbsiCommand.class, DeepCommand.class, CohortCommand.class, BundleCommand.class, SynthCommand.class,
            DemoCommand.class, PredictCommand.class, GuiCommand.class, ReportCommand.class, SelfTestCommand.class,
            AuditCommand.class,
            CommandLine.HelpCommand.class})
public final class TaceRiskCommand implements Callable<Integer> {

    /** {@code --version}: the build's version, as bundles record it. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"TACE-Risk " + org.tacerisk.common.SoftwareVersion.current()};
        }
    }

    @Spec
    CommandSpec spec;

    /** Without a command: the workstation (as {@code tacerisk gui}). */
    @Override
    public Integer call() {
        return GuiCommand.open(spec, org.tacerisk.app.WorkstationOptions.none());
    }

    public static int execute(String... args) {
        if (args.length == 0 || "gui".equals(args[0])) {
            // the workstation starts without building every subcommand's model first (about 0.3 s of the 2.5 s
            // start budget); the same command, options, help and exit codes as 'tacerisk gui'
            CommandLine gui = configure(new CommandLine(new GuiCommand()));
            gui.setCommandName("tacerisk gui");
            return gui.execute(java.util.Arrays.copyOfRange(args, Math.min(1, args.length), args.length));
        }
        return commandLine().execute(args);
    }

    /** The configured command line: usage errors exit 2, bad input 3, anything else 1 ({@link ErrorReport}). */
    public static CommandLine commandLine() {
        return configure(new CommandLine(new TaceRiskCommand()));
    }

    private static CommandLine configure(CommandLine cli) {
        cli.setExitCodeExceptionMapper(ErrorReport::exitCodeFor);
        cli.setExecutionExceptionHandler(ErrorReport::execution);
        cli.setParameterExceptionHandler(ErrorReport::usage);
        cli.setExecutionStrategy(new OutputOptionCheck(new CommandLine.RunLast()));
        return cli;
    }
}
