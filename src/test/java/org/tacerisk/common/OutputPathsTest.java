package org.tacerisk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output locations that cannot be written are refused before any work, naming the path and the reason. */
class OutputPathsTest {

    @TempDir
    Path dir;

    @Test
    void aFileWhoseParentIsAFileIsRefusedNamingIt() throws IOException {
        Path blocker = Files.writeString(dir.resolve("notes.txt"), "x");
        Path target = blocker.resolve("sub/out.csv");
        BadInputException e = assertThrows(BadInputException.class, () -> OutputPaths.requireWritableFile(target));
        assertEquals(target, e.input());
        assertTrue(e.getMessage().contains(blocker + " is a file, not a folder"), e.getMessage());
    }

    @Test
    void aFolderGivenAsAnOutputFileIsRefused() {
        BadInputException e = assertThrows(BadInputException.class, () -> OutputPaths.requireWritableFile(dir));
        assertTrue(e.getMessage().contains("it is a folder"), e.getMessage());
    }

    @Test
    void anOutputFolderThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("train"), "x");
        BadInputException e = assertThrows(BadInputException.class, () -> OutputPaths.requireWritableFolder(file));
        assertTrue(e.getMessage().contains("is a file, not a folder"), e.getMessage());
    }

    @Test
    void writableLocationsPassIncludingFoldersStillToBeMade() {
        OutputPaths.requireWritableFile(dir.resolve("a/b/out.csv"));
        OutputPaths.requireWritableFolder(dir.resolve("new/run"));
        OutputPaths.requireWritableFolder(dir);
    }

    @Test
    void atomicWriteBelowAFileNamesTheTargetAndTheReasonNotATemporaryFile() throws IOException {
        Path blocker = Files.writeString(dir.resolve("notes.txt"), "x");
        Path target = blocker.resolve("out.csv");
        BadInputException e = assertThrows(BadInputException.class, () -> AtomicFiles.writeString(target, "y"));
        assertEquals(target, e.input());
        assertTrue(e.getMessage().startsWith(target + ": cannot write"), e.getMessage());
        assertTrue(!e.getMessage().contains(".part"), e.getMessage());
    }

    @Test
    void permissionDeniedIsWordedAsSuch() {
        String reason = OutputPaths.reason(new AccessDeniedException("/data/ro/.out.csv.1234.part"));
        assertEquals("permission denied", reason);
    }

    /**
     * A folder this user may not write into: read-only permission bits for an ordinary user; for root, whom
     * permission bits do not stop (CI runs tests as root), the immutable attribute. Skipped only where neither is
     * possible.
     */
    @Test
    void aFolderThisUserMayNotWriteIsRefusedBeforeAndDuringWritingNamingTheTarget() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            Assumptions.assumeTrue(chattr("+i", locked), "running as root and chattr +i is not permitted here");
        } else {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            Path target = locked.resolve("out.csv");
            BadInputException before = assertThrows(BadInputException.class,
                    () -> OutputPaths.requireWritableFile(target));
            assertTrue(before.getMessage().contains("permission denied"), before.getMessage());
            BadInputException during = assertThrows(BadInputException.class,
                    () -> AtomicFiles.writeString(target, "y"));
            assertEquals(target, during.input());
            // root meets "operation not permitted", a user "permission denied"; neither sees the temporary file
            assertTrue(during.getMessage().startsWith(target + ": cannot write: ")
                    && !during.getMessage().contains(".part"), during.getMessage());
            try (Stream<Path> left = Files.list(locked)) {
                assertEquals(0, left.count());
            }
        } finally {
            if (root) {
                chattr("-i", locked);
            } else {
                Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private static boolean chattr(String flag, Path path) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
