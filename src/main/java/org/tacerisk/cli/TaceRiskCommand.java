package org.tacerisk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Root command; subcommands are the capabilities. */
@Command(name = "tacerisk", mixinStandardHelpOptions = true, version = "TACE-Risk 0.1.0",
        description = "TACE-Risk: distant-metastasis risk of HCC after TACE.")
public final class TaceRiskCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    public static int execute(String... args) {
        return new CommandLine(new TaceRiskCommand()).execute(args);
    }
}
