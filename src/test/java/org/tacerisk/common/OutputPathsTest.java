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
     * A folder no one may write into, even root (CI and this machine run tests as root, whom permission bits do not
     * stop): the immutable attribute. Skipped where chattr is not allowed.
     */
    @Test
    void anImmutableFolderIsRefusedBeforeAndDuringWriting() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Assumptions.assumeTrue(chattr("+i", locked), "chattr +i is not permitted here");
        try {
            Path target = locked.resolve("out.csv");
            BadInputException before = assertThrows(BadInputException.class,
                    () -> OutputPaths.requireWritableFile(target));
            assertTrue(before.getMessage().contains("permission denied"), before.getMessage());
            BadInputException during = assertThrows(BadInputException.class,
                    () -> AtomicFiles.writeString(target, "y"));
            assertEquals(target, during.input());
            assertTrue(during.getMessage().contains("cannot write") && !during.getMessage().contains(".part"),
                    during.getMessage());
        } finally {
            chattr("-i", locked);
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

    @Test
    void aReadOnlyFolderIsRefusedBeforeWriting() throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "running as root, which may write into read-only folders: permission checks cannot fail here");
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path target = readOnly.resolve("out.csv");
            BadInputException before = assertThrows(BadInputException.class,
                    () -> OutputPaths.requireWritableFile(target));
            assertTrue(before.getMessage().contains("permission denied"), before.getMessage());
            BadInputException during = assertThrows(BadInputException.class,
                    () -> AtomicFiles.writeString(target, "y"));
            assertTrue(during.getMessage().contains("permission denied"), during.getMessage());
            try (Stream<Path> left = Files.list(readOnly)) {
                assertEquals(0, left.count());
            }
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
