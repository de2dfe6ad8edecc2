package org.tacerisk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where native libraries unpack: never the user's home, one temporary folder per user. */
class AppFoldersTest {

    @TempDir
    Path dir;

    @Test
    void theExplicitDataFolderThenAWritableInstallationThenTheUsersTemporaryFolder() throws Exception {
        assertEquals(Path.of("/srv/data/cache/openjfx"), AppFolders.nativeCache("openjfx", "/srv/data",
                dir.toString(), "/tmp/tacerisk-u"));
        assertEquals(dir.resolve("var/cache/openjfx"), AppFolders.nativeCache("openjfx", null, dir.toString(),
                "/tmp/tacerisk-u"));
        Path file = Files.writeString(dir.resolve("a-file"), "x"); // an installation that cannot be written
        assertEquals(Path.of("/tmp/tacerisk-u/cache/openjfx"), AppFolders.nativeCache("openjfx", null,
                file.toString(), "/tmp/tacerisk-u"));
        assertEquals(Path.of("/tmp/tacerisk-u/cache/jna"), AppFolders.nativeCache("jna", null, null,
                "/tmp/tacerisk-u"));
    }

    @Test
    void theTemporaryFolderIsPerUserAndItsNameIsAPlainFileName() {
        assertEquals(Path.of("/tmp", "tacerisk-alice"), AppFolders.userTemp("/tmp", "alice"));
        assertEquals(Path.of("/tmp", "tacerisk-HOSP_j.doe"), AppFolders.userTemp("/tmp", "HOSP\\j.doe"));
    }
}
