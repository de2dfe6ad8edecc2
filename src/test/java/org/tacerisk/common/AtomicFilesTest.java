package org.tacerisk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void failedWriteLeavesThePreviousFileIntactAndNoTempFile() throws IOException {
        Path target = dir.resolve("case.json");
        AtomicFiles.writeString(target, "version 1");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("version 1", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void writtenFileGetsTheSamePermissionsAsAnOrdinaryFile() throws IOException {
        Path ordinary = dir.resolve("ordinary.txt");
        Files.writeString(ordinary, "x");
        Path atomic = dir.resolve("atomic.txt");
        AtomicFiles.writeString(atomic, "x");
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(atomic));
    }

    @Test
    void hashesIdentifiersForLogs() {
        String hash = LogSafe.hash("1.2.840.113619.2.55.3");
        assertEquals(12, hash.length());
        assertFalse(hash.contains("113619"));
        assertEquals(hash, LogSafe.hash("1.2.840.113619.2.55.3"));
    }
}
