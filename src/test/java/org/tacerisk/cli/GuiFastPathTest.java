package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code tacerisk gui} skips building the other commands (start-up time) but stays the same command: its help, its
 * options and the usage-error exit code as through the full command line.
 */
class GuiFastPathTest {

    private String out;
    private String err;

    private int execute(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            return TaceRiskCommand.execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            out = o.toString(StandardCharsets.UTF_8);
            err = e.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void guiHelpAndOptionsAreTheFullCommandLines() {
        assertEquals(ExitCodes.OK, execute("gui", "--help"));
        assertTrue(out.startsWith("Usage: tacerisk gui"), out);
        assertTrue(out.contains("--dicom=DIR") && out.contains("--bundle=DIR") && out.contains("--demo"), out);
        assertEquals(ExitCodes.USAGE, execute("gui", "--dicomm", "x"));
        assertTrue(err.contains("--dicomm"), err);
    }
}
