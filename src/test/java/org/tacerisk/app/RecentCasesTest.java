package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recent-folders list: newest first, one entry per folder, at most ten, kept across restarts, never fatal. */
class RecentCasesTest {

    @TempDir
    Path data;

    @Test
    void entriesSurviveARestartNewestFirstOncePerFolder() {
        RecentCases recent = new RecentCases(data);
        recent.add(Path.of("/exports/a"), "", Instant.parse("2026-01-01T10:00:00Z"));
        recent.add(Path.of("/exports/b"), "PV", Instant.parse("2026-01-02T10:00:00Z"));
        recent.add(Path.of("/exports/a/../a"), "ART", Instant.parse("2026-01-03T10:00:00Z"));
        RecentCases reread = new RecentCases(data);
        assertEquals(2, reread.entries().size());
        assertEquals(Path.of("/exports/a"), reread.entries().get(0).folder());
        assertEquals("ART", reread.entries().get(0).description());
        assertEquals(Instant.parse("2026-01-03T10:00:00Z"), reread.entries().get(0).opened());
        assertEquals(Path.of("/exports/b"), reread.entries().get(1).folder());
    }

    @Test
    void theListKeepsTheTenNewest() {
        RecentCases recent = new RecentCases(data);
        for (int n = 0; n < 12; n++) {
            recent.add(Path.of("/exports/" + n), "", Instant.ofEpochSecond(n));
        }
        RecentCases reread = new RecentCases(data);
        assertEquals(RecentCases.MAX, reread.entries().size());
        assertEquals(Path.of("/exports/11"), reread.entries().get(0).folder());
        assertEquals(Path.of("/exports/2"), reread.entries().get(9).folder());
    }

    @Test
    void theFileHoldsOnlyWhatTheUserChoseAndIsWrittenWhole() throws IOException {
        RecentCases recent = new RecentCases(data);
        recent.add(Path.of("/exports/case-17"), "Portal venous", Instant.parse("2026-01-01T10:00:00Z"));
        String json = Files.readString(data.resolve(RecentCases.FILE));
        assertTrue(json.contains("\"folder\" : \"/exports/case-17\""), json);
        assertTrue(json.contains("\"description\" : \"Portal venous\""), json);
        try (Stream<Path> files = Files.list(data)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void aDamagedFileIsAnEmptyListAndIsReplacedOnTheNextSave() throws IOException {
        Files.writeString(data.resolve(RecentCases.FILE), "{\"entries\": [ {\"folder\": ");
        RecentCases recent = new RecentCases(data);
        assertTrue(recent.entries().isEmpty());
        recent.add(Path.of("/exports/x"), "", Instant.EPOCH);
        assertEquals(1, new RecentCases(data).entries().size());
    }

    @Test
    void clearForgetsEverything() {
        RecentCases recent = new RecentCases(data);
        recent.add(Path.of("/exports/x"), "", Instant.EPOCH);
        recent.clear();
        assertTrue(new RecentCases(data).entries().isEmpty());
    }

    @Test
    void aFolderThatCannotBeWrittenIsNotAnError() throws IOException {
        Path file = Files.writeString(data.resolve("not-a-folder"), "x");
        RecentCases recent = new RecentCases(file);
        recent.add(Path.of("/exports/x"), "", Instant.EPOCH);
        assertFalse(recent.entries().isEmpty(), "kept for this session");
    }
}
