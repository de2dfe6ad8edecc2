package org.tacerisk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the installation keeps its shipped files and where the workstation keeps its own: the demo model bundle
 * (shared with {@code tacerisk demo}) and the application's data folder (the demo case, the recent-cases list).
 */
public final class Installation {

    /** The demo bundle, relative to the installation (or to a source tree). */
    public static final String DEMO_BUNDLE = "models/hcc-tace-demo";
    /** Overrides the data folder (tests, or an administrator who wants it elsewhere). */
    public static final String DATA_PROPERTY = "tacerisk.data";

    private Installation() {
    }

    /** The demo bundle of the installation ({@code -Dtacerisk.home}), else of the working folder (a source tree). */
    public static Path demoBundle() {
        String home = System.getProperty("tacerisk.home");
        return home == null ? Path.of(DEMO_BUNDLE) : Path.of(home).resolve(DEMO_BUNDLE);
    }

    /**
     * The application's data folder: {@code -Dtacerisk.data} when set; else {@code ${tacerisk.home}/var} when the
     * installation folder can be written (as for the deep-learning cache); else the user's data folder
     * ({@code %LOCALAPPDATA%\TACE-Risk}, {@code ~/Library/Application Support/TACE-Risk},
     * {@code $XDG_DATA_HOME/tacerisk} or {@code ~/.local/share/tacerisk}).
     */
    public static Path dataFolder() {
        return dataFolder(System.getProperty(DATA_PROPERTY), System.getProperty("tacerisk.home"), System.getenv(),
                System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path dataFolder(String data, String home, Map<String, String> env, String osName, String userHome) {
        if (notBlank(data)) {
            return Path.of(data);
        }
        if (notBlank(home)) {
            Path var = Path.of(home, "var");
            if (writable(var)) {
                return var;
            }
        }
        return userDataFolder(env, osName, userHome);
    }

    static Path userDataFolder(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("win")) {
            String local = env.get("LOCALAPPDATA");
            return notBlank(local) ? Path.of(local, "TACE-Risk") : Path.of(userHome, "AppData", "Local", "TACE-Risk");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "TACE-Risk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return notBlank(xdg) ? Path.of(xdg, "tacerisk") : Path.of(userHome, ".local", "share", "tacerisk");
    }

    private static boolean writable(Path dir) {
        try {
            Files.createDirectories(dir);
            return Files.isDirectory(dir) && Files.isWritable(dir);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
