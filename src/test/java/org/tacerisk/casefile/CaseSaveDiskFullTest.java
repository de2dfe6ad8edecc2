package org.tacerisk.casefile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tacerisk.common.BadInputException;
import org.tacerisk.dicom.SeriesReference;

/**
 * Issue 16: the disk fills up while a case is being saved over an older save (or over the autosaved recovery file,
 * written the same way). The save is refused naming the file, the file system's reason and that the file is
 * unchanged (what the CLI prints and the workstation's problem banner shows); the previous file is intact byte for
 * byte, no partial file is left beside it, and the next save on a disk with room succeeds.
 */
class CaseSaveDiskFullTest {

    /** Bytes by which the new file may differ in length from the previous one (UID digits, deflate). */
    private static final int END_MARGIN = 200;

    @TempDir
    Path dir;

    private SeriesReference series;
    private Path file;
    private byte[] previous;

    @BeforeEach
    void saveOnce() throws IOException {
        series = CaseFileFixture.writeSeries(dir.resolve("dicom"));
        file = dir.resolve("saved" + CaseFile.EXTENSION);
        CaseFile.write(file, CaseFileFixture.contents(series, dir.resolve("dicom")), CaseFileFixture.tumour(), series,
                CaseFileFixture.MODIFIED, CaseFile.SEG);
        previous = Files.readAllBytes(file);
    }

    /**
     * The disk is full after a share of the previous file's size: at the start, in the manifest, in the mask, near
     * the end. The new file is not byte for byte as long as the previous one (new UIDs, other compression), so the
     * last point stays {@value #END_MARGIN} bytes short of it rather than a share that could lie past the new end.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0, 0.001, 0.1, 0.5, 0.9, 1})
    void aFullDiskLeavesThePreviousCaseFileIntact(double share) throws IOException {
        long room = Math.min((long) (share * previous.length), previous.length - END_MARGIN);
        assertTrue(room >= 0 && previous.length > 4 * END_MARGIN, "a case file of " + previous.length + " bytes");
        CaseContents edited = CaseFileFixture.contents(series, dir.resolve("dicom"));
        BadInputException e = assertThrows(BadInputException.class, () -> CaseFile.write(file, edited,
                CaseFileFixture.tumour(), series, CaseFileFixture.MODIFIED.plusSeconds(60), CaseFile.SEG,
                out -> new FullDisk(out, room)));
        assertEquals(file + ": cannot write: no space left on device (in " + dir + "); the file there is unchanged;"
                + " free some space or choose another location", e.getMessage());
        assertArrayEquals(previous, Files.readAllBytes(file), "the previous save is unchanged");
        assertEquals(List.of(file.getFileName().toString()), filesBeside(), "no partial file is left");
        assertEquals(CaseFileFixture.MODIFIED, CaseFile.open(file).modified(), "and it still opens");

        CaseFile.write(file, edited, CaseFileFixture.mask("#"), series);
        assertEquals(1, CaseFile.open(file).mask(CaseFileFixture.GRID).count(), "room again: the save succeeds");
    }

    private List<String> filesBeside() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A disk with {@code room} bytes left: writes past it fail as the operating system reports ENOSPC. */
    static final class FullDisk extends FilterOutputStream {
        private long room;

        FullDisk(OutputStream out, long room) {
            super(out);
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            if (room <= 0) {
                throw new IOException("No space left on device");
            }
            room--;
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int n = 0; n < len; n++) {
                write(b[off + n]);
            }
        }
    }
}
