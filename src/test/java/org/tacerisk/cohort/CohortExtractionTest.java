package org.tacerisk.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.common.CancelAssertions.assertCancelledWithinASecond;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.CsvRecords;
import org.tacerisk.common.Progress;
import org.tacerisk.deep.DeepInference;
import org.tacerisk.deep.DeepModel;
import org.tacerisk.deep.DeepModels;
import org.tacerisk.deep.DeepOutput;
import org.tacerisk.image.DemoPhantom;
import org.tacerisk.radiomics.RadiomicsSettings;

/** Extraction over a five-patient cohort: table shape, determinism, failures, resume, shards and merge. */
class CohortExtractionTest {

    @TempDir
    Path dir;

    private Path manifestFile;
    private RadiomicsSettings settings;

    @BeforeEach
    void writeCohort() throws IOException {
        manifestFile = CohortFixture.write(dir);
        settings = RadiomicsSettings.read(dir.resolve("settings.yaml"));
    }

    private CohortExtraction.Summary run(Path out, CohortExtraction.Options options) throws IOException {
        return CohortExtraction.run(CohortManifest.read(manifestFile), settings, null, out, options);
    }

    @Test
    void oneRowPerPatientInManifestOrderAndIdenticalAcrossThreadCounts() throws IOException {
        Path one = dir.resolve("one.csv");
        Path two = dir.resolve("two.csv");
        List<CohortExtraction.CaseEvent> events = Collections.synchronizedList(new ArrayList<>());
        CohortExtraction.Summary s = run(one, CohortExtraction.Options.defaults().withThreads(1)
                .withCaseEvents(events::add));
        run(two, CohortExtraction.Options.defaults().withThreads(3).withCacheDir(dir.resolve("other-cache")));
        assertEquals(Files.readString(one), Files.readString(two), "thread count must not change the table");
        assertEquals(5, s.extracted());
        assertEquals(List.of(1, 2, 3, 4, 5), events.stream().map(CohortExtraction.CaseEvent::done).toList());

        CsvRecords.Table t = CsvRecords.read(one);
        assertEquals(List.of("patient_id", "cohort", "outcome", "age", "afp"), t.header().subList(0, 5));
        assertTrue(t.header().contains("original_firstorder_Mean"), t.header()::toString);
        assertTrue(t.header().stream().anyMatch(c -> c.startsWith("original_glcm_")), t.header()::toString);
        assertEquals(t.header().size(), Set.copyOf(t.header()).size(), "column names are unique");
        assertEquals(List.of("P1", "P2", "P3", "P4", "P5"), t.lines().stream().map(l -> l.cells().get(0)).toList());
        List<String> p2 = t.lines().get(1).cells();
        assertEquals(List.of("P2", "train", "0", "70", "2"), p2.subList(0, 5), "censored <2 is written as 2");
        assertEquals(List.of("P5", "test", "", "66", "100000"), t.lines().get(4).cells().subList(0, 5));
        assertEquals("", t.lines().get(3).cells().get(4), "a missing clinical value stays empty");
        int mean = t.header().indexOf("original_firstorder_Mean");
        for (CsvRecords.Line l : t.lines()) {
            assertTrue(Double.isFinite(Double.parseDouble(l.cells().get(mean))), l::toString);
        }
        assertEquals(List.of("patient_id,line,reason"), Files.readAllLines(s.errors()));
    }

    @Test
    void aFailingCaseIsRecordedAndTheRunContinues() throws IOException {
        CohortFixture.corrupt(dir.resolve("P3/tumour.nii.gz"));
        Files.writeString(manifestFile, CohortFixture.MANIFEST + "P6,validation,P1/ct.nii.gz,P1/tumour.nii.gz,,1,1,1\n");
        Path out = dir.resolve("features.csv");
        CohortExtraction.Summary s = run(out, CohortExtraction.Options.defaults());
        assertEquals(6, s.cases());
        assertEquals(4, s.succeeded());
        assertEquals(List.of("P3", "P6"), s.failures().stream().map(CohortExtraction.Failure::patientId).toList());
        List<CsvRecords.Line> errors = CsvRecords.read(dir.resolve("features.errors.csv")).lines();
        assertEquals(2, errors.size(), errors::toString);
        assertEquals(List.of("P3", "4"), errors.get(0).cells().subList(0, 2));
        assertTrue(errors.get(0).cells().get(2).contains("tumour.nii.gz: not a NIfTI-1 file"), errors::toString);
        assertEquals(List.of("P6", "7"), errors.get(1).cells().subList(0, 2));
        assertTrue(errors.get(1).cells().get(2).startsWith("manifest: ERROR UNKNOWN_COHORT"), errors::toString);
        assertEquals(List.of("P1", "P2", "P4", "P5"), CsvRecords.read(out).lines().stream()
                .map(l -> l.cells().get(0)).toList());
    }

    @Test
    void rerunUsesTheCacheAndAChangedInputIsExtractedAgain() throws IOException {
        Path out = dir.resolve("features.csv");
        CohortExtraction.Summary first = run(out, CohortExtraction.Options.defaults());
        String table = Files.readString(out);
        assertEquals(5, first.extracted());
        assertEquals(5, Files.list(dir.resolve("features.csv.cache")).count());

        CohortExtraction.Summary second = run(out, CohortExtraction.Options.defaults());
        assertEquals(0, second.extracted(), "a rerun must not extract finished cases");
        assertEquals(5, second.cached());
        assertEquals(table, Files.readString(out), "cached values are written exactly as computed");

        // P1's CT (other noise) for P2, and one more file in P4's DICOM folder: both keys change
        Files.copy(dir.resolve("P1/ct.nii.gz"), dir.resolve("P2/ct.nii.gz"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.write(dir.resolve("P4/ct/extra-note.txt"), new byte[] {42});
        CohortExtraction.Summary third = run(out, CohortExtraction.Options.defaults());
        assertEquals(2, third.extracted(), "the changed image (P2) and the changed DICOM folder (P4) are redone");
        assertEquals(3, third.cached());
    }

    /**
     * Issue 12: a cancel from another thread mid-run stops within a second with {@link Cancelled}; the complete
     * table of an earlier run is left as it was (never half-written), the cache holds complete cases only, and a
     * rerun resumes from them to the same table.
     */
    @Test
    void aCancelMidRunStopsWithinASecondLeavesTheOldTableAndTheRerunResumes() throws Exception {
        Path out = dir.resolve("features.csv");
        run(out, CohortExtraction.Options.defaults());
        String complete = Files.readString(out);
        String errors = Files.readString(dir.resolve("features.errors.csv"));
        int columns = CsvRecords.read(out).header().size() - 5; // features: all but id, cohort, outcome, age, afp

        Path cache = dir.resolve("second-cache");
        CountDownLatch firstCase = new CountDownLatch(1);
        List<String> reports = Collections.synchronizedList(new ArrayList<>());
        List<CohortExtraction.CaseEvent> events = Collections.synchronizedList(new ArrayList<>());
        Progress.Cancellable progress = Progress.cancellable((step, fraction) -> {
            reports.add(step);
            firstCase.countDown();
        });
        CohortExtraction.Options options = CohortExtraction.Options.defaults().withThreads(1).withCacheDir(cache)
                .withCaseEvents(events::add).withProgress(progress);
        assertCancelledWithinASecond(progress, firstCase, () -> run(out, options));

        assertEquals(complete, Files.readString(out), "the earlier complete table is left as it was");
        assertEquals(errors, Files.readString(dir.resolve("features.errors.csv")));
        assertEquals("cases 1/5 done", reports.get(0));
        List<Path> entries;
        try (var list = Files.list(cache)) {
            entries = list.toList();
        }
        assertTrue(entries.size() < 5, "stopped mid-way: " + entries.size() + " cases cached");
        assertEquals(events.size(), entries.size(), "exactly the cases reported finished are cached");
        FeatureCache read = new FeatureCache(cache);
        for (CohortExtraction.CaseEvent e : events) {
            assertEquals(CohortExtraction.CaseStatus.EXTRACTED, e.status());
            String name = entries.stream().map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(e.patientId() + "-")).findFirst().orElseThrow();
            String key = name.substring(e.patientId().length() + 1, name.length() - ".json".length());
            assertEquals(columns, read.read(e.patientId(), key).orElseThrow().names().size(), name);
        }

        CohortExtraction.Summary rerun = run(out, CohortExtraction.Options.defaults().withCacheDir(cache));
        assertEquals(entries.size(), rerun.cached(), "the rerun resumes from the cached cases");
        assertEquals(5 - entries.size(), rerun.extracted());
        assertEquals(complete, Files.readString(out));
    }

    @Test
    void shardsMergeIntoTheUnshardedTable() throws IOException {
        Path all = dir.resolve("all.csv");
        run(all, CohortExtraction.Options.defaults());
        Path part1 = dir.resolve("part1.csv");
        Path part2 = dir.resolve("part2.csv");
        Path cache = dir.resolve("all.csv.cache");
        CohortExtraction.Summary s1 = run(part1, CohortExtraction.Options.defaults().withShard(Shard.parse("1/2"))
                .withCacheDir(cache));
        CohortExtraction.Summary s2 = run(part2, CohortExtraction.Options.defaults().withShard(Shard.parse("2/2"))
                .withCacheDir(cache));
        assertEquals(5, s1.cases() + s2.cases());
        assertTrue(s1.cases() > 0 && s2.cases() > 0, "both shards get patients: " + s1.cases());
        assertEquals(0, s1.extracted() + s2.extracted(), "shards reuse a shared cache");
        Path merged = dir.resolve("merged.csv");
        CohortMerge.merge(List.of(part2, part1), manifestFile, merged);
        assertEquals(Files.readString(all), Files.readString(merged));
        assertEquals(List.of("patient_id,line,reason"), Files.readAllLines(dir.resolve("merged.errors.csv")));
    }

    @Test
    void mergeRefusesDifferentColumnsAndDuplicatePatients() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Files.writeString(a, "patient_id,cohort,outcome,f1,f2\nP1,train,1,0.5,1\n");
        Files.writeString(b, "patient_id,cohort,outcome,f1,f3\nP2,train,0,0.25,2\n");
        String message = assertThrows(BadInputException.class,
                () -> CohortMerge.merge(List.of(a, b), null, dir.resolve("m.csv"))).getMessage();
        assertTrue(message.contains("missing f2; extra f3"), message);
        Files.writeString(b, "patient_id,cohort,outcome,f2,f1\nP1,test,0,2,0.25\n");
        message = assertThrows(BadInputException.class,
                () -> CohortMerge.merge(List.of(a, b), null, dir.resolve("m.csv"))).getMessage();
        assertTrue(message.contains("patient \"P1\" is also in"), message);
        Files.writeString(b, "patient_id,cohort,outcome,f2,f1\nP0,test,0,2,0.25\n");
        CohortMerge.merge(List.of(a, b), null, dir.resolve("m.csv"));
        assertEquals("patient_id,cohort,outcome,f1,f2\nP0,test,0,0.25,2\nP1,train,1,0.5,1\n",
                Files.readString(dir.resolve("m.csv")), "same columns in another order are aligned; id order");
    }

    @Test
    void deepModelAddsProbabilityAndFeatureColumnsEqualToDeepInference() throws IOException {
        Path model = Path.of("src", "test", "resources", "deep", "tiny-model");
        Path out = dir.resolve("features.csv");
        CohortExtraction.run(CohortManifest.read(manifestFile), settings, model, out,
                CohortExtraction.Options.defaults());
        CsvRecords.Table t = CsvRecords.read(out);
        int prob = t.header().indexOf("deep_prob");
        assertTrue(prob > t.header().indexOf("original_firstorder_Mean"), "deep columns follow radiomics");
        assertEquals("deep_f001", t.header().get(prob + 1));
        try (DeepModel m = DeepModels.load(model)) {
            DemoPhantom.Phantom p1 = DemoPhantom.abdomen(64, 64, 20, new double[] {2.5, 2.5, 2.5}, 1);
            DeepOutput expected = DeepInference.infer(m, p1.ct(), p1.tumour()).output();
            assertEquals(expected.probability(), Double.parseDouble(t.lines().get(0).cells().get(prob)));
            assertEquals(t.header().size(), prob + 1 + expected.features().length + 3,
                    "deep_f* are the last feature columns");
            assertEquals(DiagnosticColumns.SPACING, t.header().subList(t.header().size() - 3, t.header().size()),
                    "then the diagnostic spacing columns");
            assertEquals("2.5", t.lines().get(0).cells().get(t.header().indexOf("diag_spacing_z")));
            assertEquals(expected.features()[0], Float.parseFloat(t.lines().get(0).cells().get(prob + 1)));
        }
    }
}
