package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main window opens headless (TestFX + Monocle) with its title, toolbar and status bar. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private Stage stage;
    private MainWindow window;

    @TempDir
    static Path temp;

    @Start
    void start(Stage stage) throws java.io.IOException {
        this.stage = stage;
        window = new MainWindow(stage, WorkstationOptions.none(), Files.createTempDirectory(temp, "data"));
        window.show();
    }

    @Test
    void opensWithTitleAndToolbar() throws Exception {
        assertTrue(stage.getTitle().startsWith("TACE-Risk"), stage.getTitle());
        assertTrue(stage.getScene().lookup("#open") != null);
        assertTrue(stage.getScene().lookup("#demo") != null);
        assertTrue(Files.size(Screenshots.save(window.sceneRoot(), "start-empty")) > 0);
    }

    @Test
    void withoutADisplayServerThereIsNoWindowToOpen() {
        assertFalse(Workstation.hasDisplay(Map.of(), "Linux", null));
        assertTrue(Workstation.hasDisplay(Map.of("DISPLAY", ":0"), "Linux", null));
        assertTrue(Workstation.hasDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null));
        assertTrue(Workstation.hasDisplay(Map.of(), "Windows 11", null));
        assertTrue(Workstation.hasDisplay(Map.of(), "Linux", "Monocle"));
        assertEquals(false, Workstation.hasDisplay(Map.of("DISPLAY", " "), "Linux", null));
    }

    @Test
    void aMissingWindowToolkitIsSaidInOneLine() {
        String why = Workstation.noWindowReason(new RuntimeException("launch failed",
                new UnsupportedOperationException("Unable to load glass GTK library.")));
        assertEquals("the workstation cannot open a window: Unable to load glass GTK library (install GTK 3: the"
                + " package libgtk-3-0 on Debian and Ubuntu, gtk3 on Fedora)", why);
        assertEquals(null, Workstation.noWindowReason(new IllegalStateException("a bug")));
    }
}
