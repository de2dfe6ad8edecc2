package org.tacerisk.app;

import java.nio.file.Path;
import java.util.Map;
import org.tacerisk.common.AppFolders;

/**
 * Where the installation keeps its shipped files and where the workstation keeps its own: the demo model bundle
 * (shared with {@code tacerisk demo}) and the application's data folder (the demo case, the recent-cases list). The
 * choice itself is {@link AppFolders}' (core code needs the same folders).
 */
public final class Installation {

    /** The demo bundle, relative to the installation (or to a source tree). */
    public static final String DEMO_BUNDLE = AppFolders.MODELS + "/hcc-tace-demo";
    /** Overrides the data folder (tests, or an administrator who wants it elsewhere). */
    public static final String DATA_PROPERTY = AppFolders.DATA_PROPERTY;

    private Installation() {
    }

    /** The demo bundle of the installation ({@code -Dtacerisk.home}), else of the working folder (a source tree). */
    public static Path demoBundle() {
        return AppFolders.shipped(DEMO_BUNDLE);
    }

    /** The application's data folder ({@link AppFolders#dataFolder()}). */
    public static Path dataFolder() {
        return AppFolders.dataFolder();
    }

    static Path dataFolder(String data, String home, Map<String, String> env, String osName, String userHome) {
        return AppFolders.dataFolder(data, home, env, osName, userHome);
    }

    static Path userDataFolder(Map<String, String> env, String osName, String userHome) {
        return AppFolders.userDataFolder(env, osName, userHome);
    }
}
