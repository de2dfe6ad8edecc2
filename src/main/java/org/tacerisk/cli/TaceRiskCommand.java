package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.ChoiceRequiredException;
import org.tacerisk.common.Finding;
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

    /** The configured command line: usage errors exit 2, bad input 3, anything else 1. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new TaceRiskCommand());
        cli.setExitCodeExceptionMapper(TaceRiskCommand::exitCodeFor);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof NoSuchFileException missing) {
                err.println("error: no such file or folder: " + missing.getFile()
                        + " (check the path; relative paths start from " + Path.of("").toAbsolutePath() + ")");
            } else if (ex instanceof ChoiceRequiredException choice) {
                printChoice(err, choice, commandLine);
            } else if (isBadInput(ex)) {
                err.println("error: " + ex.getMessage());
                if (ex instanceof BadInputException bad) {
                    for (Finding f : bad.findings()) {
                        if (!ex.getMessage().contains(f.describe())) {
                            err.println("  " + f.describe());
                        }
                    }
                }
            } else {
                // To the user's terminal only, not to a log: messages may quote paths that name patients.
                err.println("internal error: " + ex + " (please report this, with the command you ran)");
                ex.printStackTrace(err);
            }
            err.flush();
            return exitCodeFor(ex);
        });
        return cli;
    }

    /**
     * The problem, one candidate per line, and the remedy in the words of the command that ran: its option for
     * what must be chosen, when it has one.
     */
    private static void printChoice(PrintWriter err, ChoiceRequiredException choice, CommandLine commandLine) {
        err.println("error: " + (choice.input() == null ? "" : choice.input() + ": ") + choice.problem()
                + (choice.choices().isEmpty() ? "" : ":"));
        choice.choices().forEach(c -> err.println("  " + c.description()));
        String option = switch (choice.subject()) {
            case SERIES -> "--series";
            case STRUCTURE_SET -> "--rtstruct";
            case ROI, SEGMENT, LABEL -> "--roi";
        };
        CommandLine.Model.OptionSpec spec = commandLine.getCommandSpec().findOption(option);
        if (spec != null && !choice.choices().isEmpty()) {
            err.println("choose the " + choice.subject().noun() + " with " + option + " " + spec.paramLabel());
        }
    }

    private static int exitCodeFor(Throwable ex) {
        if (ex instanceof CommandLine.ParameterException) {
            return ExitCodes.USAGE;
        }
        return isBadInput(ex) ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL_ERROR;
    }

    private static boolean isBadInput(Throwable ex) {
        return ex instanceof BadInputException || ex instanceof NoSuchFileException
                || ex instanceof java.nio.file.AccessDeniedException;
    }
}
