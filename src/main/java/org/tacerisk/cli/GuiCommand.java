package org.tacerisk.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tacerisk.app.Workstation;
import org.tacerisk.app.WorkstationLanguage;
import org.tacerisk.app.WorkstationOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
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

    @Option(names = "--language", paramLabel = "TAG", converter = LanguageConverter.class,
            description = "Language of the window: en or zh-CN (default: the system property "
                    + WorkstationLanguage.PROPERTY + ", else the system's language; English unless Chinese).")
    Locale language;

    @Override
    public Integer call() {
        return open(spec, new WorkstationOptions(dicom, caseFile, bundle, demo, language));
    }

    /** A language the workstation has, or a usage error that lists them. */
    static final class LanguageConverter implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            try {
                return WorkstationLanguage.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Opens the window, or says in one line that there is no display (exit 2). */
    static int open(CommandSpec spec, WorkstationOptions options) {
        Locale chosen;
        try {
            chosen = WorkstationLanguage.resolve(options.language());
        } catch (IllegalArgumentException e) {
            // a wrong -Dtacerisk.language: said on the terminal, before any window
            spec.commandLine().getErr().println("error: " + WorkstationLanguage.PROPERTY + ": " + e.getMessage());
            spec.commandLine().getErr().flush();
            return ExitCodes.USAGE;
        }
        if (!Workstation.hasDisplay()) {
            spec.commandLine().getErr().println("error: no display: the workstation needs a graphical session"
                    + " (DISPLAY is not set); 'tacerisk demo' runs the demo case on the command line");
            spec.commandLine().getErr().flush();
            return ExitCodes.USAGE;
        }
        try {
            Workstation.launch(options.withLanguage(chosen));
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
