package org.tacerisk.deep;

import ai.djl.engine.Engine;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.tacerisk.common.AppFolders;

/**
 * Start-up of the PyTorch engine, offline. DJL unpacks the PyTorch native library (≈ 430 MB) from the bundled
 * {@code pytorch-native-cpu} jar into a cache folder on first use; left alone it would pick {@code ~/.djl.ai}, which
 * on hospital workstations is often a roaming profile with a quota. So, unless the administrator has set
 * {@code ENGINE_CACHE_DIR} or {@code DJL_CACHE_DIR} (environment or system property), the cache goes into the
 * application's own data folder, {@code ${tacerisk.home}/var/djl}, or — when that is not writable (a read-only
 * program folder) — into {@code ${java.io.tmpdir}/tacerisk-USER/djl} ({@code AppFolders.userTemp}: one per user, as the
 * temporary folder is shared). Never into the user's home.
 *
 * <p>The choice is written to the system properties DJL reads, once, before the engine loads: DJL offers no other
 * way to set it, and it is the same for every model in the JVM.
 *
 * <p>TorchScript's profiling graph optimiser is switched off ({@code ai.djl.pytorch.graph_optimizer=false}) unless
 * set otherwise: it re-optimises the graph during the first forward passes, which made the first prediction of a
 * ResNet-18 several times slower here, and a workstation mostly predicts one case per start.
 *
 * <p>PyTorch's intra-op threads default to half the cores (1 to 4), inter-op threads to 1, unless
 * {@code ai.djl.pytorch.num_threads} / {@code num_interop_threads} are set: PyTorch's own default (all cores)
 * busy-waits in OpenMP when the cores are shared (the GUI, a second job); on the 2-core build machine under load a
 * ResNet-18 forward pass took ≈ 550 ms with 2 threads and ≈ 21 ms with 1 (docs/performance.md).
 */
public final class DeepEngine {

    /** The engine every TACE-Risk model runs on. */
    public static final String ENGINE_NAME = "PyTorch";
    /** The PyTorch native library version the build bundles ({@code pytorch.version} in the POM). */
    public static final String PYTORCH_VERSION = "2.7.1";

    private static final String GRAPH_OPTIMIZER = "ai.djl.pytorch.graph_optimizer";
    private static final String INTRA_OP_THREADS = "ai.djl.pytorch.num_threads";
    private static final String INTER_OP_THREADS = "ai.djl.pytorch.num_interop_threads";

    /** What the start-up check found: engine, its version, DJL's version, the load time and the cache folder. */
    public record Status(String engine, String version, String djlVersion, long loadMillis, Path cacheDir,
            int intraOpThreads) {
    }

    private static Status status;

    private DeepEngine() {
    }

    /**
     * Loads the engine (once per JVM; later calls return the first result with its original load time).
     *
     * @throws IllegalStateException when the native library cannot be loaded: the message says that it is missing
     *                               or corrupt for this platform and which classifier the build must bundle
     */
    public static synchronized Status start() {
        if (status != null) {
            return status;
        }
        Path cache = configureCacheDir();
        setUnlessSet(GRAPH_OPTIMIZER, "false");
        setUnlessSet(INTRA_OP_THREADS, String.valueOf(intraOpThreads(Runtime.getRuntime().availableProcessors())));
        setUnlessSet(INTER_OP_THREADS, "1");
        long begin = System.nanoTime();
        Engine engine;
        try {
            engine = Engine.getEngine(ENGINE_NAME);
            // Loading the library is lazy in places; creating a tensor proves the native code runs.
            try (var manager = engine.newBaseManager()) {
                manager.zeros(new ai.djl.ndarray.types.Shape(1)).close();
            }
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException(nativeLibraryMissing(cache, e), e);
        }
        long millis = (System.nanoTime() - begin) / 1_000_000;
        status = new Status(engine.getEngineName(), engine.getVersion(), Engine.getDjlVersion(), millis, cache,
                Integer.parseInt(System.getProperty(INTRA_OP_THREADS)));
        return status;
    }

    /** Half the cores, at least 1 and at most 4. */
    static int intraOpThreads(int cores) {
        return Math.max(1, Math.min(4, cores / 2));
    }

    private static void setUnlessSet(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /** The message for an engine that does not load; public for tests. */
    static String nativeLibraryMissing(Path cache, Throwable cause) {
        return "the PyTorch native library for this platform (" + platformClassifier() + ") is missing or corrupt,"
                + " so deep-learning models cannot run. This build must bundle ai.djl.pytorch:pytorch-native-cpu:"
                + PYTORCH_VERSION + " with classifier " + platformClassifier() + " (and pytorch-jni " + PYTORCH_VERSION
                + "-" + Engine.getDjlVersion() + "); reinstall TACE-Risk for this platform. If it is bundled, delete"
                + " the unpacked copy in " + cache + " and retry. Cause: " + cause;
    }

    /** The Maven classifier of {@code pytorch-native-cpu} for the running platform, e.g. {@code linux-x86_64}. */
    public static String platformClassifier() {
        return platformClassifier(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /** The classifier for Java's {@code os.name} and {@code os.arch} values. */
    static String platformClassifier(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        String osPart = os.startsWith("win") ? "win" : os.startsWith("mac") ? "osx" : "linux";
        String archPart = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : arch;
        return osPart + "-" + archPart;
    }

    /** Sets DJL's cache folders unless already set; returns the folder natives unpack to. */
    private static Path configureCacheDir() {
        Path chosen = cacheDir(DeepEngine::envOrProperty, System.getProperty("tacerisk.home"),
                AppFolders.userTemp().toString());
        if (envOrProperty("ENGINE_CACHE_DIR") == null && envOrProperty("DJL_CACHE_DIR") == null) {
            System.setProperty("ENGINE_CACHE_DIR", chosen.toString());
            System.setProperty("DJL_CACHE_DIR", chosen.toString());
        }
        return chosen;
    }

    /**
     * The cache folder: ENGINE_CACHE_DIR (DJL's precedence for natives), else DJL_CACHE_DIR, else
     * {@code home/var/djl} when it can be created and written, else {@code userTemp/djl}.
     *
     * @param settings ENGINE_CACHE_DIR / DJL_CACHE_DIR lookup (environment, then system property)
     * @param home     the application folder ({@code -Dtacerisk.home}), or null
     * @param userTemp the user's own temporary folder ({@code AppFolders.userTemp})
     */
    static Path cacheDir(UnaryOperator<String> settings, String home, String userTemp) {
        for (String name : new String[] {"ENGINE_CACHE_DIR", "DJL_CACHE_DIR"}) {
            String set = settings.apply(name);
            if (set != null && !set.isBlank()) {
                return Path.of(set);
            }
        }
        if (home != null && !home.isBlank()) {
            Path dir = Path.of(home, "var", "djl");
            if (AppFolders.writable(dir)) {
                return dir;
            }
        }
        return Path.of(userTemp, "djl");
    }


    private static String envOrProperty(String name) {
        String env = System.getenv(name);
        return env != null && !env.isBlank() ? env : System.getProperty(name);
    }
}
