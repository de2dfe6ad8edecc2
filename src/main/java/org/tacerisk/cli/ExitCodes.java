package org.tacerisk.cli;

/** The exit codes every TACE-Risk command uses (scripts and batch schedulers rely on them). */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 3;
    /** The run was cancelled (Ctrl-C): 128 + SIGINT, as shells report it; nothing half-written was left. */
    public static final int CANCELLED = 130;

    private ExitCodes() {
    }
}
