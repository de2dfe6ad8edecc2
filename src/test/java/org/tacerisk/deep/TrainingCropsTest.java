package org.tacerisk.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.Progress;
import org.tacerisk.image.DemoPhantom;
import org.tacerisk.image.Nifti;
import org.tacerisk.testsupport.ShellAroundTumour;

/** A training manifest's rows → crops, the core of {@code deep train} (issue 12: moved out of the command). */
class TrainingCropsTest {

    @TempDir
    Path dir;

    private Path manifest(int cases) throws IOException {
        return PhantomManifest.write(dir, cases, 300, i -> i % 2);
    }

    @Test
    void everyRowIsCroppedAsTumourCropCropsItInManifestOrder() throws IOException {
        TrainingManifest manifest = TrainingManifest.read(manifest(3));
        List<String> steps = new ArrayList<>();
        List<TrainingCase> cases = TrainingCrops.from(manifest, InputSpec.defaults(),
                Progress.of((step, f) -> steps.add(step + " @ " + f), () -> false));
        assertEquals(List.of("case 1/3: P0 @ 0.0", "case 2/3: P1 @ " + 1 / 3.0, "case 3/3: P2 @ " + 2 / 3.0), steps);
        assertEquals(List.of("P0", "P1", "P2"), cases.stream().map(TrainingCase::id).toList());
        assertEquals(List.of(0, 1, 0), cases.stream().map(TrainingCase::label).toList());
        for (int i = 0; i < 3; i++) {
            DemoPhantom.Phantom p = DemoPhantom.small(300 + i);
            // The phantom round-trips NIfTI exactly (int16 HU, 0/1 mask), so the crop is the in-memory one.
            assertArrayEquals(TumourCrop.of(p.ct(), p.tumour(), InputSpec.defaults()).chw(), cases.get(i).chw());
        }
    }

    @Test
    void aRowThatCannotBeReadNamesTheManifestLineAndPatient() throws IOException {
        Path csv = manifest(2);
        Files.writeString(csv, Files.readString(csv).replace("data/ct-1.nii.gz", "data/missing.nii.gz"));
        BadInputException e = assertThrows(BadInputException.class,
                () -> TrainingCrops.from(TrainingManifest.read(csv), InputSpec.defaults(), Progress.NONE));
        assertEquals(csv, e.input());
        assertTrue(e.getMessage().contains("line 3 (P1): no such file or folder: ")
                && e.getMessage().contains("missing.nii.gz"), e.getMessage());
    }

    /** Two labels and no roi column: the remedy is the manifest's column, never a command-line option. */
    @Test
    void aRowWhoseMaskHoldsSeveralLabelsSaysToNameOneInTheRoiColumn() throws IOException {
        Nifti.write(ShellAroundTumour.ct(), dir.resolve("ct.nii.gz"));
        ShellAroundTumour.writeLabels(dir, "labels.nii.gz");
        Path csv = Files.writeString(dir.resolve("manifest.csv"),
                "patient_id,image,mask,outcome\nS1,ct.nii.gz,labels.nii.gz,1\n");
        BadInputException e = assertThrows(BadInputException.class,
                () -> TrainingCrops.from(TrainingManifest.read(csv), InputSpec.defaults(), Progress.NONE));
        assertTrue(e.getMessage().contains("line 2 (S1): ") && e.getMessage().contains("holds 2 labels")
                && e.getMessage().endsWith("; name it in the manifest's roi column"), e.getMessage());
        assertFalse(e.getMessage().contains("--"), e.getMessage());
    }

    @Test
    void cancelStopsBetweenCases() throws IOException {
        TrainingManifest manifest = TrainingManifest.read(manifest(3));
        List<String> steps = new ArrayList<>();
        Progress.Cancellable progress = Progress.cancellable((step, f) -> steps.add(step));
        Progress cancelAtSecond = Progress.of((step, f) -> {
            progress.report(step, f);
            if (step.startsWith("case 2/")) {
                progress.cancel();
            }
        }, progress::isCancelled);
        assertThrows(Cancelled.class, () -> TrainingCrops.from(manifest, InputSpec.defaults(), cancelAtSecond));
        assertEquals(List.of("case 1/3: P0", "case 2/3: P1"), steps);
    }
}
