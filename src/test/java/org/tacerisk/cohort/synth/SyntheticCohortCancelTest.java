package org.tacerisk.cohort.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.common.CancelAssertions.assertCancelledWithinASecond;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.Progress;

/**
 * Issue 12: a cancelled synthetic cohort stops within a second and leaves only complete patients, and no cohort.csv
 * or truth.csv claiming patients that are not there (not even one from an earlier run into the same folder).
 */
class SyntheticCohortCancelTest {

    private static final int PATIENTS = 24;

    @TempDir
    Path dir;

    @Test
    void aCancelledCohortLeavesCompletePatientsAndNoManifest() throws Exception {
        Files.writeString(dir.resolve(SyntheticCohortWriter.MANIFEST), "an earlier run's manifest\n");
        Files.writeString(dir.resolve(SyntheticCohortWriter.TRUTH), "an earlier run's truth\n");
        CountDownLatch firstWritten = new CountDownLatch(1);
        int[] written = {0};
        Progress.Cancellable progress = Progress.cancellable((step, fraction) -> {
            assertTrue(step.endsWith("/" + PATIENTS + " patients written"), step);
            written[0]++;
            firstWritten.countDown();
        });
        assertCancelledWithinASecond(progress, firstWritten,
                () -> SyntheticCohortWriter.write(dir, PATIENTS, 5, SynthSize.SMALL, progress));

        assertFalse(Files.exists(dir.resolve(SyntheticCohortWriter.MANIFEST)));
        assertFalse(Files.exists(dir.resolve(SyntheticCohortWriter.TRUTH)));
        List<Path> patients;
        try (Stream<Path> list = Files.list(dir)) {
            patients = list.filter(Files::isDirectory).toList();
        }
        assertTrue(patients.size() < PATIENTS, "stopped mid-way: " + patients.size() + " patients");
        assertEquals(written[0], patients.size(), "every patient folder left is one reported written");
        for (Path p : patients) {
            // the mask is written last, after the series and its RTSTRUCT
            assertTrue(Files.isRegularFile(p.resolve("tumour_mask.nii.gz")), p::toString);
            assertTrue(Files.isRegularFile(p.resolve("dicom/rtstruct.dcm")), p::toString);
        }
    }

    @Test
    void anUncancelledRunReportsEveryPatient() throws IOException {
        int[] last = {0};
        SyntheticCohortWriter.write(dir, 3, 5, SynthSize.SMALL, Progress.of((step, fraction) -> {
            last[0]++;
            assertEquals(last[0] / 3.0, fraction, 1e-12);
            assertEquals(last[0] + "/3 patients written", step);
        }, () -> false));
        assertEquals(3, last[0]);
        assertTrue(Files.exists(dir.resolve(SyntheticCohortWriter.MANIFEST)));
    }
}
