package org.tacerisk.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine loads offline; the native cache goes where an administrator or the application says, never home. */
class DeepEngineTest {

    @TempDir
    Path dir;

    @Test
    void pyTorchLoadsOfflineWithTheBundledVersion() throws IOException {
        DeepEngine.Status status = DeepEngine.start();
        assertEquals("PyTorch", status.engine());
        assertEquals(DeepEngine.PYTORCH_VERSION, status.version());
        // The library's load is timed in milliseconds: more than none (libtorch is ≈ 430 MB), less than the JVM's
        // whole life so far (a time in another unit, or counted from another start, would exceed it).
        long uptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
        assertTrue(status.loadMillis() > 0 && status.loadMillis() <= uptimeMillis,
                status.loadMillis() + " ms to load, JVM up " + uptimeMillis + " ms");
        try (var files = Files.walk(status.cacheDir())) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().contains("torch_cpu")),
                    "the reported cache folder holds the unpacked library: " + status.cacheDir());
        }
        assertSame(status, DeepEngine.start());
        assertEquals("true", System.getProperty("ai.djl.offline"), "Surefire runs offline");
        assertEquals("false", System.getProperty("ai.djl.pytorch.graph_optimizer"), "fast first prediction");
        assertEquals(DeepEngine.intraOpThreads(Runtime.getRuntime().availableProcessors()), status.intraOpThreads());
    }

    @Test
    void intraOpThreadsAreHalfTheCoresFromOneToFour() {
        assertEquals(1, DeepEngine.intraOpThreads(1));
        assertEquals(1, DeepEngine.intraOpThreads(2));
        assertEquals(2, DeepEngine.intraOpThreads(5));
        assertEquals(4, DeepEngine.intraOpThreads(16));
    }

    @Test
    void administratorsSettingWinsEngineCacheDirFirst() {
        Map<String, String> set = Map.of("ENGINE_CACHE_DIR", "/opt/cache/engine", "DJL_CACHE_DIR", "/opt/cache/djl");
        assertEquals(Path.of("/opt/cache/engine"), DeepEngine.cacheDir(set::get, dir.toString(), "/tmp"));
        Map<String, String> djlOnly = Map.of("DJL_CACHE_DIR", "/opt/cache/djl");
        assertEquals(Path.of("/opt/cache/djl"), DeepEngine.cacheDir(djlOnly::get, dir.toString(), "/tmp"));
    }

    @Test
    void applicationDataFolderWhenWritableElseTemp() throws IOException {
        Path home = dir.resolve("app");
        assertEquals(home.resolve("var").resolve("djl"), DeepEngine.cacheDir(k -> null, home.toString(), "/tmp"));
        assertTrue(Files.isDirectory(home.resolve("var").resolve("djl")));
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x"); // var/djl cannot be created under a file
        Path tmp = dir.resolve("tmp");
        assertEquals(tmp.resolve("djl"), DeepEngine.cacheDir(k -> null, file.toString(), tmp.toString()));
        assertEquals(tmp.resolve("djl"), DeepEngine.cacheDir(k -> null, null, tmp.toString()));
    }

    @Test
    void missingNativeMessageNamesThePlatformAndTheClassifierToBundle() {
        String message = DeepEngine.nativeLibraryMissing(dir, new UnsatisfiedLinkError("libtorch.so: bad ELF"));
        String classifier = DeepEngine.platformClassifier();
        assertTrue(message.contains("missing or corrupt"), message);
        assertTrue(message.contains("pytorch-native-cpu:2.7.1 with classifier " + classifier), message);
        assertTrue(message.contains("libtorch.so: bad ELF"), message);
    }

    /** Java's os.name / os.arch values on the platforms PyTorch ships for → DJL's native-jar classifiers. */
    @Test
    void classifierFollowsDjlsNamesForEachPlatform() {
        assertEquals("linux-x86_64", DeepEngine.platformClassifier("Linux", "amd64"));
        assertEquals("linux-aarch64", DeepEngine.platformClassifier("Linux", "aarch64"));
        assertEquals("win-x86_64", DeepEngine.platformClassifier("Windows 11", "amd64"));
        assertEquals("osx-aarch64", DeepEngine.platformClassifier("Mac OS X", "aarch64"));
        assertEquals("osx-x86_64", DeepEngine.platformClassifier("Mac OS X", "x86_64"));
    }

    /**
     * What the product needs on whatever machine runs the build: the bundled native library (the
     * pytorch-native-cpu jar the POM puts on the class path, {@code -Dpytorch.classifier}) is the one for this
     * platform and of the version {@link DeepEngine} names, so the message above would name the right jar.
     */
    @Test
    void bundledNativeLibraryIsForThisPlatformAndVersion() throws IOException {
        Properties bundled = new Properties();
        try (InputStream in = DeepEngine.class.getClassLoader().getResourceAsStream("native/lib/pytorch.properties")) {
            assertNotNull(in, "no pytorch-native-cpu jar on the class path");
            bundled.load(in);
        }
        assertEquals(DeepEngine.platformClassifier(), bundled.getProperty("classifier"));
        assertEquals("cpu", bundled.getProperty("flavor"));
        assertTrue(bundled.getProperty("version", "").startsWith(DeepEngine.PYTORCH_VERSION + "-"),
                bundled.getProperty("version"));
    }
}
