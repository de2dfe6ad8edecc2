package org.tacerisk.common;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Issue 16's coverage-free fuzzer, the companion of the Jazzer fuzz tests (docs/robustness.md): random mutations of
 * valid seed files (byte edits, "interesting" values and lengths, cuts, insertions, repeats; for a zip, also one
 * entry's bytes edited and the zip rebuilt, so the readers behind the CRC check get damaged input) fed to a reader
 * for a number of seconds. The only acceptable failure is a {@link BadInputException} with a message; anything
 * else — another exception, an error such as OutOfMemoryError, an input taking longer than {@value #PER_INPUT_S} s —
 * is a crash: the input is written to {@code target/fuzz-crashes/} and the test fails naming it. A crash becomes a
 * regression example by committing the file into the Jazzer test's inputs folder.
 * <p>
 * {@code -Dtacerisk.fuzz.seconds=N} runs each target for N seconds (hours on demand) with a new random seed,
 * {@code -Dtacerisk.fuzz.seed} repeats a run. The short run of every build uses a fixed seed, so a build's result
 * does not depend on chance (only on how many inputs the machine gets through in the time).
 */
public final class MutationFuzzer {

    public static final String SECONDS = "tacerisk.fuzz.seconds";
    public static final String SEED = "tacerisk.fuzz.seed";
    static final int PER_INPUT_S = 20;
    /** The seed of the short run in every build. */
    static final long BUILD_SEED = 20261207L;
    /** Tried even when the time is up: a slow seed must not make the run a no-op. */
    static final int MIN_MUTATIONS = 20;
    private static final int[] INTERESTING = {0, 1, 0x7f, 0x80, 0xff, 0x7fff, 0xffff, 0x7fffffff, 0x80000000,
        0xffffffff, 0xfffffffe};

    /** One reader under test. */
    @FunctionalInterface
    public interface Target {
        void read(byte[] input) throws Exception;
    }

    private MutationFuzzer() {
    }

    /**
     * Runs {@code target} on the seeds, then on mutations of them, for {@code -Dtacerisk.fuzz.seconds} (else
     * {@code defaultSeconds}); returns the number of inputs tried.
     */
    public static int run(String name, List<byte[]> seeds, double defaultSeconds, Target target) throws IOException {
        double seconds = Double.parseDouble(System.getProperty(SECONDS, Double.toString(defaultSeconds)));
        String chosen = System.getProperty(SEED);
        long seed = chosen != null ? Long.parseLong(chosen)
                : System.getProperty(SECONDS) != null ? System.nanoTime() : BUILD_SEED;
        Random random = new Random(seed);
        long end = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-" + name);
            t.setDaemon(true);
            return t;
        });
        int tried = 0;
        try {
            for (byte[] s : seeds) {
                check(name, seed, s, target, runner);
                tried++;
            }
            for (int mutated = 0; mutated < MIN_MUTATIONS || System.nanoTime() < end; mutated++) {
                byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), seeds, random);
                check(name, seed, input, target, runner);
                tried++;
            }
        } finally {
            runner.shutdownNow();
        }
        System.out.printf(java.util.Locale.ROOT, "fuzz %s: %d inputs in %.1f s (seed %d)%n", name, tried,
                (System.nanoTime() - end) / 1e9 + seconds, seed);
        return tried;
    }

    /**
     * The seeds followed by the committed inputs of the Jazzer fuzz test {@code test#method} (resources
     * {@code <TestClass>Inputs/<method>/}: regression examples of crashes found and fixed), replayed in every build.
     */
    public static List<byte[]> withRegressionInputs(List<byte[]> seeds, Class<?> test, String method)
            throws IOException {
        List<byte[]> all = new ArrayList<>(seeds);
        java.net.URL folder = test.getResource(test.getSimpleName() + "Inputs/" + method);
        if (folder != null) {
            try (java.util.stream.Stream<Path> files = Files.list(Path.of(java.net.URI.create(folder.toString())))) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    all.add(Files.readAllBytes(f));
                }
            }
        }
        return all;
    }

    private static void check(String name, long seed, byte[] input, Target target, ExecutorService runner)
            throws IOException {
        Future<?> run = runner.submit(() -> {
            target.read(input);
            return null;
        });
        Throwable crash;
        try {
            run.get(PER_INPUT_S, TimeUnit.SECONDS);
            return;
        } catch (ExecutionException e) {
            crash = e.getCause();
            if (crash instanceof BadInputException refusal && refusal.getMessage() != null
                    && !refusal.getMessage().isBlank()) {
                return;
            }
        } catch (TimeoutException e) {
            run.cancel(true);
            crash = new AssertionError("took longer than " + PER_INPUT_S + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        Path saved = Files.createDirectories(Path.of("target", "fuzz-crashes"))
                .resolve(name + "-" + Integer.toHexString(java.util.Arrays.hashCode(input)) + ".bin");
        Files.write(saved, input);
        throw new AssertionError(name + ": not a clear refusal on " + saved.toAbsolutePath() + " (run seed " + seed
                + "): " + crash, crash);
    }

    static byte[] mutate(byte[] original, List<byte[]> seeds, Random random) {
        if (isZip(original) && random.nextBoolean()) {
            byte[] rebuilt = mutateOneEntry(original, seeds, random);
            if (rebuilt != null) {
                return rebuilt;
            }
        }
        byte[] bytes = original.clone();
        int edits = 1 + random.nextInt(4);
        for (int n = 0; n < edits; n++) {
            bytes = mutateBytes(bytes, seeds, random);
        }
        return bytes;
    }

    static byte[] mutateBytes(byte[] in, List<byte[]> seeds, Random random) {
        if (in.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        int at = random.nextInt(in.length);
        byte[] out = in;
        switch (random.nextInt(8)) {
            case 0, 1 -> {
                out = in.clone();
                out[at] ^= (byte) (1 << random.nextInt(8));
            }
            case 2 -> {
                out = in.clone();
                out[at] = (byte) random.nextInt(256);
            }
            case 3 -> { // a length or count field set to an extreme
                out = in.clone();
                int v = INTERESTING[random.nextInt(INTERESTING.length)];
                for (int b = 0; b < 4 && at + b < out.length; b++) {
                    out[at + b] = (byte) (v >>> (8 * b));
                }
            }
            case 4 -> out = java.util.Arrays.copyOf(in, at);
            case 5 -> { // random bytes inserted
                byte[] extra = new byte[1 + random.nextInt(16)];
                random.nextBytes(extra);
                out = splice(in, at, extra, 0);
            }
            case 6 -> { // a piece of the file repeated
                int len = Math.min(in.length - at, 1 + random.nextInt(64));
                out = splice(in, at, java.util.Arrays.copyOfRange(in, at, at + len), 0);
            }
            default -> { // a piece of another seed
                byte[] other = seeds.get(random.nextInt(seeds.size()));
                int from = random.nextInt(Math.max(1, other.length));
                int len = Math.min(other.length - from, 1 + random.nextInt(256));
                out = splice(in, at, java.util.Arrays.copyOfRange(other, from, from + Math.max(0, len)),
                        random.nextInt(1 + Math.max(0, len)));
            }
        }
        return out;
    }

    private static byte[] splice(byte[] in, int at, byte[] insert, int replace) {
        int cut = Math.min(replace, in.length - at);
        byte[] out = new byte[in.length + insert.length - cut];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(in, at + cut, out, at + insert.length, in.length - at - cut);
        return out;
    }

    private static boolean isZip(byte[] b) {
        return b.length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    /** The zip with one entry's bytes mutated (or the entry dropped, or renamed), rebuilt; null when unreadable. */
    private static byte[] mutateOneEntry(byte[] zip, List<byte[]> seeds, Random random) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        List<String> names = new ArrayList<>(entries.keySet());
        if (names.isEmpty()) {
            return null;
        }
        String chosen = names.get(random.nextInt(names.size()));
        int what = random.nextInt(10);
        if (what == 0) {
            entries.remove(chosen);
        } else if (what == 1) {
            entries.put(chosen + "x", entries.remove(chosen));
        } else {
            byte[] bytes = entries.get(chosen);
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                bytes = mutateBytes(bytes, seeds, random);
            }
            entries.put(chosen, bytes);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            return null;
        }
        return out.toByteArray();
    }
}
