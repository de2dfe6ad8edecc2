package org.tacerisk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.tacerisk.common.AtomicFiles;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The option pair of the commands whose result is one JSON document ({@code stats evaluate|lasso|validate}):
 * {@code --json} prints it on stdout instead of the human summary, {@code --out FILE.json} also writes it to a file
 * (atomically; {@link OutputOptionCheck} checks the place before the command runs).
 */
final class JsonResultOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--json", description = "Print the result as JSON on stdout.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE.json", description = "Also write the JSON result to this file.")
    Path out;

    /** Writes {@code result} to {@code --out} when given, then prints it with {@code --json}, else {@code human}. */
    void emit(Object result, Consumer<PrintWriter> human) throws IOException {
        if (out != null) {
            StringWriter text = new StringWriter();
            JsonOutput.print(new PrintWriter(text), result);
            AtomicFiles.writeString(out, text.toString());
        }
        PrintWriter stdout = mixee.commandLine().getOut();
        if (json) {
            JsonOutput.print(stdout, result);
        } else {
            human.accept(stdout);
        }
    }
}
