package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code tacerisk gui --language}: en or zh-CN; another value is a usage error that lists the languages. */
class GuiLanguageOptionTest {

    @Test
    void theOptionTakesALanguage() {
        GuiCommand gui = new GuiCommand();
        new CommandLine(gui).parseArgs("--language", "zh-CN");
        assertEquals(Locale.SIMPLIFIED_CHINESE, gui.language);
        GuiCommand none = new GuiCommand();
        new CommandLine(none).parseArgs();
        assertEquals(null, none.language, "none: the system property or the system's language decides");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cli = TaceRiskCommand.commandLine();
        cli.setErr(new PrintWriter(err));
        assertEquals(ExitCodes.USAGE, cli.execute("gui", "--language", "fr"));
        assertTrue(err.toString().contains("'fr'") && err.toString().contains("en, zh-CN"), err.toString());
    }
}
