package org.tacerisk.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Helpers that keep patient data out of logs: identifiers are logged only as short one-way hashes. */
public final class LogSafe {

    private LogSafe() {
    }

    /** First 12 hex digits of SHA-256: enough to tell series apart in a log, useless to re-identify. */
    public static String hash(String identifier) {
        if (identifier == null) {
            return "null";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identifier.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
