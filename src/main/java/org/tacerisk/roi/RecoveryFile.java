package org.tacerisk.roi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.LogSafe;
import org.tacerisk.image.ImageGeometry;

/**
 * The ROI recovery file: enough to restore the identical mask after a crash and to tell which series it belongs to.
 *
 * <pre>
 * "TACERISK-ROI-RECOVERY\n"          ASCII magic
 * u32 n, n bytes                      header, UTF-8 JSON: format, seriesKey, writtenAt, grid (size, spacing,
 *                                     origin, direction: the doubles as written, so the grid compares equal), voxels
 * u32 m, m bytes                      payload, DEFLATE: per axial slice a varint length and the slice's run-length
 *                                     code (see RunLength; an empty slice is one zero byte)
 * u32                                 CRC-32 of everything before it
 * </pre>
 *
 * Integers are big-endian. The series key is what the workstation identifies the series by (its Series Instance UID,
 * or a hash of the image path); the file name holds only a hash of it. Written atomically ({@link AtomicFiles}).
 * A file that is damaged, truncated or of an unknown format is refused naming the file; one whose grid is not the
 * series' grid is refused naming both grids.
 */
public final class RecoveryFile {

    public static final String SUFFIX = ".tacroi";
    public static final int FORMAT = 1;
    private static final byte[] MAGIC = "TACERISK-ROI-RECOVERY\n".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A header longer than this is not one of ours. */
    private static final int MAX_HEADER_BYTES = 1 << 20;

    /** What the header says. */
    public record Header(Path file, String seriesKey, ImageGeometry geometry, Instant writtenAt, long voxelCount) {
    }

    /** The slices' run-length codes and what the header needs: an immutable picture of a mask. */
    record Snapshot(String seriesKey, ImageGeometry geometry, byte[][] codes, long voxelCount) {
    }

    private RecoveryFile() {
    }

    /** Where the recovery file of a series lives in {@code folder}. */
    public static Path pathFor(Path folder, String seriesKey) {
        return folder.resolve("roi-" + LogSafe.hash(seriesKey) + SUFFIX);
    }

    /** The recovery files in {@code folder} (none when it does not exist), by name. */
    public static List<Path> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(f)).sorted()
                    .toList();
        }
    }

    /** Writes the mask now (on the mask's thread). */
    public static void write(Path file, String seriesKey, EditableMask mask) throws IOException {
        write(file, snapshot(seriesKey, mask));
    }

    static Snapshot snapshot(String seriesKey, EditableMask mask) {
        int nz = mask.geometry().nz();
        byte[][] codes = new byte[nz][];
        long count = 0;
        for (int k = 0; k < nz; k++) {
            long[] words = mask.sliceWords(k);
            codes[k] = words == null ? new byte[0] : RunLength.encode(words);
            count += mask.countInSlice(k);
        }
        return new Snapshot(seriesKey, mask.geometry(), codes, count);
    }

    static void write(Path file, Snapshot snapshot) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (byte[] code : snapshot.codes()) {
            RunLength.writeVarint(raw, code.length);
            raw.write(code);
        }
        byte[] compressed = deflate(raw.toByteArray());
        byte[] header = JSON.writeValueAsBytes(headerJson(snapshot));
        ByteArrayOutputStream whole = new ByteArrayOutputStream(compressed.length + header.length + 64);
        DataOutputStream out = new DataOutputStream(whole);
        out.write(MAGIC);
        out.writeInt(header.length);
        out.write(header);
        out.writeInt(compressed.length);
        out.write(compressed);
        CRC32 crc = new CRC32();
        crc.update(whole.toByteArray());
        out.writeInt((int) crc.getValue());
        AtomicFiles.write(file, whole::writeTo);
    }

    /** Reads only the header (to offer a recovery at start); checks the magic and the header's fields. */
    public static Header readHeader(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            return readHeader(file, in);
        } catch (EOFException e) {
            throw damaged(file, "it ends too early", e);
        }
    }

    /**
     * Reads and checks the whole file and returns the mask.
     *
     * @param expected the open series' grid
     * @throws BadInputException when the file is damaged, or its grid is not {@code expected}
     */
    public static EditableMask read(Path file, ImageGeometry expected) throws IOException {
        try {
            return readChecked(file, expected);
        } catch (EOFException e) {
            throw damaged(file, "it ends too early", e);
        }
    }

    private static EditableMask readChecked(Path file, ImageGeometry expected) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < MAGIC.length + 12) {
            throw damaged(file, "it is too short (" + bytes.length + " bytes)", null);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        int stored = ((bytes[bytes.length - 4] & 0xFF) << 24) | ((bytes[bytes.length - 3] & 0xFF) << 16)
                | ((bytes[bytes.length - 2] & 0xFF) << 8) | (bytes[bytes.length - 1] & 0xFF);
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
        Header header = readHeader(file, in);
        if ((int) crc.getValue() != stored) {
            throw damaged(file, "its checksum does not match its content", null);
        }
        ImageGeometry g = header.geometry();
        if (!g.sameGrid(expected, 1e-4)) {
            throw new BadInputException(file, "this ROI recovery file was written for a series with the grid " + g
                    + ", but the open series has the grid " + expected + "; it belongs to another series and is not"
                    + " restored");
        }
        int length = in.readInt();
        if (length < 0 || length > in.available() - 4) {
            throw damaged(file, "its mask length is wrong", null);
        }
        byte[] compressed = in.readNBytes(length);
        EditableMask mask = new EditableMask(expected);
        try {
            byte[] payload = inflate(compressed);
            int[] cursor = {0};
            for (int k = 0; k < g.nz(); k++) {
                int size = RunLength.readVarint(payload, cursor);
                if (size > payload.length - cursor[0]) {
                    throw new IllegalArgumentException("slice " + k + " is cut off");
                }
                mask.restoreSlice(k, java.util.Arrays.copyOfRange(payload, cursor[0], cursor[0] + size));
                cursor[0] += size;
            }
            if (cursor[0] != payload.length) {
                throw damaged(file, "its mask has more slices than its grid", null);
            }
        } catch (DataFormatException | IllegalArgumentException e) {
            throw damaged(file, "its mask cannot be decoded (" + e.getMessage() + ")", e);
        }
        if (mask.count() != header.voxelCount()) {
            throw damaged(file, "its mask holds " + mask.count() + " voxels but the header says "
                    + header.voxelCount(), null);
        }
        return mask;
    }

    private static Header readHeader(Path file, DataInputStream in) throws IOException {
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw damaged(file, "it is not a TACE-Risk ROI recovery file", null);
        }
        int length = in.readInt();
        if (length <= 0 || length > MAX_HEADER_BYTES) {
            throw damaged(file, "its header length (" + length + ") is wrong", null);
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw damaged(file, "it ends inside its header", null);
        }
        try {
            JsonNode h = JSON.readTree(bytes);
            int format = h.path("format").asInt(-1);
            if (format != FORMAT) {
                throw damaged(file, "its format " + h.path("format") + " is not format " + FORMAT, null);
            }
            JsonNode grid = h.get("grid");
            int[] size = ints(grid.get("size"), 3);
            ImageGeometry g = new ImageGeometry(size[0], size[1], size[2], doubles(grid.get("spacing"), 3),
                    doubles(grid.get("origin"), 3), doubles(grid.get("direction"), 9));
            return new Header(file, h.get("seriesKey").asText(), g, Instant.parse(h.get("writtenAt").asText()),
                    h.get("voxels").asLong());
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException bad) {
                throw bad;
            }
            throw damaged(file, "its header cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static ObjectNode headerJson(Snapshot s) {
        ObjectNode h = JSON.createObjectNode();
        h.put("format", FORMAT);
        h.put("seriesKey", s.seriesKey());
        h.put("writtenAt", Instant.now().toString());
        ObjectNode grid = h.putObject("grid");
        ImageGeometry g = s.geometry();
        ArrayNode size = grid.putArray("size");
        size.add(g.nx()).add(g.ny()).add(g.nz());
        for (double v : g.spacing()) {
            grid.withArray("spacing").add(v);
        }
        for (double v : g.origin()) {
            grid.withArray("origin").add(v);
        }
        for (double v : g.direction()) {
            grid.withArray("direction").add(v);
        }
        h.put("voxels", s.voxelCount());
        return h;
    }

    private static int[] ints(JsonNode array, int n) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = requireNumber(array, i, n).intValue();
        }
        return values;
    }

    private static double[] doubles(JsonNode array, int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = requireNumber(array, i, n).doubleValue();
        }
        return values;
    }

    private static Number requireNumber(JsonNode array, int i, int n) {
        if (array == null || !array.isArray() || array.size() != n || !array.get(i).isNumber()) {
            throw new IllegalArgumentException("a grid field does not hold " + n + " numbers");
        }
        return array.get(i).numberValue();
    }

    private static BadInputException damaged(Path file, String why, Throwable cause) {
        return new BadInputException(file, "this ROI recovery file is damaged: " + why + "; it cannot be restored",
                cause);
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 4));
            byte[] buffer = new byte[1 << 16];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] data) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length * 4));
            byte[] buffer = new byte[1 << 16];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("the compressed mask ends too early");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }
}
