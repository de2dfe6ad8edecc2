package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installation's first start as a user would run it, in a fresh JVM: {@code selftest} and {@code demo} (the
 * demo patient predicted) with the user's home an empty folder ({@code HOME} and {@code user.home}) and an
 * installation folder of its own ({@code -Dtacerisk.home}, as the launchers set it). Afterwards the home must still
 * be empty: native libraries, caches and data went to the installation's data folder. Both run without network:
 * inside {@code unshare -rn} where the system allows it (a namespace with no interface up), and always under
 * {@link NoNetworkMain}, which fails the run on any socket the Java code tries.
 */
class OfflineRunTest {

    private static List<String> namespace = List.of();

    @TempDir
    static Path install;
    @TempDir
    static Path home;

    @BeforeAll
    static void installation() throws Exception {
        Files.createSymbolicLink(install.resolve("models"), Path.of("models").toAbsolutePath());
        namespace = unshareWorks() ? List.of("unshare", "-rn") : List.of();
    }

    @Test
    void selfTestAndDemoPassOfflineAndLeaveTheHomeEmpty() throws Exception {
        Run selftest = run("selftest");
        assertEquals(0, selftest.code, selftest.output);
        assertTrue(selftest.output.contains("all ") && selftest.output.contains(" checks passed"), selftest.output);
        Run demo = run("demo", "--out", install.resolve("demo").toString());
        assertEquals(0, demo.code, demo.output);
        assertTrue(demo.output.contains("probability of metastasis"), demo.output);
        try (Stream<Path> left = Files.walk(home)) {
            assertEquals(List.of(home), left.toList(), "files created in the user's home");
        }
        assertTrue(Files.isDirectory(install.resolve("var")), "the data folder is the installation's var/");
        assertTrue(Files.isDirectory(install.resolve("var/cache/openjfx")), "JavaFX natives unpack there");
    }

    @Test
    void theSocketGuardCatchesAConnection() throws Exception {
        Run run = run(NoNetworkMain.CONNECT, "127.0.0.1:9");
        assertEquals(NoNetworkMain.NETWORK_USED, run.code, run.output);
        assertTrue(run.output.contains("NETWORK USED: (\"java.net.SocketPermission\" \"127.0.0.1:9\""), run.output);
    }

    record Run(int code, String output) {
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(namespace);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.security.manager=allow", "-Xmx2g", "-Djava.awt.headless=true", "-Dai.djl.offline=true",
                "-Dtacerisk.home=" + install, "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"),
                NoNetworkMain.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).directory(install.toFile());
        Map<String, String> env = pb.environment();
        env.put("HOME", home.toString());
        // a display would start the real window toolkit (GTK writes its own caches); XDG folders point into home
        for (String name : new String[] {"DISPLAY", "WAYLAND_DISPLAY", "XDG_DATA_HOME", "XDG_CACHE_HOME",
            "XDG_CONFIG_HOME"}) {
            env.remove(name);
        }
        // ENGINE_CACHE_DIR / DJL_CACHE_DIR stay as the build sets them (target/djl-cache): the 430 MB PyTorch
        // unpacking into the installation is checked by CI on the app-image (.ci/run)
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        return new Run(p.exitValue(), output);
    }

    private static boolean unshareWorks() {
        try {
            Process p = new ProcessBuilder("unshare", "-rn", "true").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
