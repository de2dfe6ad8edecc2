package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading right after a scan reuses the scan's headers only while each file is unchanged: a touched, rewritten or
 * deleted file is read again, and a later scan replaces the earlier one's headers.
 */
class ScannedHeadersTest {

    @TempDir
    Path temp;

    @Test
    void aHeaderIsReusedOnlyWhileItsFileIsUnchanged() throws IOException {
        Path a = Files.createDirectories(temp.resolve("a"));
        CtSeriesWriter.write(DicomTestData.volume(8, 8, 3), a, CtWriteOptions.builder().build());
        DicomIndex index = DicomScanner.scan(a);
        List<Path> files = index.allSeries().get(0).files();
        InstanceHeader first = ScannedHeaders.lookup(files.get(0));
        assertNotNull(first, "the scan's header");
        assertSame(first, ScannedHeaders.lookup(files.get(0)), "reused, not read again");

        FileTime later = FileTime.fromMillis(Files.getLastModifiedTime(files.get(1)).toMillis() + 2000);
        Files.setLastModifiedTime(files.get(1), later);
        assertNull(ScannedHeaders.lookup(files.get(1)), "a touched file is read again");
        Files.delete(files.get(2));
        assertNull(ScannedHeaders.lookup(files.get(2)), "a deleted file is not served from memory");

        LoadedSeries loaded = SeriesLoader.load(DicomScanner.scan(a).allSeries().get(0));
        assertEquals(2, loaded.volume().geometry().nz(), "the folder as it is now");

        Path b = Files.createDirectories(temp.resolve("b"));
        CtSeriesWriter.write(DicomTestData.volume(8, 8, 2), b, CtWriteOptions.builder().build());
        DicomScanner.scan(b);
        assertNull(ScannedHeaders.lookup(files.get(0)), "only the last scan is kept");
        try (Stream<Path> s = Files.list(b)) {
            assertNotNull(ScannedHeaders.lookup(s.sorted().findFirst().orElseThrow().toAbsolutePath().normalize()));
        }
    }
}
