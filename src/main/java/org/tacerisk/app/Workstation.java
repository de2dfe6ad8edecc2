package org.tacerisk.app;

import javafx.application.Application;
import javafx.application.Platform;

/**
 * Starts the JavaFX workstation. A class that extends {@link Application} cannot be the main class on a plain
 * class path ("JavaFX runtime components are missing"), so the command line calls {@link #launch} here and
 * {@link WorkstationApp} is the Application.
 */
public final class Workstation {

    private static volatile WorkstationOptions options = WorkstationOptions.none();

    private Workstation() {
    }

    /** Opens the window and returns when it is closed. */
    public static void launch(WorkstationOptions opening) {
        options = opening;
        Platform.setImplicitExit(true);
        Application.launch(WorkstationApp.class);
    }

    /**
     * Why the window toolkit could not start, in one line for the terminal, or null when {@code failure} is not
     * such a failure. On Linux JavaFX needs GTK 3; a server or a minimal desktop may not have it.
     */
    public static String noWindowReason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof UnsupportedOperationException && m.contains("GTK")) {
                return "the workstation cannot open a window: " + m.replaceAll("\\.$", "")
                        + " (install GTK 3: the package libgtk-3-0 on Debian and Ubuntu, gtk3 on Fedora)";
            }
            if (t instanceof UnsupportedOperationException && m.toLowerCase(java.util.Locale.ROOT)
                    .contains("unable to open display")) {
                return "the workstation cannot open a window: " + m.replaceAll("\\.$", "");
            }
        }
        return null;
    }

    static WorkstationOptions options() {
        return options;
    }

    /**
     * Whether a window can be shown: a display server (X11, Wayland) on Linux, always elsewhere, and Monocle
     * (headless tests) when selected.
     */
    public static boolean hasDisplay() {
        return hasDisplay(System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"));
    }

    static boolean hasDisplay(java.util.Map<String, String> env, String osName, String glassPlatform) {
        if ("Monocle".equals(glassPlatform)) {
            return true;
        }
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (!os.contains("linux") && !os.contains("nix")) {
            return true;
        }
        return notBlank(env.get("DISPLAY")) || notBlank(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
