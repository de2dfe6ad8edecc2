package org.tacerisk.cli;

import org.tacerisk.common.AppTemp;
import org.tacerisk.common.NativeCaches;

/** Entry point of the distribution's launcher. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // before any JavaFX or PDFBox class loads: nothing is unpacked into the user's home
        NativeCaches.configure();
        AppTemp.deleteStale();
        System.exit(TaceRiskCommand.execute(args));
    }
}
