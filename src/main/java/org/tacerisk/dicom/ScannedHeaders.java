package org.tacerisk.dicom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The image headers of the last folder scanned, so that loading one of its series right after (the workstation's
 * series browser, {@code dicom convert}) does not read the same headers again: for a fresh program's first
 * 500-slice series that was about a third of a second of the 1.5 s "first image" budget (docs/performance.md). A
 * header is used only while its file still has the size and modification time it had before it was read; any
 * other file is read again, so a folder changed in between loads as it is now. Only the last scan is kept, and
 * only up to {@link #MAX_FILES} headers.
 */
final class ScannedHeaders {

    static final int MAX_FILES = 20_000;

    private record Entry(InstanceHeader header, FileTime modified) {
    }

    private static volatile Map<Path, Entry> last = Map.of();

    private final Map<Path, Entry> building = new ConcurrentHashMap<>();

    /** The modification time to record for {@code file}, taken before its header is read; null when unknown. */
    static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** Keeps a header read during the scan being built ({@code modified} from {@link #modified} before reading). */
    void add(InstanceHeader header, FileTime modified) {
        if (modified != null && building.size() < MAX_FILES) {
            building.put(header.file(), new Entry(header, modified));
        }
    }

    /** The scan is done: its headers replace the previous scan's. */
    void publish() {
        last = Map.copyOf(building);
    }

    /** The header read by the last scan, if {@code file} is unchanged since; else null (read it again). */
    static InstanceHeader lookup(Path file) {
        Entry e = last.get(file);
        if (e == null) {
            return null;
        }
        try {
            return Files.size(file) == e.header().fileSize() && e.modified().equals(Files.getLastModifiedTime(file))
                    ? e.header() : null;
        } catch (IOException gone) {
            return null;
        }
    }
}
