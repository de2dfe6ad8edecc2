package org.tacerisk.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;
import org.tacerisk.image.ImageGeometry;

class RecoveryFileTest {

    private static final String SERIES = "1.2.826.0.1.3680043.8.498.12345";
    /** An oblique grid with origin and spacing that are not short decimals. */
    private static final ImageGeometry GRID = new ImageGeometry(97, 83, 11, new double[] {0.7421875, 0.7421875, 1.25},
            new double[] {-187.3 + 0.1 + 0.2, -201.62890625, 1033.7}, new double[] {
                0.9998476951563913, 0, 0.01745240643728351, 0, 1, 0, -0.01745240643728351, 0, 0.9998476951563913});

    @TempDir
    Path dir;

    @Test
    void restoresTheIdenticalMaskAndTheSeriesItBelongsTo() throws IOException {
        EditableMask mask = randomMask(new Random(4));
        Path file = RecoveryFile.pathFor(dir, SERIES);
        RecoveryFile.write(file, SERIES, mask);
        RecoveryFile.Header header = RecoveryFile.readHeader(file);
        assertEquals(SERIES, header.seriesKey());
        assertEquals(GRID, header.geometry(), "every double of the grid as written");
        assertEquals(mask.count(), header.voxelCount());
        EditableMask restored = RecoveryFile.read(file, GRID);
        assertTrue(restored.sameVoxels(mask));
        assertEquals(List.of(file), RecoveryFile.list(dir));
        assertFalse(file.getFileName().toString().contains(SERIES), "the file name holds only a hash of the UID");
    }

    @Test
    void refusesAFileOfAnotherGridNamingBothGrids() throws IOException {
        Path file = RecoveryFile.pathFor(dir, SERIES);
        RecoveryFile.write(file, SERIES, randomMask(new Random(5)));
        ImageGeometry other = GRID.withSize(97, 83, 12);
        BadInputException e = assertThrows(BadInputException.class, () -> RecoveryFile.read(file, other));
        assertEquals(file, e.input());
        assertTrue(e.getMessage().contains(GRID.toString()) && e.getMessage().contains(other.toString()),
                e.getMessage());
        assertTrue(e.getMessage().contains("belongs to another series"), e.getMessage());
    }

    @Test
    void refusesDamagedFiles() throws IOException {
        Path file = RecoveryFile.pathFor(dir, SERIES);
        RecoveryFile.write(file, SERIES, randomMask(new Random(6)));
        byte[] good = Files.readAllBytes(file);
        // one bit flipped in the compressed mask
        byte[] flipped = good.clone();
        flipped[good.length - 20] ^= 0x10;
        assertDamaged(flipped, "checksum");
        // cut short
        assertDamaged(java.util.Arrays.copyOf(good, good.length / 2), "checksum");
        assertDamaged(java.util.Arrays.copyOf(good, 60), "ends inside its header");
        assertDamaged(java.util.Arrays.copyOf(good, 30), "too short");
        // not ours at all
        assertDamaged("{\"format\": 1, \"note\": \"some other program's JSON file\"}".getBytes(StandardCharsets.UTF_8),
                "not a TACE-Risk ROI recovery file");
        // a header that says another format
        String text = new String(good, StandardCharsets.ISO_8859_1).replace("\"format\":1", "\"format\":7");
        assertDamaged(text.getBytes(StandardCharsets.ISO_8859_1), "format 7");
    }

    @Test
    void writerPutsEveryChangeOnDiskWithinTheInterval() throws Exception {
        RoiEditor editor = new RoiEditor(RoiFixtures.ct(GRID, (i, j, k) -> 0), new EditableMask(GRID),
                new UndoHistory());
        try (RecoveryWriter writer = new RecoveryWriter(editor.mask(), dir, SERIES, Duration.ofMillis(200))) {
            assertFalse(Files.exists(writer.file()), "nothing is written before the first change");
            for (int n = 0; n < 30; n++) {
                editor.beginStroke(Brush.paint(4, Brush.Shape.SPHERE), SlicePlane.axial(n % 11), 3 * n, 2 * n).end();
            }
            EditableMask expected = editor.mask().copy();
            assertTrue(waitFor(() -> matches(writer.file(), expected), 5_000), "on disk within the interval");
            editor.undo();
            EditableMask undone = editor.mask().copy();
            assertTrue(waitFor(() -> matches(writer.file(), undone), 5_000), "undo too");
            assertNull(writer.lastFailure());
        }
    }

    @Test
    void flushWritesAtOnceAndDiscardRemovesTheFile() throws Exception {
        RoiEditor editor = new RoiEditor(RoiFixtures.ct(GRID, (i, j, k) -> 0), new EditableMask(GRID),
                new UndoHistory());
        RecoveryWriter writer = new RecoveryWriter(editor.mask(), dir, SERIES, Duration.ofHours(1));
        editor.beginStroke(Brush.paint(4, Brush.Shape.DISC), SlicePlane.axial(2), 10, 10).end();
        assertTrue(waitFor(() -> Files.exists(writer.file()), 5_000), "the first change after a quiet hour at once");
        editor.beginStroke(Brush.paint(4, Brush.Shape.DISC), SlicePlane.axial(3), 50, 50).end();
        // the next slot is an hour away; a flush does not wait for it
        writer.flush();
        assertTrue(RecoveryFile.read(writer.file(), GRID).sameVoxels(editor.mask()));
        writer.discard();
        assertFalse(Files.exists(writer.file()));
        editor.beginStroke(Brush.paint(4, Brush.Shape.DISC), SlicePlane.axial(4), 50, 50).end();
        Thread.sleep(100);
        assertFalse(Files.exists(writer.file()), "a discarded writer no longer listens");
    }

    @Test
    void aFailedWriteIsReportedAndRetried() throws Exception {
        Path blocked = dir.resolve("not-a-folder");
        Files.writeString(blocked, "a file where the recovery folder should be");
        RoiEditor editor = new RoiEditor(RoiFixtures.ct(GRID, (i, j, k) -> 0), new EditableMask(GRID),
                new UndoHistory());
        List<Exception> failures = new CopyOnWriteArrayList<>();
        try (RecoveryWriter writer = new RecoveryWriter(editor.mask(), blocked, SERIES, Duration.ofMillis(50))) {
            writer.onFailure(failures::add);
            editor.beginStroke(Brush.paint(4, Brush.Shape.DISC), SlicePlane.axial(2), 10, 10).end();
            assertTrue(waitFor(() -> failures.size() >= 2, 5_000), "reported, then tried again");
            assertNotNull(writer.lastFailure());
            assertThrows(BadInputException.class, writer::flush);
        } catch (BadInputException expectedOnClose) {
            assertTrue(expectedOnClose.getMessage().contains("not-a-folder"), expectedOnClose.getMessage());
        }
    }

    private void assertDamaged(byte[] content, String why) throws IOException {
        Path file = dir.resolve("damaged" + RecoveryFile.SUFFIX);
        Files.write(file, content);
        BadInputException e = assertThrows(BadInputException.class, () -> RecoveryFile.read(file, GRID));
        assertTrue(e.getMessage().contains("damaged") && e.getMessage().contains(why), e.getMessage());
        assertEquals(file, e.input());
    }

    private static boolean matches(Path file, EditableMask expected) {
        try {
            return Files.exists(file) && RecoveryFile.read(file, GRID).sameVoxels(expected);
        } catch (IOException | BadInputException e) {
            return false;
        }
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition, long millis)
            throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    private static EditableMask randomMask(Random random) {
        return RoiFixtures.mask(GRID, (i, j, k) -> k > 1 && (i - 40) * (i - 40) + (j - 30) * (j - 30) < 300
                && random.nextInt(5) > 0);
    }
}
