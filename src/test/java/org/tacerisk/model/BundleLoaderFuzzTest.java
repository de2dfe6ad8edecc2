package org.tacerisk.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.AppTemp;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.MutationFuzzer;

/**
 * Issue 16: the bundle loader (zip extraction, manifest, checksums, settings) on damaged bundle zips refuses with a
 * {@link BadInputException} or loads them; it never fails otherwise. See {@code DicomReaderFuzzTest}.
 */
class BundleLoaderFuzzTest {

    static void read(byte[] bytes) throws IOException {
        Path zip = AppTemp.file("fuzz-bundle", ".zip");
        try {
            Files.write(zip, bytes);
            ModelBundle.load(zip).close();
        } finally {
            Files.delete(zip);
        }
    }

    private static List<byte[]> seeds;

    /** The demo bundle as a zip. */
    static synchronized List<byte[]> seeds() throws IOException {
        if (seeds == null) {
            Path zip = AppTemp.directory("fuzz-bundle-seed").resolve("demo.zip");
            BundleZip.export(Path.of("models", "hcc-tace-demo"), zip);
            seeds = List.of(Files.readAllBytes(zip));
        }
        return seeds;
    }

    @FuzzTest(maxDuration = "4h")
    void bundleZip(byte[] bytes) throws IOException {
        try {
            read(bytes);
        } catch (BadInputException refused) {
            // a clear refusal is the one acceptable failure
        }
    }

    @Test
    void mutatedBundleZipsAreLoadedOrRefused() throws IOException {
        int tried = MutationFuzzer.run("bundle", MutationFuzzer.withRegressionInputs(seeds(), getClass(), "bundleZip"), 3,
                BundleLoaderFuzzTest::read);
        assertTrue(tried > seeds().size(), "fuzzed " + tried + " inputs");
    }
}
