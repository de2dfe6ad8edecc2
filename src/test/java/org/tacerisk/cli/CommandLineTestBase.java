package org.tacerisk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code tacerisk} in-process with stdout and stderr captured, as the command-line tests need. */
abstract class CommandLineTestBase {

    /** What the last {@link #run} printed on stdout and stderr. */
    protected StringWriter out = new StringWriter();
    protected StringWriter err = new StringWriter();

    /** Runs the command line with {@code args}; returns its exit code. */
    protected int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = TaceRiskCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }
}
