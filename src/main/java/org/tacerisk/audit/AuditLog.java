package org.tacerisk.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.common.SoftwareVersion;

/**
 * The installation's audit log of predictions (docs/audit.md): {@value #FILE} in the data folder's {@value #FOLDER}
 * folder, one JSON object per line, appended only. Each line holds the SHA-256 of the line before it
 * ({@code prev}) and ends with the SHA-256 of its own content ({@code hash}); {@value #HEAD} holds the number and
 * hash of the last line. So an edited, removed, inserted or reordered line, or a cut-off end, breaks the chain
 * ({@link AuditVerification}). Patients appear only as an HMAC-SHA256 of their ID with the installation's random
 * salt ({@value #SALT}, made on first use, owner-only): the same patient gives the same hash here, and nobody
 * without the salt can test a guessed ID against it.
 *
 * <p>An append that fails (disk full, no permission) truncates the log back to its previous length, so the lines
 * before stay intact, and throws {@link AuditFailure}: the caller must not present the prediction as recorded.
 */
public final class AuditLog {

    public static final String FOLDER = "audit";
    public static final String FILE = "audit.jsonl";
    public static final String HEAD = "audit.head";
    public static final String SALT = "salt";
    /** The {@code prev} of the first line. */
    static final String GENESIS = "0".repeat(64);
    static final ObjectMapper JSON = new ObjectMapper();

    /** How the bytes of a line reach the file (tests put a failing disk here). */
    @FunctionalInterface
    interface ChannelWrite {
        void write(FileChannel channel, ByteBuffer bytes) throws IOException;
    }

    private final Path folder;
    private final ChannelWrite channelWrite;
    private final Clock clock;

    /** The audit log of the data folder {@code dataFolder}. */
    public AuditLog(Path dataFolder) {
        this(dataFolder, (channel, bytes) -> {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        }, Clock.systemUTC());
    }

    AuditLog(Path dataFolder, ChannelWrite channelWrite, Clock clock) {
        this.folder = dataFolder.resolve(FOLDER);
        this.channelWrite = channelWrite;
        this.clock = clock;
    }

    /** The log file. */
    public Path file() {
        return folder.resolve(FILE);
    }

    /** A recorded line: its number (from 1) and its hash. */
    public record Receipt(long sequence, String hash) {
    }

    /**
     * Appends one prediction.
     *
     * @throws AuditFailure when it could not be recorded; the log is as before
     */
    public synchronized Receipt append(AuditedPrediction prediction) {
        try {
            Files.createDirectories(folder);
            String patient = prediction.patientId() == null || prediction.patientId().isBlank() ? null
                    : patientHash(prediction.patientId());
            Map<String, Object> fields = new LinkedHashMap<>();
            AuditVerification.Last last = AuditVerification.last(file(), folder.resolve(HEAD));
            fields.put("seq", last.sequence() + 1);
            fields.put("time", Instant.now(clock).toString());
            fields.put("user", System.getProperty("user.name", ""));
            fields.put("software", SoftwareVersion.current());
            fields.putAll(prediction.fields(patient));
            fields.put("prev", last.hash());
            String line = sealed(fields);
            String hash = lineHash(line);
            appendLine(line + "\n");
            try {
                AtomicFiles.writeString(folder.resolve(HEAD), (last.sequence() + 1) + " " + hash + "\n");
            } catch (IOException | RuntimeException e) {
                truncate(last.length());
                throw e;
            }
            return new Receipt(last.sequence() + 1, hash);
        } catch (IOException | RuntimeException e) {
            if (e instanceof AuditFailure f) {
                throw f;
            }
            throw new AuditFailure(file(), e);
        }
    }

    /** Checks the whole chain. */
    public AuditVerification verify() {
        return AuditVerification.of(file(), folder.resolve(HEAD));
    }

    /**
     * Writes the lines recorded from {@code from} to {@code to} (UTC dates, both included) to {@code out}, whole and
     * unchanged (so an auditor can check each line's hash), atomically.
     *
     * @return the number of lines written
     */
    public int export(java.time.LocalDate from, java.time.LocalDate to, Path out) throws IOException {
        StringBuilder text = new StringBuilder();
        int n = 0;
        for (String line : lines(file())) {
            String time = JSON.readTree(line).path("time").asText("");
            java.time.LocalDate day = time.length() >= 10 ? java.time.LocalDate.parse(time.substring(0, 10)) : null;
            if (day != null && !day.isBefore(from) && !day.isAfter(to)) {
                text.append(line).append('\n');
                n++;
            }
        }
        AtomicFiles.writeString(out, text.toString());
        return n;
    }

    /** The {@code fields} as one JSON line ending with the {@code hash} of everything before it. */
    static String sealed(Map<String, Object> fields) throws JsonProcessingException {
        String body = JSON.writeValueAsString(fields);
        String hash = sha256(body);
        return body.substring(0, body.length() - 1) + ",\"hash\":\"" + hash + "\"}";
    }

    /** The hash a line is known by (its own {@code hash}: the SHA-256 of its content before that field). */
    static String lineHash(String line) {
        return line.substring(line.length() - 66, line.length() - 2);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void appendLine(String line) throws IOException {
        Path log = file();
        try (FileChannel ch = FileChannel.open(log, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            long before = ch.size();
            try {
                ch.position(before);
                channelWrite.write(ch, ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            } catch (IOException | RuntimeException e) {
                // a half-written line would break the chain for every later line: cut it off again
                ch.truncate(before);
                ch.force(true);
                throw e;
            }
        }
    }

    private void truncate(long length) throws IOException {
        try (FileChannel ch = FileChannel.open(file(), StandardOpenOption.WRITE)) {
            ch.truncate(length);
            ch.force(true);
        }
    }

    /** The installation's salted hash of a patient identifier (HMAC-SHA256, lower-case hex). */
    public String patientHash(String patientId) throws IOException {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(patientId.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] salt() throws IOException {
        Path file = folder.resolve(SALT);
        if (!Files.exists(file)) {
            byte[] salt = new byte[32];
            new SecureRandom().nextBytes(salt);
            Files.createDirectories(folder);
            Path temp = folder.resolve("." + SALT + "." + System.nanoTime() + ".part");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(temp, HexFormat.of().formatHex(salt) + "\n");
            try {
                // no replace: two processes that race keep the first salt, so hashes stay comparable
                Files.move(temp, file);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                Files.deleteIfExists(temp);
            }
        }
        return HexFormat.of().parseHex(Files.readString(file).strip());
    }

    /** Lines of the log (for export and verification). */
    static List<String> lines(Path log) throws IOException {
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }
}
