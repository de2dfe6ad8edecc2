package org.tacerisk.cohort;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tacerisk.features.CaseFeatureExtraction;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.ChoiceRequiredException;
import org.tacerisk.common.Finding;
import org.tacerisk.common.Progress;
import org.tacerisk.common.Severity;
import org.tacerisk.deep.DeepModel;
import org.tacerisk.dicom.CaseInputs;
import org.tacerisk.dicom.MaskRead;
import org.tacerisk.radiomics.RadiomicsSettings;

/**
 * One case of {@link CohortExtraction}: cache look-up, else image + mask ({@link CaseInputs}, as every command
 * that takes an image and a mask), radiomics, optional deep features, cache write. Never throws for a problem of
 * the case itself: that becomes a FAILED outcome with a one-line reason, so one bad scan cannot stop a cohort. A
 * cancel is not a problem of the case: {@link Cancelled} goes through, and nothing of the case is cached.
 * Thread-safe: the settings and the model are shared read-only; progress calls are serialised here.
 */
final class CaseRunner {

    /**
     * A case's result: features (null when FAILED), and the reason it failed or, for an extracted case, the
     * warnings met reading its image and mask (null when none), which the progress report shows.
     */
    record Outcome(CohortExtraction.CaseStatus status, CaseFeatures features, String reason) {
    }

    private final RadiomicsSettings settings;
    private final String canonicalSettings;
    private final Path deepModelDir;
    private final DeepModel model;
    private final FeatureCache cache;
    private final int total;
    private final Consumer<CohortExtraction.CaseEvent> caseEvents;
    private final Progress progress;
    /**
     * What a case's own steps get: the run's cancellation, not its reports (cases run in parallel, so their steps
     * would interleave).
     */
    private final Progress caseProgress;
    private int done;

    CaseRunner(RadiomicsSettings settings, String canonicalSettings, Path deepModelDir, DeepModel model,
            FeatureCache cache, int total, Consumer<CohortExtraction.CaseEvent> caseEvents, Progress progress) {
        this.settings = settings;
        this.canonicalSettings = canonicalSettings;
        this.deepModelDir = deepModelDir;
        this.model = model;
        this.cache = cache;
        this.total = total;
        this.caseEvents = caseEvents;
        this.progress = progress;
        this.caseProgress = Progress.of((step, fraction) -> { }, progress::isCancelled);
    }

    /**
     * @throws IOException only when the cache cannot be written (a full disk fails every later case too)
     * @throws Cancelled   when the run is cancelled before the case's features are complete
     */
    Outcome run(CohortManifest.Row row) throws IOException {
        long start = System.nanoTime();
        Outcome outcome;
        String key = null;
        try {
            key = CaseKey.of(row, canonicalSettings, deepModelDir, CohortExtraction.VERSION);
            Optional<CaseFeatures> hit = cache.read(row.patientId(), key);
            outcome = hit.isPresent() ? new Outcome(CohortExtraction.CaseStatus.CACHED, hit.get(), null)
                    : extract(row);
        } catch (Cancelled e) {
            throw e;
        } catch (ChoiceRequiredException e) {
            outcome = failed(e.getMessage() + "; name it in the manifest's "
                    + (e.subject() == ChoiceRequiredException.Subject.SERIES ? "series" : "roi") + " column");
        } catch (BadInputException | IOException e) {
            outcome = failed(e.getMessage());
        } catch (OutOfMemoryError e) {
            outcome = failed("out of memory; run fewer cases at a time or give Java more memory");
        } catch (RuntimeException e) {
            // a bug rather than bad input, but still this case's problem: record it and go on
            outcome = failed("internal error: " + e);
        }
        if (outcome.status() == CohortExtraction.CaseStatus.EXTRACTED) {
            cache.write(key, outcome.features());
        }
        report(row.patientId(), outcome, (System.nanoTime() - start) / 1_000_000);
        return outcome;
    }

    private Outcome extract(CohortManifest.Row row) throws IOException {
        CaseInputs.Image img = CaseInputs.readImage(row.image(), row.series(), caseProgress);
        MaskRead read = CaseInputs.readMask(row.mask(), row.roi(), img.volume().geometry(), img.series());
        caseProgress.checkCancelled();
        CaseInputs.ImageAndMask onGrid = new CaseInputs.ImageAndMask(img.volume(), read.mask());
        if (settings.pyradiomicsConventions()) {
            onGrid = CaseInputs.asSimpleItkReads(row.image(), onGrid.volume(), onGrid.mask(),
                    settings.pyRadiomicsWaveletSinglePrecision());
        }
        Map<String, Double> features = CaseFeatureExtraction.extract(onGrid.volume(), onGrid.mask(), settings, model,
                caseProgress);
        // diagnostic columns (not features): the training images' spacing for the bundle (docs/cohort.md)
        double[] spacing = img.volume().geometry().spacing();
        for (int a = 0; a < 3; a++) {
            features.put(DiagnosticColumns.SPACING.get(a), spacing[a]);
        }
        List<Finding> warnings = Stream.of(img.findings(), read.findings(), onGrid.findings()).flatMap(List::stream)
                .filter(f -> f.severity() != Severity.INFO).toList();
        return new Outcome(CohortExtraction.CaseStatus.EXTRACTED, new CaseFeatures(row.patientId(),
                new ArrayList<>(features.keySet()), features.values().stream().mapToDouble(Double::doubleValue)
                        .toArray()), warnings.isEmpty() ? null : warnings.stream().map(Finding::describe)
                                .collect(Collectors.joining("; ")));
    }

    private static Outcome failed(String reason) {
        String oneLine = reason == null ? "unknown error" : reason.replaceAll("\\s*[\\r\\n]+\\s*", " ");
        return new Outcome(CohortExtraction.CaseStatus.FAILED, null, oneLine);
    }

    private synchronized void report(String patientId, Outcome outcome, long millis) {
        done++;
        caseEvents.accept(new CohortExtraction.CaseEvent(done, total, patientId, outcome.status(), millis,
                outcome.reason()));
        progress.report("cases " + done + "/" + total + " done", (double) done / total);
    }
}
