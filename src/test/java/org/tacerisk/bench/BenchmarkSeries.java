package org.tacerisk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.tacerisk.dicom.CtSeriesWriter;
import org.tacerisk.dicom.CtWriteOptions;
import org.tacerisk.image.DemoPhantom;

/**
 * Writes the benchmark's CT series: 500 slices of 512 × 512, uncompressed (explicit VR little endian), shuffled
 * file names — a typical thin-slice abdominal CT as a PACS export delivers it. Skips work if already there.
 */
public final class BenchmarkSeries {

    public static final int SLICES = 500;
    public static final int MATRIX = 512;

    private BenchmarkSeries() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench/ct-500");
        if (countFiles(dir) == SLICES) {
            System.err.println("benchmark series already present: " + dir);
            return;
        }
        Files.createDirectories(dir);
        long start = System.nanoTime();
        DemoPhantom.Phantom phantom = DemoPhantom.abdomen(MATRIX, MATRIX, SLICES, new double[] {0.78, 0.78, 1.0}, 1L);
        CtWriteOptions options = CtWriteOptions.builder()
                .transferSyntax(CtWriteOptions.OutputSyntax.EXPLICIT_VR_LITTLE_ENDIAN)
                .files("IM%05d.dcm", CtWriteOptions.FileOrder.SHUFFLED, 7L, CtWriteOptions.InstanceOrder.ASCENDING)
                .build();
        CtSeriesWriter.write(phantom.ct(), dir, options);
        System.err.printf("wrote %d slices to %s in %.1f s%n", SLICES, dir, (System.nanoTime() - start) / 1e9);
    }

    static long countFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".dcm")).count();
        }
    }
}
