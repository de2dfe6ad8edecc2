package org.tacerisk.deep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntUnaryOperator;
import org.tacerisk.image.DemoPhantom;
import org.tacerisk.image.Nifti;

/**
 * A training manifest of demo phantoms for tests: case i is {@code DemoPhantom.small(firstSeed + i)}, written as
 * NIfTI under {@code data/}, patient id {@code P<i>}, paths relative to {@code manifest.csv}.
 */
public final class PhantomManifest {

    private PhantomManifest() {
    }

    /** Writes {@code dir/manifest.csv} and the images; case i has the outcome {@code outcome(i)}. */
    public static Path write(Path dir, int cases, long firstSeed, IntUnaryOperator outcome) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        StringBuilder csv = new StringBuilder("patient_id,image,mask,outcome\n");
        for (int i = 0; i < cases; i++) {
            DemoPhantom.Phantom p = DemoPhantom.small(firstSeed + i);
            Nifti.write(p.ct(), data.resolve("ct-" + i + ".nii.gz"));
            Nifti.write(p.tumour(), data.resolve("tumour-" + i + ".nii.gz"));
            csv.append("P").append(i).append(",data/ct-").append(i).append(".nii.gz,data/tumour-").append(i)
                    .append(".nii.gz,").append(outcome.applyAsInt(i)).append('\n');
        }
        return Files.writeString(dir.resolve("manifest.csv"), csv.toString());
    }
}
