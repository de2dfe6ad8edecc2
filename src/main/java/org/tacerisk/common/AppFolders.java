package org.tacerisk.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where an installation keeps its shipped files ({@code -Dtacerisk.home}: {@code models/}, {@code icons/}) and where
 * the program writes: the application's data folder and the folder native libraries unpack to. Core code (the
 * self-test, the CLI) and the workstation choose them the same way; the workstation's {@code Installation} delegates
 * here.
 */
public final class AppFolders {

    /** The installation folder, set by the launcher. */
    public static final String HOME_PROPERTY = "tacerisk.home";
    /** Overrides the data folder (tests, or an administrator who wants it elsewhere). */
    public static final String DATA_PROPERTY = "tacerisk.data";
    /** The folder of the installed model bundles, relative to the installation (or to a source tree). */
    public static final String MODELS = "models";

    private AppFolders() {
    }

    /** The installation folder, or null when running from a source tree or the tests. */
    public static Path home() {
        String home = System.getProperty(HOME_PROPERTY);
        return notBlank(home) ? Path.of(home) : null;
    }

    /** {@code relative} inside the installation ({@code -Dtacerisk.home}), else inside the working folder. */
    public static Path shipped(String relative) {
        Path home = home();
        return home == null ? Path.of(relative) : home.resolve(relative);
    }

    /**
     * The application's data folder: {@code -Dtacerisk.data} when set; else {@code ${tacerisk.home}/var} when the
     * installation folder can be written; else the user's data folder ({@code %LOCALAPPDATA%\TACE-Risk},
     * {@code ~/Library/Application Support/TACE-Risk}, {@code $XDG_DATA_HOME/tacerisk} or
     * {@code ~/.local/share/tacerisk}).
     */
    public static Path dataFolder() {
        return dataFolder(System.getProperty(DATA_PROPERTY), System.getProperty(HOME_PROPERTY), System.getenv(),
                System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    public static Path dataFolder(String data, String home, Map<String, String> env, String osName,
            String userHome) {
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

    public static Path userDataFolder(Map<String, String> env, String osName, String userHome) {
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

    /**
     * Where native libraries of {@code library} unpack: {@code -Dtacerisk.data}/cache/library when the data folder
     * is set explicitly, else {@code ${tacerisk.home}/var/cache/library} when the installation can be written, else
     * {@link #userTemp()}{@code /cache/library}. Never the user's home: on hospital PCs it is often a roaming
     * profile with a quota, and unpacked libraries there would travel with every log-in.
     */
    public static Path nativeCache(String library) {
        return nativeCache(library, System.getProperty(DATA_PROPERTY), System.getProperty(HOME_PROPERTY),
                userTemp().toString());
    }

    /**
     * {@code ${java.io.tmpdir}/tacerisk-USER}: where caches go when the installation cannot be written (a system-wide
     * install). One folder per user, since the temporary folder is shared and a folder one user made there cannot be
     * written by the next.
     */
    public static Path userTemp() {
        return userTemp(System.getProperty("java.io.tmpdir"), System.getProperty("user.name", "user"));
    }

    static Path userTemp(String tmp, String user) {
        return Path.of(tmp, "tacerisk-" + user.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    static Path nativeCache(String library, String data, String home, String userTemp) {
        if (notBlank(data)) {
            return Path.of(data, "cache", library);
        }
        if (notBlank(home)) {
            Path dir = Path.of(home, "var", "cache", library);
            if (writable(dir)) {
                return dir;
            }
        }
        return Path.of(userTemp, "cache", library);
    }

    /** Whether {@code dir} exists or can be created, and can be written. */
    public static boolean writable(Path dir) {
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
