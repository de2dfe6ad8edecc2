package org.tacerisk.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.common.BadInputException;

/**
 * The folders the user opened last, newest first, kept in {@value #FILE} in the application's data folder (JSON,
 * written atomically). Holds only what the user chose and already has on disk: the folder path and the description
 * of the series loaded from it, never a patient's name or ID read from the DICOM headers; it is never logged
 * (docs/workstation.md). A damaged or unreadable file is an empty list, not an error: the list is a convenience.
 */
public final class RecentCases {

    public static final String FILE = "recent-cases.json";
    static final int MAX = 10;

    private static final Logger LOG = LoggerFactory.getLogger(RecentCases.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One folder the user opened.
     *
     * @param folder      the DICOM folder
     * @param description the description of the series loaded from it, or "" when none was loaded
     * @param opened      when it was last opened
     */
    public record Entry(Path folder, String description, Instant opened) {
    }

    private final Path file;
    private final List<Entry> entries;

    public RecentCases(Path dataFolder) {
        this.file = dataFolder.resolve(FILE);
        this.entries = read(file);
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Puts {@code folder} first (replacing an older entry of the same folder) and saves the list. */
    public void add(Path folder, String description, Instant opened) {
        Path absolute = folder.toAbsolutePath().normalize();
        entries.removeIf(e -> e.folder().equals(absolute));
        entries.add(0, new Entry(absolute, description == null ? "" : description, opened));
        while (entries.size() > MAX) {
            entries.remove(entries.size() - 1);
        }
        save();
    }

    /** Forgets every entry (and saves the empty list). */
    public void clear() {
        entries.clear();
        save();
    }

    private void save() {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", 1);
        ArrayNode list = root.putArray("entries");
        for (Entry e : entries) {
            list.addObject().put("folder", e.folder().toString()).put("description", e.description())
                    .put("opened", e.opened().toString());
        }
        try {
            AtomicFiles.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
        } catch (IOException | BadInputException e) {
            // the list is a convenience: a read-only data folder must not stop the work; no path in the log
            LOG.warn("The recent-cases list could not be saved ({})", e.getClass().getSimpleName());
        }
    }

    private static List<Entry> read(Path file) {
        List<Entry> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            for (JsonNode e : JSON.readTree(file.toFile()).path("entries")) {
                String folder = e.path("folder").asText("");
                if (!folder.isEmpty() && out.size() < MAX) {
                    out.add(new Entry(Path.of(folder), e.path("description").asText(""),
                            Instant.parse(e.path("opened").asText(Instant.EPOCH.toString()))));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The recent-cases list could not be read ({}); starting with an empty one",
                    e instanceof DateTimeParseException ? "a date is damaged" : e.getClass().getSimpleName());
            out.clear();
        }
        return out;
    }
}
