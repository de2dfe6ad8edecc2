package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command's help reads as written: no description is a format string picocli cannot format (a bare "%"
 * printed "[picocli WARN] Could not format ..."), and every description line is a whole sentence (the first one is
 * the summary in the parent's command list, where a line cut mid-sentence ends the summary mid-sentence).
 */
class CommandHelpTest extends CommandLineTestBase {

    @Test
    void everyDescriptionIsAFormattableWholeSentence() {
        List<String> problems = new ArrayList<>();
        for (CommandSpec spec : allCommands(TaceRiskCommand.commandLine().getCommandSpec())) {
            String[] lines = spec.usageMessage().description();
            if (spec.userObject() instanceof CommandLine.HelpCommand) {
                continue;
            }
            if (lines.length == 0) {
                problems.add(spec.qualifiedName() + ": no description");
            }
            for (String line : lines) {
                check(spec.qualifiedName(), line, problems);
            }
            for (ArgSpec arg : spec.args()) {
                for (String line : arg.description()) {
                    formattable(spec.qualifiedName() + " " + arg.paramLabel(), line, problems);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void helpOfEveryCommandPrintsNoPicocliWarning() {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (CommandSpec spec : allCommands(TaceRiskCommand.commandLine().getCommandSpec())) {
                spec.commandLine().getUsageMessage();
            }
        } finally {
            System.setErr(saved);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void predictHelpShowsTheCiAndTheSummaryIsWhole() {
        assertEquals(0, run("predict", "--help"));
        assertTrue(words(out.toString()).contains("probability with its 95 % CI, risk group"), out.toString());
        assertEquals(0, run("--help"));
        assertTrue(words(out.toString()).contains("predict Predict one patient's risk of distant metastasis with a"
                + " model bundle. gui"), out.toString());
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static void check(String command, String line, List<String> problems) {
        formattable(command, line, problems);
        String end = line.strip();
        if (!(end.endsWith(".") || end.endsWith(".)") || end.endsWith("?"))) {
            problems.add(command + ": description line does not end a sentence: \"" + line + "\"");
        }
    }

    private static void formattable(String where, String line, List<String> problems) {
        try {
            String.format(Locale.ROOT, line);
        } catch (IllegalFormatException e) {
            problems.add(where + ": not a valid format string (write %% for %): \"" + line + "\"");
        }
    }

    private static List<CommandSpec> allCommands(CommandSpec root) {
        List<CommandSpec> all = new ArrayList<>();
        all.add(root);
        for (CommandLine sub : root.subcommands().values()) {
            if (!all.contains(sub.getCommandSpec())) {
                all.addAll(allCommands(sub.getCommandSpec()));
            }
        }
        return all;
    }
}
