package org.tacerisk.cohort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tacerisk.dicom.CtSeriesWriter;
import org.tacerisk.dicom.CtWriteOptions;
import org.tacerisk.dicom.RtStructWriter;
import org.tacerisk.dicom.SeriesReference;
import org.tacerisk.image.DemoPhantom;
import org.tacerisk.image.Nifti;

/**
 * A tiny cohort in a temporary folder for the cohort tests: five small demo phantoms (different noise seeds), four
 * as NIfTI image + NIfTI mask and one as a DICOM series + RTSTRUCT, a manifest with two clinical columns, and light
 * radiomics settings (IBSI configuration C with intensity statistics and GLCM only, to keep the tests quick).
 */
public final class CohortFixture {

    /** Manifest rows; P4 is DICOM + RTSTRUCT, the others NIfTI. AFP of P2 is censored. */
    public static final String MANIFEST = "patient_id,cohort,image,mask,roi,outcome,age,afp\n"
            + "P1,train,P1/ct.nii.gz,P1/tumour.nii.gz,,1,61,12.5\n"
            + "P2,train,P2/ct.nii.gz,P2/tumour.nii.gz,,0,70,<2\n"
            + "P3,test,P3/ct.nii.gz,P3/tumour.nii.gz,,1,55,400\n"
            + "P4,external,P4/ct,P4/rtstruct.dcm,GTV,0,48,\n"
            + "P5,test,P5/ct.nii.gz,P5/tumour.nii.gz,,,66,>100000\n";

    private CohortFixture() {
    }

    /** Writes the five cases, the manifest (returned) and {@code settings.yaml} into {@code dir}. */
    public static Path write(Path dir) throws IOException {
        for (int p = 1; p <= 5; p++) {
            DemoPhantom.Phantom phantom = DemoPhantom.abdomen(64, 64, 20, new double[] {2.5, 2.5, 2.5}, p);
            Path caseDir = dir.resolve("P" + p);
            Files.createDirectories(caseDir);
            if (p == 4) {
                SeriesReference series = CtSeriesWriter.write(phantom.ct(), caseDir.resolve("ct"),
                        CtWriteOptions.builder().build());
                RtStructWriter.write(phantom.tumour(), series, "GTV", caseDir.resolve("rtstruct.dcm"));
            } else {
                Nifti.write(phantom.ct(), caseDir.resolve("ct.nii.gz"));
                Nifti.write(phantom.tumour(), caseDir.resolve("tumour.nii.gz"));
            }
        }
        Files.writeString(dir.resolve("settings.yaml"), Files.readString(Path.of("docs", "ibsi", "config-C.yaml"))
                + "families: [INTENSITY_STATISTICS, GLCM]\n");
        Path manifest = dir.resolve("manifest.csv");
        Files.writeString(manifest, MANIFEST);
        return manifest;
    }

    /** Replaces a file with bytes that are no NIfTI (a case that must fail without stopping the run). */
    public static void corrupt(Path file) throws IOException {
        Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    }
}
