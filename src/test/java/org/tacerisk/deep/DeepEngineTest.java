package org.tacerisk.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine loads offline; the native cache goes where an administrator or the application says, never home. */
class DeepEngineTest {

    @TempDir
    Path dir;

    @Test
    void pyTorchLoadsOfflineWithTheBundledVersion() {
        DeepEngine.Status status = DeepEngine.start();
        assertEquals("PyTorch", status.engine());
        assertEquals(DeepEngine.PYTORCH_VERSION, status.version());
        assertTrue(status.loadMillis() >= 0);
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
        assertEquals(tmp.resolve("tacerisk-djl"), DeepEngine.cacheDir(k -> null, file.toString(), tmp.toString()));
        assertEquals(tmp.resolve("tacerisk-djl"), DeepEngine.cacheDir(k -> null, null, tmp.toString()));
    }

    @Test
    void missingNativeMessageNamesThePlatformAndTheClassifierToBundle() {
        String message = DeepEngine.nativeLibraryMissing(dir, new UnsatisfiedLinkError("libtorch.so: bad ELF"));
        String classifier = DeepEngine.platformClassifier();
        assertTrue(message.contains("missing or corrupt"), message);
        assertTrue(message.contains("pytorch-native-cpu:2.7.1 with classifier " + classifier), message);
        assertTrue(message.contains("libtorch.so: bad ELF"), message);
        assertEquals("linux-x86_64", classifier, "the build machine is Linux x86-64");
    }
}
