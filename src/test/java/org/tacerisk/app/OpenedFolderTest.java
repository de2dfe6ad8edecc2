package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.Progress;
import org.tacerisk.common.Severity;
import org.tacerisk.dicom.SeriesReference;

/** Opening a folder for the browser: its series with thumbnails, and why there is nothing when there is nothing. */
class OpenedFolderTest {

    @TempDir
    Path temp;

    private final Messages text = Messages.of(Locale.ENGLISH);

    @Test
    void aFileStandsForItsFolder() throws IOException {
        Path file = Files.writeString(temp.resolve("IM0001.dcm"), "x");
        assertEquals(temp.toAbsolutePath(), OpenedFolder.folderOf(file));
        assertEquals(temp.toAbsolutePath(), OpenedFolder.folderOf(temp));
    }

    @Test
    void everySeriesGetsAThumbnailAndItsRowsTheirWords() throws IOException {
        SeriesReference pv = ShellFixtures.series(temp.resolve("pv"), 3, "PV venous", 6, 32);
        ShellFixtures.structureSet(pv, ShellFixtures.phantom(6, 32), temp.resolve("rs.dcm"));
        ShellFixtures.series(temp.resolve("art"), 2, "ART arterial", 6, 32);
        ShellFixtures.withMissingSlice(temp.resolve("art"));
        OpenedFolder opened = OpenedFolder.scan(temp, text, Progress.NONE);
        assertEquals(2, opened.previews().size());
        List<BrowserRow> rows = BrowserRow.of(opened.index(), opened.previews(), text);
        BrowserRow patient = rows.get(0);
        assertEquals("TEST, SHELL   (ID SHELL-1)", patient.title());
        assertEquals(Severity.ERROR, patient.worst(), "the worst finding of everything under it");
        assertEquals("2024-01-31   CT abdomen", patient.children().get(0).title());
        List<BrowserRow> series = patient.children().get(0).children();
        BrowserRow art = series.stream().filter(r -> r.title().startsWith("#2")).findFirst().orElseThrow();
        BrowserRow venous = series.stream().filter(r -> r.title().startsWith("#3")).findFirst().orElseThrow();
        assertEquals("#2  ART arterial  ·  CT", art.title());
        assertEquals("5", art.images());
        assertEquals("arterial", art.phase());
        assertEquals("portal venous", venous.phase());
        assertEquals("0.70 × 0.70 mm", venous.spacing());
        assertEquals("2.5 mm", venous.thickness());
        assertEquals(null, venous.worst());
        assertEquals(1, venous.children().size());
        assertTrue(venous.children().get(0).title().startsWith("RTSTRUCT: "), venous.children().get(0).title());
        assertTrue(venous.children().get(0).title().endsWith("(rs.dcm)"), venous.children().get(0).title());
    }

    @Test
    void anEmptyFolderSaysSo() throws IOException {
        BadInputException e = assertThrows(BadInputException.class,
                () -> OpenedFolder.scan(temp, text, Progress.NONE));
        assertEquals(temp, e.input());
        assertTrue(e.getMessage().contains("The folder is empty"), e.getMessage());
    }

    @Test
    void aFolderWithoutDicomCountsItsFiles() throws IOException {
        Files.writeString(temp.resolve("a.txt"), "a");
        Files.writeString(temp.resolve("b.pdf"), "b");
        BadInputException e = assertThrows(BadInputException.class,
                () -> OpenedFolder.scan(temp, text, Progress.NONE));
        assertTrue(e.getMessage().contains("none of its 2 file(s) is DICOM"), e.getMessage());
    }

    @Test
    void aFolderWithOnlyAStructureSetAsksForTheImages() throws IOException {
        Path images = temp.resolve("images");
        SeriesReference s = ShellFixtures.series(images, 1, "PV", 4, 32);
        Path only = Files.createDirectories(temp.resolve("only-rt"));
        ShellFixtures.structureSet(s, ShellFixtures.phantom(4, 32), only.resolve("rs.dcm"));
        BadInputException e = assertThrows(BadInputException.class,
                () -> OpenedFolder.scan(only, text, Progress.NONE));
        assertTrue(e.getMessage().contains("only 1 non-image object(s)"), e.getMessage());
    }

    @Test
    void aMissingFolderAndACancelAreNotBadInput() throws IOException {
        assertThrows(NoSuchFileException.class, () -> OpenedFolder.scan(temp.resolve("gone"), text, Progress.NONE));
        ShellFixtures.series(temp.resolve("s"), 1, "PV", 4, 32);
        Progress.Cancellable cancelled = Progress.cancellable((s, f) -> { });
        cancelled.cancel();
        assertThrows(Cancelled.class, () -> OpenedFolder.scan(temp, text, cancelled));
    }
}
