package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.cohort.synth.SyntheticCohortWriter;

/**
 * Issue 12: a command killed while it runs (Ctrl-C, or a kill from a batch scheduler) cancels its core call through
 * {@link StderrProgress}'s shutdown hook and leaves its outputs clean. A real {@code tacerisk synth} in a second JVM
 * gets SIGTERM ({@link ProcessHandle#destroy}; Ctrl-C's SIGINT runs the same shutdown hooks, but a process started from a
 * script may have SIGINT ignored) after its first patient.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class InterruptedCommandTest {

    @TempDir
    Path dir;

    @Test
    void aKilledSynthLeavesCompletePatientsAndNoManifest() throws Exception {
        Path out = dir.resolve("cohort");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "synth", "--out", out.toString(), "--patients", "200", "--size", "small")
                .redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.append(line).append('\n');
                if (line.contains("/200 patients written")) {
                    long killedAt = System.nanoTime();
                    process.toHandle().destroy(); // SIGTERM; Process.destroy would also close its output
                    lines.lines().forEach(rest -> output.append(rest).append('\n'));
                    assertTrue(process.waitFor(30, TimeUnit.SECONDS), output::toString);
                    double seconds = (System.nanoTime() - killedAt) / 1e9;
                    assertTrue(seconds < 5, "stopped " + seconds + " s after the kill");
                    break;
                }
            }
        } finally {
            process.destroyForcibly();
        }
        assertEquals(128 + 15, process.exitValue(), output::toString);
        assertTrue(output.toString().contains("interrupted: stopping"), output::toString);
        assertTrue(output.toString().contains("cancelled: the patients written so far are complete; no cohort.csv"
                + " was written"), output::toString);
        assertFalse(Files.exists(out.resolve(SyntheticCohortWriter.MANIFEST)));
        assertFalse(Files.exists(out.resolve(SyntheticCohortWriter.TRUTH)));
        List<Path> patients;
        try (Stream<Path> list = Files.list(out)) {
            patients = list.filter(Files::isDirectory).toList();
        }
        assertTrue(!patients.isEmpty() && patients.size() < 200, patients.size() + " patients");
        for (Path p : patients) {
            assertTrue(Files.isRegularFile(p.resolve("tumour_mask.nii.gz")), p + " is complete: " + output);
        }
    }
}
