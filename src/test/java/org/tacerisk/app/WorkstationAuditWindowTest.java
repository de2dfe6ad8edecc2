package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.app.SeriesBrowserWindowTest.texts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.audit.AuditLog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The workstation's Compute records the patient's prediction in the data folder's audit log before showing it
 * (issue 16, docs/audit.md); when the log cannot be written, the result is not shown and the panel says why.
 */
@ExtendWith(ApplicationExtension.class)
class WorkstationAuditWindowTest {

    @TempDir
    static Path temp;

    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        window = ShellFixtures.demoWindow(stage, temp);
    }

    @Test
    void computeIsRecordedWithTheSaltedPatientHashOnly(FxRobot robot) throws IOException {
        ShellFixtures.computeDemoCase(robot, window);
        assertNotNull(window.casePanel().shown(), window.status().message());
        AuditLog log = new AuditLog(window.dataFolder());
        List<String> lines = Files.readAllLines(log.file());
        assertEquals(1, lines.size(), "one Compute, one record");
        assertTrue(lines.get(0).contains("\"source\":\"workstation\""), lines.get(0));
        assertTrue(lines.get(0).contains("\"patientHash\":\"" + log.patientHash("SYN-0300") + "\""), lines.get(0));
        assertFalse(lines.get(0).contains("SYN-0300"), "no patient ID in the log");
        assertTrue(lines.get(0).contains("\"trust\":\"trusted\""), lines.get(0));
        assertTrue(log.verify().intact(), log.verify().problem());
    }

    @Test
    void aLogThatCannotBeWrittenKeepsTheResultHidden(FxRobot robot) throws IOException {
        // the log's path is taken by a folder: every append fails, as on a full or read-only disk
        Files.createDirectories(new AuditLog(window.dataFolder()).file());
        ShellFixtures.computeDemoCase(robot, window);
        assertNull(window.casePanel().shown(), "no result without its audit record");
        String shown = texts(window.sceneRoot());
        assertTrue(shown.contains("could not be recorded in the audit log"), shown);
        assertTrue(shown.contains("Free disk space"), shown);
    }
}
