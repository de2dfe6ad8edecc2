package org.tacerisk.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.CsvRecords;
import org.tacerisk.image.DemoPhantom;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.NiftiLabels;
import org.tacerisk.radiomics.RadiomicsSettings;
import org.tacerisk.testsupport.ShellAroundTumour;
import org.tacerisk.testsupport.TwoSeriesFolder;

/**
 * {@code cohort extract} with the manifest's {@code roi} column choosing a NIfTI label (issue 11, A) and its
 * {@code series} column choosing the series of a DICOM folder (K); without a choice the case fails and its reason
 * lists the candidates and names the column.
 */
class CohortCaseChoicesTest {

    @TempDir
    Path dir;

    @Test
    void manifestColumnsChooseTheLabelAndTheSeries() throws IOException {
        Nifti.write(ShellAroundTumour.ct(), dir.resolve("ct.nii.gz"));
        Path labels = ShellAroundTumour.writeLabels(dir, "labels.nii.gz");
        Files.copy(labels, dir.resolve("named.nii.gz"));
        Files.writeString(dir.resolve("named.ctbl"), "1 shell 0 0 255 255\n2 tumour 255 0 0 255\n");
        Nifti.write(NiftiLabels.read(labels, "2"), dir.resolve("tumour-only.nii.gz"));
        DemoPhantom.Phantom p = DemoPhantom.abdomen(64, 64, 20, new double[] {2.5, 2.5, 2.5}, 1);
        TwoSeriesFolder.write(p.ct(), dir.resolve("study"));
        Nifti.write(p.tumour(), dir.resolve("study-tumour.nii.gz"));
        Nifti.write(p.ct(), dir.resolve("study-ct.nii.gz"));
        Path manifest = dir.resolve("manifest.csv");
        Files.writeString(manifest, "patient_id,cohort,image,series,mask,roi,outcome\n"
                + "BINARY,train,ct.nii.gz,,tumour-only.nii.gz,,1\n"
                + "LABEL2,train,ct.nii.gz,,labels.nii.gz,2,1\n"
                + "BYNAME,train,ct.nii.gz,,named.nii.gz,Tumour,0\n"
                + "NOLABEL,train,ct.nii.gz,,labels.nii.gz,,0\n"
                + "NIFTI,test,study-ct.nii.gz,,study-tumour.nii.gz,,1\n"
                + "SERIES3,test,study,3,study-tumour.nii.gz,,1\n"
                + "NOSERIES,test,study,,study-tumour.nii.gz,,0\n");
        Files.writeString(dir.resolve("settings.yaml"), Files.readString(Path.of("docs", "ibsi", "config-C.yaml"))
                + "families: [INTENSITY_STATISTICS, GLCM]\n");
        Path out = dir.resolve("features.csv");
        CohortExtraction.Summary s = CohortExtraction.run(CohortManifest.read(manifest),
                RadiomicsSettings.read(dir.resolve("settings.yaml")), null, out, CohortExtraction.Options.defaults());

        Map<String, List<String>> rows = CsvRecords.read(out).lines().stream()
                .collect(Collectors.toMap(l -> l.cells().get(0), l -> l.cells().subList(3, l.cells().size())));
        assertEquals(List.of("BINARY", "LABEL2", "BYNAME", "NIFTI", "SERIES3"), CsvRecords.read(out).lines().stream()
                .map(l -> l.cells().get(0)).toList());
        assertEquals(rows.get("BINARY"), rows.get("LABEL2"), "label 2 alone is the tumour");
        assertEquals(rows.get("BINARY"), rows.get("BYNAME"), "the label table's 'tumour' is label 2");
        assertEquals(rows.get("NIFTI"), rows.get("SERIES3"), "series 3 is the same CT");

        Map<String, String> reasons = s.failures().stream().collect(Collectors.toMap(
                CohortExtraction.Failure::patientId, CohortExtraction.Failure::reason));
        assertEquals(2, reasons.size(), reasons::toString);
        assertTrue(reasons.get("NOLABEL").contains("holds 2 labels") && reasons.get("NOLABEL")
                .contains("label 2: 36,500 voxels") && reasons.get("NOLABEL").contains("manifest's roi column"),
                reasons::toString);
        assertTrue(reasons.get("NOSERIES").contains("series 2 \"ART\"") && reasons.get("NOSERIES")
                .contains("series 3 \"PV\"") && reasons.get("NOSERIES").contains("manifest's series column"),
                reasons::toString);
    }

    @Test
    void theCacheKeyFollowsTheSeriesAndTheLabelTable() throws IOException {
        Path labels = ShellAroundTumour.writeLabels(dir, "labels.nii.gz");
        Nifti.write(ShellAroundTumour.ct(), dir.resolve("ct.nii.gz"));
        Function<String, CohortManifest.Row> row = series -> new CohortManifest.Row(2, "P", CohortManifest.Cohort.TRAIN,
                dir.resolve("ct.nii.gz"), series, labels, "tumour", 1, List.of());
        String plain = CaseKey.of(row.apply(null), "s", null, "v");
        assertNotEquals(plain, CaseKey.of(row.apply("3"), "s", null, "v"));
        Files.writeString(dir.resolve("labels.label.txt"), "1 0 0 0 1 1 1 \"tumour\"\n");
        String named = CaseKey.of(row.apply(null), "s", null, "v");
        assertNotEquals(plain, named);
        Files.writeString(dir.resolve("labels.label.txt"), "2 0 0 0 1 1 1 \"tumour\"\n");
        assertNotEquals(named, CaseKey.of(row.apply(null), "s", null, "v"), "a renamed label is another region");
    }
}
