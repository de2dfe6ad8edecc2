package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.ChoiceRequiredException;
import org.tacerisk.common.Finding;
import org.tacerisk.common.OutputPaths;
import org.tacerisk.predict.MissingInputsException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * How a failed command tells its user: the message on stderr (no stack trace for bad input, no full help for a
 * usage error), and — when {@code --json} was asked for — a JSON error object on stdout, so that a script reading
 * stdout learns what failed without parsing stderr. Exit codes: 2 usage, 3 bad input, 130 cancelled (Ctrl-C), 1
 * anything else.
 */
final class ErrorReport {

    private ErrorReport() {
    }

    /** picocli's execution-exception handler. */
    static int execution(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        int code = exitCodeFor(ex);
        if (ex instanceof ChoiceRequiredException choice) {
            printChoice(err, choice, commandLine);
        } else if (ex instanceof MissingInputsException && commandLine.getCommandSpec().findOption("--clinical")
                != null) {
            err.println("error: " + message(ex));
            err.println("give them with --clinical ID=VALUE,...");
        } else if (ex instanceof Cancelled) {
            // nothing more to say: StderrProgress.run has said what the cancelled call left behind
        } else if (code == ExitCodes.BAD_INPUT) {
            err.println("error: " + message(ex));
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
        if (wantsJson(parseResult)) {
            Map<String, Object> json = json(code, code == ExitCodes.BAD_INPUT || code == ExitCodes.CANCELLED
                    ? message(ex) : "internal error: " + ex, file(ex));
            if (ex instanceof ChoiceRequiredException choice) {
                json.put("choose", Map.of("subject", choice.subject().noun(), "choices", choice.choices()));
            }
            JsonOutput.print(commandLine.getOut(), Map.of("error", json));
        }
        return code;
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

    /** picocli's parameter-exception handler: the problem and where to read more, not the whole help. */
    static int usage(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("error: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Run '" + cl.getCommandSpec().qualifiedName() + " --help' for its options.");
        err.flush();
        if (java.util.Arrays.asList(args).contains("--json")) {
            JsonOutput.print(cl.getOut(), Map.of("error", json(ExitCodes.USAGE, ex.getMessage(), null)));
        }
        return ExitCodes.USAGE;
    }

    static int exitCodeFor(Throwable ex) {
        if (ex instanceof CommandLine.ParameterException) {
            return ExitCodes.USAGE;
        }
        if (ex instanceof Cancelled) {
            return ExitCodes.CANCELLED;
        }
        return ex instanceof BadInputException || ex instanceof FileSystemException ? ExitCodes.BAD_INPUT
                : ExitCodes.INTERNAL_ERROR;
    }

    private static String message(Throwable ex) {
        if (ex instanceof NoSuchFileException missing) {
            return "no such file or folder: " + missing.getFile() + " (check the path; relative paths start from "
                    + Path.of("").toAbsolutePath() + ")";
        }
        if (ex instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied (check that this user may read or write it)";
        }
        if (ex instanceof FileSystemException fs) {
            return fs.getFile() + ": " + OutputPaths.reason(fs);
        }
        return ex.getMessage();
    }

    private static String file(Throwable ex) {
        if (ex instanceof BadInputException bad && bad.input() != null) {
            return bad.input().toString();
        }
        return ex instanceof FileSystemException fs ? fs.getFile() : null;
    }

    private static Map<String, Object> json(int code, String message, String file) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", switch (code) {
            case ExitCodes.USAGE -> "usage_error";
            case ExitCodes.BAD_INPUT -> "bad_input";
            case ExitCodes.CANCELLED -> "cancelled";
            default -> "internal_error";
        });
        error.put("exit_code", code);
        error.put("message", message);
        error.put("file", file);
        return error;
    }

    private static boolean wantsJson(ParseResult parseResult) {
        for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--json")) {
                return true;
            }
        }
        return false;
    }
}
