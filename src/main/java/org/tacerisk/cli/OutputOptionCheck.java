package org.tacerisk.cli;

import java.nio.file.Path;
import java.util.List;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.OutputPaths;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Checks every output option ({@code --out}, {@code --mask-out}) of the command about to run before it runs, so
 * that a command never computes for minutes and then fails to write: a folder option (parameter label DIR) must be
 * a folder that can be made or written, a file option a writable place that is not a folder.
 */
final class OutputOptionCheck implements CommandLine.IExecutionStrategy {

    private static final List<String> OUTPUT_OPTIONS = List.of("--out", "--mask-out");

    private final CommandLine.IExecutionStrategy next;

    OutputOptionCheck(CommandLine.IExecutionStrategy next) {
        this.next = next;
    }

    @Override
    public int execute(ParseResult parseResult) {
        ParseResult command = parseResult;
        while (command.subcommand() != null) {
            command = command.subcommand();
        }
        if (!command.isUsageHelpRequested() && !command.isVersionHelpRequested()) {
            for (String name : OUTPUT_OPTIONS) {
                OptionSpec option = command.matchedOption(name);
                if (option != null && option.getValue() instanceof Path path) {
                    check(command.commandSpec().commandLine(), option, path);
                }
            }
        }
        return next.execute(parseResult);
    }

    private static void check(CommandLine commandLine, OptionSpec option, Path path) {
        try {
            if (option.paramLabel().endsWith("DIR")) {
                OutputPaths.requireWritableFolder(path);
            } else {
                OutputPaths.requireWritableFile(path);
            }
        } catch (BadInputException e) {
            throw new CommandLine.ExecutionException(commandLine, e.getMessage(), e);
        }
    }
}
