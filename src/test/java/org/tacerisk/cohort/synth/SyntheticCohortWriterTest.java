package org.tacerisk.cohort.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.Progress;
import org.tacerisk.dicom.DicomIndex;
import org.tacerisk.dicom.DicomScanner;
import org.tacerisk.dicom.LoadedSeries;
import org.tacerisk.dicom.NonImageObject;
import org.tacerisk.dicom.RtStructReader;
import org.tacerisk.dicom.SeriesEntry;
import org.tacerisk.dicom.SeriesLoader;
import org.tacerisk.dicom.SeriesSelection;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;

/** A small cohort on disk: manifest, truth, DICOM that scans and loads, RTSTRUCT equal to the NIfTI mask. */
class SyntheticCohortWriterTest {

    private static final long SEED = 77;

    @TempDir
    static Path dir;

    private static SyntheticCohortWriter.Summary summary;

    @BeforeAll
    static void writeCohort() throws IOException {
        summary = SyntheticCohortWriter.write(dir.resolve("a"), 4, SEED, SynthSize.SMALL, Progress.NONE);
    }

    @Test
    void summaryCountsEveryCohort() {
        assertEquals(Map.of("train", 2, "test", 1, "external", 1), summary.counts());
        int events = summary.events().values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(events / 4.0, summary.prevalence(), 1e-12);
    }

    @Test
    void manifestAndTruthListEveryPatient() throws IOException {
        List<String> manifest = Files.readAllLines(dir.resolve("a/cohort.csv"));
        assertEquals(SyntheticCohortWriter.MANIFEST_HEADER, manifest.get(0));
        assertEquals(5, manifest.size());
        assertTrue(manifest.get(1).startsWith("SYN-0001,train,SYN-0001/dicom,SYN-0001/tumour_mask.nii.gz,GTV,"));
        assertTrue(manifest.get(4).startsWith("SYN-0004,external,"));
        List<String> truth = Files.readAllLines(dir.resolve("a/truth.csv"));
        assertEquals(SyntheticCohortWriter.TRUTH_HEADER, truth.get(0));
        assertEquals(5, truth.size());
        assertTrue(Files.readString(dir.resolve("a/SYNTHETIC-README.txt")).startsWith("SYNTHETIC"));
    }

    /** The cohort feeds `tacerisk cohort extract` as it is: every row valid, no finding. */
    @Test
    void manifestIsAValidCohortManifest() throws IOException {
        org.tacerisk.cohort.CohortManifest m = org.tacerisk.cohort.CohortManifest.read(dir.resolve("a/cohort.csv"));
        assertEquals(List.of(), m.findings());
        assertEquals(4, m.rows().size());
        assertEquals(List.of("tumor_size_cm", "nodules", "afp_ng_ml", "age", "male"), m.clinicalColumns());
    }

    @Test
    void sameSeedWritesTheSameManifestAndVoxels() throws IOException {
        SyntheticCohortWriter.write(dir.resolve("b"), 4, SEED, SynthSize.SMALL, Progress.NONE);
        for (String file : new String[] {"cohort.csv", "truth.csv"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(file)),
                    Files.readAllBytes(dir.resolve("b").resolve(file)), file);
        }
        LoadedSeries a = load(dir.resolve("a/SYN-0003/dicom"));
        LoadedSeries b = load(dir.resolve("b/SYN-0003/dicom"));
        assertTrue(a.volume().sameVoxels(b.volume()));
        assertEquals(a.reference().seriesInstanceUid(), b.reference().seriesInstanceUid());
    }

    @Test
    void dicomLoadsWithTheRenderedGridAndVoxels() throws IOException {
        for (int index : new int[] {0, 3}) {
            SyntheticPatient p = SyntheticCohortWriter.draw(SEED, 4).get(index);
            SyntheticCt.Rendered expected = SyntheticCt.render(p, SynthSize.SMALL);
            LoadedSeries loaded = load(dir.resolve("a").resolve(SyntheticCohortWriter.imagePath(p)));
            assertTrue(loaded.volume().geometry().sameGrid(expected.ct().geometry(), 1e-3), p.patientId());
            assertTrue(loaded.volume().sameVoxels(expected.ct()), p.patientId());
            assertEquals("SYNTHETIC^" + p.patientId(), loaded.reference().patientStudy().patientName());
            assertEquals(loaded.findings().stream().filter(f -> f.isError()).toList(), List.of());
        }
    }

    @Test
    void rtstructRasterisesToExactlyTheNiftiMask() throws IOException {
        for (String id : new String[] {"SYN-0001", "SYN-0004"}) {
            Path dicom = dir.resolve("a").resolve(id).resolve("dicom");
            DicomIndex index = DicomScanner.scan(dicom);
            SeriesEntry series = SeriesSelection.choose(index, null);
            NonImageObject rt = SeriesSelection.structureSetFor(index, series).orElseThrow();
            assertEquals(List.of("GTV"), RtStructReader.listRois(rt.file()).stream().map(r -> r.name()).toList());
            LoadedSeries loaded = SeriesLoader.load(series);
            Mask fromRt = RtStructReader.rasterise(rt.file(), "GTV", loaded.volume().geometry(), loaded.reference());
            Mask fromNifti = Nifti.readMask(dir.resolve("a").resolve(id).resolve("tumour_mask.nii.gz"));
            assertFalse(fromNifti.isEmpty());
            assertEquals(0, fromRt.differingVoxels(fromNifti), id);
        }
    }

    private static LoadedSeries load(Path folder) throws IOException {
        DicomIndex index = DicomScanner.scan(folder);
        assertEquals(1, index.allSeries().size());
        return SeriesLoader.load(index.allSeries().get(0));
    }
}
