package org.tacerisk.common;

/**
 * A long call stopped because the user asked it to ({@link Progress#isCancelled()}). Not an error: front ends show
 * "cancelled", not a failure, and the call has left nothing half-written.
 */
public final class Cancelled extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Cancelled() {
        super("cancelled");
    }
}
