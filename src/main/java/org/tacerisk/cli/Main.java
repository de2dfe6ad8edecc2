package org.tacerisk.cli;

import org.tacerisk.common.AppTemp;

/** Entry point of the distribution's launcher. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        AppTemp.deleteStale();
        System.exit(TaceRiskCommand.execute(args));
    }
}
