package org.tacerisk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: every temporary file lives in one folder per process, which is gone after a normal exit; a folder left
 * by a killed process is deleted at the next start; folders of running processes and other names are left alone.
 */
class AppTempTest {

    @TempDir
    Path parent;

    @Test
    void theTemporaryFolderIsDeletedWhenTheProgramExits() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + AppTemp.PROPERTY + "=" + parent, "-cp", System.getProperty("java.class.path"),
                AppTempChild.class.getName()).redirectErrorStream(true).start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child ended");
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), out);
        List<String> lines = out.lines().toList();
        Path folder = Path.of(lines.get(lines.size() - 1));
        assertEquals(parent, folder.getParent(), out);
        assertEquals(AppTemp.PREFIX + child.pid(), folder.getFileName().toString());
        assertFalse(Files.exists(folder), "the temporary folder outlived the program: " + folder);
        try (var left = Files.list(parent)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void foldersOfEndedProcessesAreDeletedAtTheNextStart() throws IOException {
        Path stale = Files.createDirectories(parent.resolve(AppTemp.PREFIX + endedPid()).resolve("bundle-1"));
        Files.writeString(stale.resolve("mask.dcm"), "left by a killed process");
        Path running = Files.createDirectories(parent.resolve(AppTemp.PREFIX + ProcessHandle.current().parent()
                .orElseThrow().pid()));
        Path cache = Files.createDirectories(parent.resolve("tacerisk-djl"));
        String before = System.getProperty(AppTemp.PROPERTY);
        System.setProperty(AppTemp.PROPERTY, parent.toString());
        try {
            AppTemp.deleteStale(); // what every start does
        } finally {
            if (before == null) {
                System.clearProperty(AppTemp.PROPERTY);
            } else {
                System.setProperty(AppTemp.PROPERTY, before);
            }
        }
        assertFalse(Files.exists(stale.getParent()), "a dead process's folder is removed");
        assertTrue(Files.isDirectory(running), "a running process's folder stays");
        assertTrue(Files.isDirectory(cache), "not a per-process folder: stays");
    }

    @Test
    void onlyPerProcessNamesAreRecognised() {
        assertEquals(Optional.of(42L), AppTemp.pidOf("tacerisk-tmp-42"));
        assertEquals(Optional.empty(), AppTemp.pidOf("tacerisk-djl"));
        assertEquals(Optional.empty(), AppTemp.pidOf("tacerisk-tmp-"));
        assertEquals(Optional.empty(), AppTemp.pidOf("tacerisk-42"));
    }

    /** A pid no process has now (one that just ended). */
    private static long endedPid() throws IOException {
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-version").start();
            p.waitFor(60, TimeUnit.SECONDS);
            assertFalse(ProcessHandle.of(p.pid()).map(ProcessHandle::isAlive).orElse(false));
            return p.pid();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
