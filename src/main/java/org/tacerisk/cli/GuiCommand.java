package org.tacerisk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tacerisk.app.Workstation;
import org.tacerisk.app.WorkstationOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacerisk gui}: the workstation (also what {@code tacerisk} without arguments opens). */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the TACE-Risk workstation.",
            "Open a DICOM folder, the demo case or a saved case; outline the tumour; predict with a model bundle."})
final class GuiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dicom", paramLabel = "DIR", description = "DICOM folder to open in the series browser.")
    Path dicom;

    @Option(names = "--case", paramLabel = "FILE", description = "Saved case to open.")
    Path caseFile;

    @Option(names = "--bundle", paramLabel = "DIR", description = "Model bundle to use (default: the demo bundle).")
    Path bundle;

    @Option(names = "--demo", description = "Open the SYNTHETIC demo case at start.")
    boolean demo;

    @Override
    public Integer call() {
        return open(spec, new WorkstationOptions(dicom, caseFile, bundle, demo));
    }

    /** Opens the window, or says in one line that there is no display (exit 2). */
    static int open(CommandSpec spec, WorkstationOptions options) {
        if (!Workstation.hasDisplay()) {
            spec.commandLine().getErr().println("error: no display: the workstation needs a graphical session"
                    + " (DISPLAY is not set); 'tacerisk demo' runs the demo case on the command line");
            spec.commandLine().getErr().flush();
            return ExitCodes.USAGE;
        }
        try {
            Workstation.launch(options);
        } catch (RuntimeException e) {
            String why = Workstation.noWindowReason(e);
            if (why == null) {
                throw e;
            }
            spec.commandLine().getErr().println("error: " + why + "; 'tacerisk demo' runs the demo case on the"
                    + " command line");
            spec.commandLine().getErr().flush();
            return ExitCodes.USAGE;
        }
        return ExitCodes.OK;
    }
}
