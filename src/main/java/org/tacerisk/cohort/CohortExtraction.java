package org.tacerisk.cohort;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.Progress;
import org.tacerisk.deep.DeepModel;
import org.tacerisk.deep.DeepModels;
import org.tacerisk.radiomics.RadiomicsSettings;
import org.tacerisk.radiomics.RadiomicsSettingsYaml;

/**
 * {@code cohort extract}: features of every patient of a manifest (or of one {@link Shard}) into one wide CSV, one
 * row per patient in manifest order, columns in a fixed order (docs/cohort.md). Cases run in parallel on a bounded
 * pool; results are collected by row position, so the output does not depend on which thread finished first.
 * A case that fails is written to {@code FEATURES.errors.csv} with its reason and the others go on; finished cases
 * are cached ({@link FeatureCache}) so an interrupted or partly failed run resumes where it stopped. The table and
 * the errors file are written at the end, atomically: a cancelled run leaves an older complete table or none.
 */
public final class CohortExtraction {

    /** What happened to a case. */
    public enum CaseStatus { EXTRACTED, CACHED, FAILED }

    /**
     * What happened to each case, after it (called from worker threads, one call at a time; {@code done} counts up
     * by 1): the command line prints a line per case from it.
     */
    public record CaseEvent(int done, int total, String patientId, CaseStatus status, long millis, String reason) {
    }

    /** A patient without a feature row: a bad manifest row or a failed extraction ({@code line} in the manifest). */
    public record Failure(int line, String patientId, String reason) {
    }

    /**
     * How to run.
     *
     * @param threads    cases at a time; each holds its CT and intermediate images (hundreds of MB for a large
     *                   scan), which is why the default is 2 and not the core count (the families inside a case run
     *                   in parallel anyway)
     * @param cacheDir   null: {@code <out>.cache} next to the output
     * @param caseEvents told what happened to each case
     * @param progress   told "cases 12/475 done" after each case (the cases run in parallel, so the steps inside a
     *                   case are not reported); once cancelled no case starts, the running ones stop at their next
     *                   check (file by file while reading a DICOM image, and before the feature extraction), the
     *                   run throws {@link Cancelled} and writes no table (the finished cases are cached: a rerun
     *                   resumes)
     */
    public record Options(Shard shard, int threads, Path cacheDir, Consumer<CaseEvent> caseEvents,
            Progress progress) {

        public Options {
            shard = shard == null ? Shard.ALL : shard;
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            caseEvents = caseEvents == null ? e -> { } : caseEvents;
            progress = progress == null ? Progress.NONE : progress;
        }

        public static Options defaults() {
            return new Options(Shard.ALL, Math.min(2, Runtime.getRuntime().availableProcessors()), null, null, null);
        }

        public Options withShard(Shard value) {
            return new Options(value, threads, cacheDir, caseEvents, progress);
        }

        public Options withThreads(int value) {
            return new Options(shard, value, cacheDir, caseEvents, progress);
        }

        public Options withCacheDir(Path value) {
            return new Options(shard, threads, value, caseEvents, progress);
        }

        public Options withCaseEvents(Consumer<CaseEvent> value) {
            return new Options(shard, threads, cacheDir, value, progress);
        }

        public Options withProgress(Progress value) {
            return new Options(shard, threads, cacheDir, caseEvents, value);
        }
    }

    /**
     * The outcome of a run.
     *
     * @param cases     patients of this shard, bad manifest rows included
     * @param extracted cases computed in this run
     * @param cached    cases taken from the cache
     * @param failures  patients without a row, in manifest line order
     */
    public record Summary(int cases, int extracted, int cached, List<Failure> failures, Path out, Path errors,
            long millis) {

        public int succeeded() {
            return extracted + cached;
        }
    }

    /** Part of the cache key: a new release recomputes rather than trusting values from an older one. */
    static final String VERSION = FeatureCache.FORMAT + "/" + org.tacerisk.common.SoftwareVersion.current();

    private CohortExtraction() {
    }

    /**
     * @param deepModelDir a model folder (docs/deep-models.md) for {@code deep_*} columns, or null
     * @throws org.tacerisk.common.BadInputException when the deep model cannot be loaded (every case would fail
     *                                               the same way, so the run stops before starting)
     * @throws Cancelled                              when {@link Options#progress()} is cancelled (no table
     *                                               written; the finished cases are cached)
     */
    public static Summary run(CohortManifest manifest, RadiomicsSettings settings, Path deepModelDir, Path out,
            Options options) throws IOException {
        long start = System.nanoTime();
        List<CohortManifest.Row> rows = manifest.rows().stream()
                .filter(r -> options.shard().contains(r.patientId())).toList();
        List<Failure> failures = new ArrayList<>();
        for (CohortManifest.RowFinding f : manifest.errors()) {
            // a row without an id has no hash; shard 1 reports it, so it is reported exactly once
            if (f.patientId().isEmpty() ? options.shard().index() == 1 : options.shard().contains(f.patientId())) {
                failures.add(new Failure(f.line(), f.patientId(), "manifest: " + f.finding().describe()));
            }
        }
        int badRows = (int) failures.stream().map(Failure::line).distinct().count();
        Path cacheDir = options.cacheDir() != null ? options.cacheDir()
                : out.resolveSibling(out.getFileName() + ".cache");
        CaseRunner.Outcome[] outcomes;
        try (DeepModel model = deepModelDir == null ? null : DeepModels.load(deepModelDir)) {
            CaseRunner runner = new CaseRunner(settings, RadiomicsSettingsYaml.toYaml(settings), deepModelDir,
                    model, new FeatureCache(cacheDir), rows.size(), options.caseEvents(), options.progress());
            outcomes = runAll(rows, runner, options);
        }
        List<CaseFeatures> done = new ArrayList<>();
        int extracted = 0;
        int cached = 0;
        for (int i = 0; i < rows.size(); i++) {
            CaseRunner.Outcome o = outcomes[i];
            if (o.features() != null) {
                done.add(o.features());
                extracted += o.status() == CaseStatus.EXTRACTED ? 1 : 0;
                cached += o.status() == CaseStatus.CACHED ? 1 : 0;
            } else {
                failures.add(new Failure(rows.get(i).line(), rows.get(i).patientId(), o.reason()));
            }
        }
        failures.sort(java.util.Comparator.comparingInt(Failure::line));
        Path errors = Tables.errorsFile(out);
        WideTable.write(out, manifest, rows, outcomes);
        Tables.write(errors, Tables.ERRORS_HEADER, failures.stream()
                .map(f -> List.of(f.patientId(), Integer.toString(f.line()), f.reason())).toList());
        return new Summary(rows.size() + badRows, extracted, cached, List.copyOf(failures), out, errors,
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Every case's outcome, in row order. After a cancel each case still queued throws {@link Cancelled} as it
     * starts and the running ones stop at their next check; all of them have ended when this throws, so no case is
     * still writing the cache.
     */
    private static CaseRunner.Outcome[] runAll(List<CohortManifest.Row> rows, CaseRunner runner, Options options)
            throws IOException {
        CaseRunner.Outcome[] outcomes = new CaseRunner.Outcome[rows.size()];
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), Math.max(1, rows.size())),
                r -> {
                    Thread t = new Thread(r, "cohort-case");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<Future<CaseRunner.Outcome>> futures = new ArrayList<>();
            for (CohortManifest.Row row : rows) {
                futures.add(pool.submit(() -> {
                    options.progress().checkCancelled();
                    return runner.run(row);
                }));
            }
            boolean cancelled = false;
            for (int i = 0; i < rows.size(); i++) {
                try {
                    outcomes[i] = futures.get(i).get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof Cancelled)) {
                        throw e;
                    }
                    cancelled = true;
                }
            }
            if (cancelled) {
                throw new Cancelled();
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled();
        } catch (ExecutionException e) {
            // CaseRunner turns every case problem into a failure outcome; what arrives here is a bug or an I/O
            // failure of the cache folder itself
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("cohort extraction failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
