package org.tacerisk.cohort;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Part {@code index} of {@code count} (1-based, as users say "shard 3 of 8") of a cohort. A patient belongs to
 * shard {@code 1 + (h mod count)}, h = the first 8 bytes of SHA-256 of the patient_id: the same patient lands in
 * the same shard whatever the manifest's row order, and adding rows does not move existing patients to other
 * machines (whose caches then stay valid). Shard sizes are therefore only roughly equal.
 */
public record Shard(int index, int count) {

    /** Everything: one shard. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard must be i/n with 1 <= i <= n, got " + index + "/" + count);
        }
    }

    /** Parses "i/n". */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/", -1);
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("shard must be i/n (e.g. 2/8), got \"" + text + "\"");
    }

    public boolean contains(String patientId) {
        if (count == 1) {
            return true;
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(patientId.getBytes(StandardCharsets.UTF_8));
            return Math.floorMod(ByteBuffer.wrap(h, 0, 8).getLong(), count) == index - 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
