package org.tacerisk.cohort.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.Progress;
import org.tacerisk.dicom.CtSeriesWriter;
import org.tacerisk.dicom.CtWriteOptions;
import org.tacerisk.dicom.RtStructWriter;
import org.tacerisk.dicom.SeriesReference;
import org.tacerisk.image.Nifti;

/**
 * Writes a synthetic cohort into a folder: per patient a DICOM CT series with its tumour RTSTRUCT, the same mask as
 * NIfTI, then {@code cohort.csv} (the manifest the pipeline reads), {@code truth.csv} (the latent generating values,
 * kept out of the manifest so that no model can learn from them) and a README saying the data are synthetic.
 * Patients are written in parallel; everything except DICOM UIDs of the RTSTRUCT and its creation time is a pure
 * function of the seed. The manifest is removed first and written last, so its presence means the cohort is
 * complete; a patient whose writing fails or is cancelled is removed again, so every patient folder is complete.
 */
public final class SyntheticCohortWriter {

    public static final String MANIFEST = "cohort.csv";
    public static final String TRUTH = "truth.csv";
    public static final String README = "SYNTHETIC-README.txt";
    public static final String ROI = "GTV";
    public static final String SERIES_DESCRIPTION = "Synthetic portal venous CT";
    public static final String STUDY_DESCRIPTION = "SYNTHETIC TACE-Risk cohort - not patient data";

    static final String MANIFEST_HEADER =
            "patient_id,cohort,image,mask,roi,outcome,tumor_size_cm,nodules,afp_ng_ml,age,male";
    static final String TRUTH_HEADER = "patient_id,cohort,heterogeneity_z,irregularity_z,image_score,"
            + "heterogeneity_hu,irregularity,necrosis_fraction,true_lp,probability,outcome,index_radius_mm,"
            + "satellites_shown";

    /** What was written: counts and events per cohort (train, test, external). */
    public record Summary(int patients, long seed, SynthSize size, Map<String, Integer> counts,
            Map<String, Integer> events, double prevalence, double elapsedSeconds) {
    }

    private SyntheticCohortWriter() {
    }

    /** The cohort's patients without images (for simulations and tests). */
    public static List<SyntheticPatient> draw(long seed, int patients) {
        return draw(seed, patients, SiteShift.NONE);
    }

    /** The cohort's patients at a mis-calibrated site, without images. */
    public static List<SyntheticPatient> draw(long seed, int patients, SiteShift site) {
        CohortSplit split = CohortSplit.of(patients);
        List<SyntheticPatient> out = new ArrayList<>(patients);
        for (int i = 0; i < patients; i++) {
            out.add(OutcomeModel.draw(seed, i, split.cohortOf(i), site));
        }
        return out;
    }

    /**
     * Writes one patient of the cohort {@code (seed, patients)} — the same images, mask and values it has in the
     * whole cohort — under {@code dir} ({@link #imagePath}, {@link #maskPath}); for the demo, which shows one
     * patient the demo model never saw.
     *
     * @param number 1-based patient number (SYN-0001 is 1)
     */
    public static SyntheticPatient writeOne(Path dir, long seed, int patients, int number, SynthSize size)
            throws IOException {
        if (number < 1 || number > patients) {
            throw new IllegalArgumentException("patient number " + number + " is outside 1.." + patients);
        }
        SyntheticPatient p = OutcomeModel.draw(seed, number - 1, CohortSplit.of(patients).cohortOf(number - 1));
        writePatient(dir, p, seed, size, Progress.NONE);
        return p;
    }

    /**
     * Writes only the patients of one cohort of {@code (seed, patients)} — each with the files it has in the whole
     * cohort — and their manifest {@value #MANIFEST}; e.g. the demo cohort's external patients, to validate the demo
     * bundle on them without writing the other 380 (docs/validation.md).
     */
    public static List<SyntheticPatient> writeCohort(Path dir, int patients, long seed, SynthSize size, String cohort)
            throws IOException {
        List<SyntheticPatient> part = draw(seed, patients).stream().filter(p -> p.cohort().equals(cohort)).toList();
        Files.createDirectories(dir);
        try {
            part.parallelStream().forEach(p -> {
                try {
                    writePatient(dir, p, seed, size, Progress.NONE);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        StringBuilder manifest = new StringBuilder(MANIFEST_HEADER).append('\n');
        part.forEach(p -> manifest.append(manifestRow(p)).append('\n'));
        AtomicFiles.writeString(dir.resolve(MANIFEST), manifest.toString());
        return part;
    }

    /** Folder of a patient's DICOM series, relative to the cohort folder. */
    public static String imagePath(SyntheticPatient p) {
        return p.patientId() + "/dicom";
    }

    /** The patient's NIfTI tumour mask, relative to the cohort folder. */
    public static String maskPath(SyntheticPatient p) {
        return p.patientId() + "/tumour_mask.nii.gz";
    }

    /**
     * Writes the cohort: the patients (in parallel), then README, truth.csv and cohort.csv.
     *
     * @param progress told "12/475 patients written" after each patient; checked for cancellation before each
     *                 patient and between the steps of one
     * @throws Cancelled when {@code progress} is cancelled: the patients finished so far stay (each complete), the
     *                   ones being written are removed, and no cohort.csv or truth.csv is written (an older one is
     *                   removed before the first patient)
     */
    public static Summary write(Path dir, int patients, long seed, SynthSize size, Progress progress)
            throws IOException {
        return write(dir, patients, seed, size, SiteShift.NONE, progress);
    }

    /**
     * {@link #write(Path, int, long, SynthSize, Progress)} at a mis-calibrated site: the same images and clinical
     * values, outcomes drawn from the shifted log-odds ({@link SiteShift}).
     */
    public static Summary write(Path dir, int patients, long seed, SynthSize size, SiteShift site, Progress progress)
            throws IOException {
        long start = System.nanoTime();
        List<SyntheticPatient> cohort = draw(seed, patients, site);
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(MANIFEST));
        Files.deleteIfExists(dir.resolve(TRUTH));
        String[] truthRows = new String[patients];
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        // Workers never throw: after a failure or a cancel they skip the patients left, so that none is still
        // writing when this method returns.
        IntStream.range(0, patients).parallel().forEach(i -> {
            if (failure.get() != null || progress.isCancelled()) {
                return;
            }
            try {
                truthRows[i] = writePatient(dir, cohort.get(i), seed, size, progress);
            } catch (IOException | RuntimeException e) {
                failure.compareAndSet(null, e);
                return;
            }
            synchronized (done) {
                int n = done.incrementAndGet();
                progress.report(n + "/" + patients + " patients written", (double) n / patients);
            }
        });
        if (failure.get() instanceof IOException e) {
            throw e;
        } else if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        progress.checkCancelled();
        StringBuilder manifest = new StringBuilder(MANIFEST_HEADER).append('\n');
        StringBuilder truth = new StringBuilder(TRUTH_HEADER).append('\n');
        for (int i = 0; i < patients; i++) {
            manifest.append(manifestRow(cohort.get(i))).append('\n');
            truth.append(truthRows[i]).append('\n');
        }
        AtomicFiles.writeString(dir.resolve(README), readme(patients, seed, size, site));
        AtomicFiles.writeString(dir.resolve(TRUTH), truth.toString());
        // The manifest last: its presence means the cohort is complete.
        AtomicFiles.writeString(dir.resolve(MANIFEST), manifest.toString());
        return summary(cohort, seed, size, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Writes one patient's files, checking {@code progress} for a cancel between the steps; when a step fails or is
     * cancelled the patient's folder is removed, so it is either complete or absent. Returns its truth.csv row.
     */
    private static String writePatient(Path dir, SyntheticPatient p, long seed, SynthSize size, Progress progress)
            throws IOException {
        try {
            return writeFiles(dir, p, seed, size, progress);
        } catch (IOException | RuntimeException e) {
            try {
                deleteTree(dir.resolve(p.patientId()));
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String writeFiles(Path dir, SyntheticPatient p, long seed, SynthSize size, Progress progress)
            throws IOException {
        SyntheticCt.Rendered ct = SyntheticCt.render(p, size);
        progress.checkCancelled();
        Path dicom = dir.resolve(imagePath(p));
        int slices = ct.ct().geometry().nz();
        List<String> sopUids = new ArrayList<>(slices);
        for (int k = 0; k < slices; k++) {
            sopUids.add(uid(seed, p, "slice-" + k));
        }
        CtWriteOptions options = CtWriteOptions.builder()
                .patient("SYNTHETIC^" + p.patientId(), p.patientId(), "", p.sex())
                .study(uid(seed, p, "study"), "20000101", "120000", "1", "", STUDY_DESCRIPTION
                        + " (scanner " + ct.scanner().name() + ")")
                .series(uid(seed, p, "series"), 1, SERIES_DESCRIPTION, uid(seed, p, "frame"))
                .image(List.of("DERIVED", "SECONDARY", "AXIAL"), "SYNTHETIC", ct.scanner().sliceMm())
                .sopInstanceUids(sopUids)
                .build();
        SeriesReference series = CtSeriesWriter.write(ct.ct(), dicom, options);
        progress.checkCancelled();
        RtStructWriter.write(ct.tumour(), series, ROI, dicom.resolve("rtstruct.dcm"));
        Nifti.write(ct.tumour(), dir.resolve(maskPath(p)));
        return String.join(",", p.patientId(), p.cohort(), f6(p.heterogeneityZ()), f6(p.irregularityZ()),
                f6(p.imageScore()), f6(p.heterogeneityHu()), f6(p.irregularity()), f6(p.necrosisFraction()),
                f6(p.trueLp()), f6(p.probability()), Integer.toString(p.outcome()), f6(ct.indexRadiusMm()),
                Integer.toString(ct.satellitesShown()));
    }

    static String manifestRow(SyntheticPatient p) {
        return String.join(",", p.patientId(), p.cohort(), imagePath(p), maskPath(p), ROI,
                Integer.toString(p.outcome()), String.format(Locale.ROOT, "%.1f", p.tumourSizeCm()),
                Integer.toString(p.nodules()), String.format(Locale.ROOT, "%.1f", p.afpNgMl()),
                Integer.toString(p.age()), p.sex().equals("M") ? "1" : "0");
    }

    static Summary summary(List<SyntheticPatient> cohort, long seed, SynthSize size, double seconds) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> events = new LinkedHashMap<>();
        for (String c : List.of(CohortSplit.TRAIN, CohortSplit.TEST, CohortSplit.EXTERNAL)) {
            counts.put(c, 0);
            events.put(c, 0);
        }
        int total = 0;
        for (SyntheticPatient p : cohort) {
            counts.merge(p.cohort(), 1, Integer::sum);
            events.merge(p.cohort(), p.outcome(), Integer::sum);
            total += p.outcome();
        }
        return new Summary(cohort.size(), seed, size, counts, events, (double) total / cohort.size(), seconds);
    }

    /**
     * A UID that depends only on the seed, the patient and what it names, so a re-generated cohort has the same
     * study, series and instance UIDs (PS3.5 B.2 "2.25" form from a name-based UUID).
     */
    static String uid(long seed, SyntheticPatient p, String what) {
        UUID u = UUID.nameUUIDFromBytes(("tacerisk-synth/" + seed + "/" + p.patientId() + "/" + what)
                .getBytes(StandardCharsets.UTF_8));
        return "2.25." + new java.math.BigInteger(1, java.nio.ByteBuffer.allocate(16)
                .putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).array());
    }

    private static String readme(int patients, long seed, SynthSize size, SiteShift site) {
        String shift = site.isNone() ? "" : "\nA DELIBERATELY MIS-CALIBRATED SITE: outcomes drawn from the log-odds "
                + site.intercept() + " + " + site.slope() + " x the generator's (docs/validation.md).\n";
        return "SYNTHETIC - not patient data, not for clinical use.\n\n"
                + "Generated by `tacerisk synth` (" + patients + " patients, seed " + seed + ", size "
                + size.name().toLowerCase(Locale.ROOT) + "). Every image, mask, clinical value and outcome in this\n"
                + "folder was drawn from the generating model described in docs/synthetic-cohort.md of TACE-Risk.\n"
                + MANIFEST + " is the manifest; " + TRUTH + " holds the latent generating values (never use them as"
                + " predictors).\n" + shift;
    }

    private static String f6(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
