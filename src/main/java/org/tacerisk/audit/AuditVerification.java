package org.tacerisk.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The result of checking the audit log's hash chain (docs/audit.md): intact, or the first bad line (numbered from 1
 * as a text editor shows it) and what is wrong with it.
 *
 * @param intact       true when every line and the head agree
 * @param lines        lines in the log
 * @param firstBadLine the first line that breaks the chain (lines + 1 when the end was cut off), 0 when intact
 * @param problem      what is wrong, in words, or null
 */
public record AuditVerification(boolean intact, long lines, long firstBadLine, String problem) {

    private static final Pattern SEAL = Pattern.compile(".*,\"hash\":\"[0-9a-f]{64}\"}");

    /** The chain's end as an append continues it. */
    record Last(long sequence, String hash, long length) {
    }

    static AuditVerification of(Path log, Path head) {
        List<String> lines;
        try {
            lines = AuditLog.lines(log);
        } catch (IOException e) {
            return new AuditVerification(false, 0, 1, "the log cannot be read: " + e.getMessage());
        }
        String prev = AuditLog.GENESIS;
        for (int i = 0; i < lines.size(); i++) {
            long n = i + 1;
            String line = lines.get(i);
            String broken = problem(line, n, prev);
            if (broken != null) {
                return new AuditVerification(false, lines.size(), n, "line " + n + " " + broken);
            }
            prev = AuditLog.lineHash(line);
        }
        String headProblem = headProblem(head, lines.size(), prev);
        if (headProblem != null) {
            return new AuditVerification(false, lines.size(), lines.size() + 1L, headProblem);
        }
        return new AuditVerification(true, lines.size(), 0, null);
    }

    private static String problem(String line, long n, String prev) {
        if (!SEAL.matcher(line).matches()) {
            return "is not a sealed audit record (it was edited or damaged)";
        }
        String own = AuditLog.lineHash(line);
        String body = line.substring(0, line.length() - 75) + "}";
        if (!AuditLog.sha256(body).equals(own)) {
            return "was edited: its content does not match its hash";
        }
        JsonNode node;
        try {
            node = AuditLog.JSON.readTree(line);
        } catch (IOException e) {
            return "is not valid JSON";
        }
        if (!prev.equals(node.path("prev").asText())) {
            return "does not follow the line before it: a line was removed, inserted or moved here, or the line"
                    + " before was edited";
        }
        if (node.path("seq").asLong() != n) {
            return "carries number " + node.path("seq").asLong() + ": lines were removed or moved";
        }
        return null;
    }

    private static String headProblem(Path head, long lines, String lastHash) {
        String text;
        try {
            text = Files.exists(head) ? Files.readString(head, StandardCharsets.UTF_8).strip() : "";
        } catch (IOException e) {
            return "the head file cannot be read: " + e.getMessage();
        }
        if (text.isEmpty()) {
            return lines == 0 ? null : "the head file " + head.getFileName() + " is missing, so a cut-off end cannot"
                    + " be ruled out";
        }
        String[] parts = text.split(" ");
        long recorded = Long.parseLong(parts[0]);
        if (recorded != lines || !parts[1].equals(lastHash)) {
            return "the log ends at line " + lines + " but " + recorded + " lines were recorded: lines were removed"
                    + " from the end, or the last line was replaced";
        }
        return null;
    }

    /** The last line's number and hash, and the log's length, read from the end of the file. */
    static Last last(Path log, Path head) throws IOException {
        if (!Files.exists(log) || Files.size(log) == 0) {
            return new Last(0, AuditLog.GENESIS, 0);
        }
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            long size = f.length();
            int chunk = (int) Math.min(size, 1 << 20);
            byte[] tail = new byte[chunk];
            f.seek(size - chunk);
            f.readFully(tail);
            String text = new String(tail, StandardCharsets.UTF_8);
            String trimmed = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            String line = trimmed.substring(trimmed.lastIndexOf('\n') + 1);
            long seq = AuditLog.JSON.readTree(line).path("seq").asLong();
            return new Last(seq, AuditLog.lineHash(line), size);
        }
    }
}
