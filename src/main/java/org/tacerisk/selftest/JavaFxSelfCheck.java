package org.tacerisk.selftest;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * JavaFX, reached only by reflection so that this core package does not depend on the UI toolkit: its classes load,
 * its native libraries load, and — where there is a display (or the headless Monocle platform of the tests) — the
 * toolkit starts and runs a task on its thread. Without a display (an SSH session, CI) the toolkit cannot start;
 * the row then passes on classes and libraries and says that the window itself was not tried.
 */
final class JavaFxSelfCheck implements SelfCheck {

    private static final long START_SECONDS = 20;

    @Override
    public String name() {
        return "JavaFX";
    }

    @Override
    public String run() throws Exception {
        Class.forName("javafx.scene.control.Button", false, getClass().getClassLoader());
        Class<?> platform = Class.forName("javafx.application.Platform");
        String version = runtimeVersion();
        if (!hasDisplay()) {
            Method load = Class.forName("com.sun.glass.utils.NativeLibLoader").getMethod("loadLibrary", String.class);
            for (String library : new String[] {"prism_sw", "javafx_font"}) {
                load.invoke(null, library);
            }
            return "JavaFX " + version + ": classes and native libraries load; no display (DISPLAY is not set), so"
                    + " the window toolkit was not started";
        }
        CountDownLatch ran = new CountDownLatch(1);
        Runnable task = ran::countDown;
        boolean startedHere;
        try {
            platform.getMethod("startup", Runnable.class).invoke(null, task);
            startedHere = true;
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (!(e.getCause() instanceof IllegalStateException)) {
                throw new IllegalStateException("the JavaFX toolkit does not start: " + e.getCause(), e.getCause());
            }
            // already running (the workstation, or a test): run a task on its thread instead
            platform.getMethod("runLater", Runnable.class).invoke(null, task);
            startedHere = false;
        }
        if (!ran.await(START_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX toolkit did not run a task within " + START_SECONDS + " s");
        }
        // never Platform.exit(): the toolkit cannot start twice in one process, so a later window (or test) would
        // fail; `tacerisk selftest` ends with System.exit, which stops the toolkit's thread
        return "JavaFX " + version + ": toolkit " + (startedHere ? "started" : "running") + " ("
                + System.getProperty("glass.platform", "default platform") + ")";
    }

    private static String runtimeVersion() {
        try {
            return (String) Class.forName("com.sun.javafx.runtime.VersionInfo").getMethod("getRuntimeVersion")
                    .invoke(null);
        } catch (ReflectiveOperationException e) {
            return "(version unknown)";
        }
    }

    /** A display the toolkit can open: Windows and macOS always; on Linux X11 or Wayland, or Monocle. */
    static boolean hasDisplay() {
        if ("Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))) {
            return true;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("win") || os.startsWith("mac")) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
