package org.tacerisk.cli;

/** Entry point of the distribution's launcher. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(TaceRiskCommand.execute(args));
    }
}
