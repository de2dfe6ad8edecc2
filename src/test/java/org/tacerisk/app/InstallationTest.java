package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the workstation keeps its data: the override, the installation's var folder, else the user's folder. */
class InstallationTest {

    @TempDir
    Path temp;

    @Test
    void theOverrideWins() {
        assertEquals(Path.of("/srv/data"), Installation.dataFolder("/srv/data", temp.toString(), Map.of(), "Linux",
                "/home/u"));
    }

    @Test
    void aWritableInstallationKeepsItsDataInVar() {
        assertEquals(temp.resolve("var"), Installation.dataFolder(null, temp.toString(), Map.of(), "Linux",
                "/home/u"));
    }

    @Test
    void aReadOnlyInstallationFallsBackToTheUsersDataFolder() throws IOException {
        Path file = Files.writeString(temp.resolve("home-is-a-file"), "");
        assertEquals(Path.of("/home/u/.local/share/tacerisk"), Installation.dataFolder(null, file.toString(),
                Map.of(), "Linux", "/home/u"));
    }

    @Test
    void theUsersDataFolderFollowsThePlatform() {
        assertEquals(Path.of("/x/tacerisk"), Installation.userDataFolder(Map.of("XDG_DATA_HOME", "/x"), "Linux",
                "/home/u"));
        assertEquals(Path.of("C:/Users/u/AppData/Local", "TACE-Risk"), Installation.userDataFolder(
                Map.of("LOCALAPPDATA", "C:/Users/u/AppData/Local"), "Windows 11", "C:/Users/u"));
        assertEquals(Path.of("/Users/u/Library/Application Support/TACE-Risk"),
                Installation.userDataFolder(Map.of(), "Mac OS X", "/Users/u"));
    }

    @Test
    void theDemoBundleIsTheInstallationsOrTheSourceTrees() {
        String before = System.getProperty("tacerisk.home");
        try {
            System.clearProperty("tacerisk.home");
            assertEquals(Path.of("models/hcc-tace-demo"), Installation.demoBundle());
            System.setProperty("tacerisk.home", "/opt/tacerisk");
            assertEquals(Path.of("/opt/tacerisk/models/hcc-tace-demo"), Installation.demoBundle());
        } finally {
            if (before == null) {
                System.clearProperty("tacerisk.home");
            } else {
                System.setProperty("tacerisk.home", before);
            }
        }
    }
}
