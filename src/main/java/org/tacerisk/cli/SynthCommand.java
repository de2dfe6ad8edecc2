package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tacerisk.cohort.synth.CohortSplit;
import org.tacerisk.cohort.synth.SiteShift;
import org.tacerisk.cohort.synth.SynthSize;
import org.tacerisk.cohort.synth.SyntheticCohortWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tacerisk synth}: writes a SYNTHETIC HCC-after-TACE cohort (DICOM CT + RTSTRUCT + NIfTI mask per patient,
 * cohort.csv manifest, truth.csv) so the whole pipeline can be run and tested without patient data.
 */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Write a SYNTHETIC cohort (not patient data): per patient a portal-venous CT as DICOM with the"
                + " index tumour as RTSTRUCT (ROI GTV) and NIfTI, plus cohort.csv (manifest with clinical columns and"
                + " the metastasis outcome) and truth.csv (latent generating values).",
            "The generating model is documented in docs/synthetic-cohort.md."})
final class SynthCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the cohort into.")
    Path out;

    @Option(names = "--patients", paramLabel = "N", description = "Number of patients (default: ${DEFAULT-VALUE},"
            + " the study's size); the study's 266/114/95 train/test/external shares are kept.")
    int patients = CohortSplit.STUDY_PATIENTS;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}); the same seed"
            + " writes the same cohort.")
    long seed = 20260101L;

    @Option(names = "--size", paramLabel = "small|full", description = "Image grid: full (256x256, 0.8 mm, 2.5 mm"
            + " slices; about 8 MB per patient) or small (104x104, 2 mm, 3 mm slices; for tests). Default:"
            + " ${DEFAULT-VALUE}.")
    String size = "full";

    @Option(names = "--intercept-shift", paramLabel = "A", description = "Make a deliberately mis-calibrated site:"
            + " add A to every patient's true log-odds (default: ${DEFAULT-VALUE}); images and clinical values stay"
            + " those of the unshifted cohort (docs/validation.md).")
    double interceptShift = 0;

    @Option(names = "--slope", paramLabel = "B", description = "Mis-calibrated site: multiply the true log-odds by B"
            + " before the shift (default: ${DEFAULT-VALUE}).")
    double slope = 1;

    @Option(names = "--json", description = "Print a JSON summary on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        SynthSize grid;
        try {
            grid = SynthSize.parse(size);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--size must be small or full, not '" + size + "'");
        }
        if (patients < 3) {
            throw new ParameterException(spec.commandLine(), "--patients must be at least 3 (one train, test and"
                    + " external patient each), not " + patients);
        }
        if (!Double.isFinite(interceptShift) || !Double.isFinite(slope)) {
            throw new ParameterException(spec.commandLine(), "--intercept-shift and --slope must be finite numbers");
        }
        SiteShift site = new SiteShift(interceptShift, slope);
        PrintWriter err = spec.commandLine().getErr();
        if (!site.isNone()) {
            err.printf(Locale.ROOT, "mis-calibrated site: true log-odds = %s + %s x the generator's%n",
                    interceptShift, slope);
        }
        err.println("SYNTHETIC cohort - not patient data: writing " + patients + " patients to " + out);
        err.flush();
        SyntheticCohortWriter.Summary s = StderrProgress.run(err, "the patients written so far are complete; no "
                + SyntheticCohortWriter.MANIFEST + " was written", progress -> SyntheticCohortWriter.write(out,
                        patients, seed, grid, site, progress));
        err.printf(Locale.ROOT, "wrote %d patients (train %d, test %d, external %d), %d events (%.1f %%) in %.1f s;"
                + " manifest %s%n", s.patients(), s.counts().get(CohortSplit.TRAIN), s.counts().get(CohortSplit.TEST),
                s.counts().get(CohortSplit.EXTERNAL), s.events().values().stream().mapToInt(Integer::intValue).sum(),
                100 * s.prevalence(), s.elapsedSeconds(), out.resolve(SyntheticCohortWriter.MANIFEST));
        err.flush();
        if (json) {
            JsonOutput.print(spec.commandLine().getOut(), toJson(s, out, site));
        }
        return ExitCodes.OK;
    }

    static Map<String, Object> toJson(SyntheticCohortWriter.Summary s, Path out, SiteShift site) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("synthetic", true);
        m.put("out", out.toString());
        m.put("manifest", SyntheticCohortWriter.MANIFEST);
        m.put("truth", SyntheticCohortWriter.TRUTH);
        m.put("patients", s.patients());
        m.put("seed", s.seed());
        m.put("size", s.size().name().toLowerCase(Locale.ROOT));
        m.put("interceptShift", site.intercept());
        m.put("slope", site.slope());
        m.put("counts", s.counts());
        m.put("events", s.events());
        m.put("prevalence", s.prevalence());
        m.put("elapsedSeconds", s.elapsedSeconds());
        return m;
    }
}
