package org.tacerisk.model.update;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.ClassShuffle;
import org.tacerisk.common.Progress;

/**
 * The original and the updated model compared on the site's cases the update did not learn from
 * (docs/model-updating.md):
 * <ul>
 * <li>HOLDOUT: the cohort is split at random, stratified by outcome ({@link #split}), into a development part, on
 * which the procedure runs (the closed test included) and whose model is the one the new bundle carries, and a
 * held-out part, on which both models are measured ({@link Performance}).</li>
 * <li>BOOTSTRAP (small cohorts): the procedure runs on the whole cohort (the bundle's model); its performance is
 * corrected for optimism (Harrell; Steyerberg): in each of B resamples the procedure runs again, and the mean of
 * (performance on the resample − performance of that model on the whole cohort) is subtracted from the apparent
 * performance. The limits shown are the apparent ones shifted by the optimism (an approximation). The original model
 * learnt nothing from these cases: its performance on the whole cohort needs no correction. A resample on which a fit
 * has no estimate (separation, a constant outcome) is skipped and counted.</li>
 * </ul>
 *
 * @param design        {@value #HOLDOUT} or {@value #BOOTSTRAP}
 * @param fitted        the procedure's result on the cases the bundle's model was fitted on
 * @param developmentN  cases the update was fitted on
 * @param developmentEvents events among them
 * @param evaluationN   cases the comparison is on (held out; for the bootstrap, the whole cohort)
 * @param evaluationEvents events among them
 * @param resamples     bootstrap resamples used (0 for a holdout)
 * @param failedResamples resamples skipped
 * @param original      the original model's performance
 * @param updated       the updated model's (held out, or optimism-corrected)
 * @param seed          the random seed of the split or the resamples
 */
public record UpdateEvaluation(String design, UpdateProcedure.Fitted fitted, int developmentN, int developmentEvents,
        int evaluationN, int evaluationEvents, int resamples, int failedResamples, Performance original,
        Performance updated, long seed) {

    public static final String HOLDOUT = "holdout";
    public static final String BOOTSTRAP = "bootstrap";

    /** Held-out evaluation with {@code fraction} of each outcome class held out. */
    public static UpdateEvaluation holdout(LocalCohort data, UpdateProcedure procedure, double fraction, long seed) {
        boolean[] heldOut = split(data.outcomes(), fraction, seed);
        List<Integer> dev = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int i = 0; i < heldOut.length; i++) {
            (heldOut[i] ? test : dev).add(i);
        }
        LocalCohort development = data.rows(dev.stream().mapToInt(Integer::intValue).toArray());
        LocalCohort evaluation = data.rows(test.stream().mapToInt(Integer::intValue).toArray());
        for (LocalCohort part : List.of(development, evaluation)) {
            if (part.events() < 2 || part.n() - part.events() < 2) {
                throw new BadInputException(null, "holding out " + fraction + " of the cases leaves a part with "
                        + part.events() + " events in " + part.n() + " cases: too few to fit or to evaluate; use the"
                        + " bootstrap for a cohort this small");
            }
        }
        UpdateProcedure.Fitted fitted = procedure.run(development);
        Performance original = Performance.of(evaluation.outcomes(), evaluation.linearPredictors());
        Performance updated = Performance.of(evaluation.outcomes(),
                fitted.model().linearPredictors(evaluation.design()));
        return new UpdateEvaluation(HOLDOUT, fitted, development.n(), development.events(), evaluation.n(),
                evaluation.events(), 0, 0, original, updated, seed);
    }

    /** Optimism-corrected evaluation with {@code resamples} bootstrap resamples. */
    public static UpdateEvaluation bootstrap(LocalCohort data, UpdateProcedure procedure, int resamples, long seed,
            Progress progress) {
        if (resamples < 1) {
            throw new BadInputException(null, "the bootstrap needs at least one resample, not " + resamples);
        }
        UpdateProcedure.Fitted fitted = procedure.run(data);
        Performance original = Performance.of(data.outcomes(), data.linearPredictors());
        Performance apparent = Performance.of(data.outcomes(), fitted.model().linearPredictors(data.design()));
        SplittableRandom random = new SplittableRandom(seed);
        double[] optimism = new double[4];
        int used = 0;
        int failed = 0;
        int n = data.n();
        for (int b = 0; b < resamples; b++) {
            progress.checkCancelled();
            int[] rows = new int[n];
            for (int i = 0; i < n; i++) {
                rows[i] = random.nextInt(n);
            }
            LocalCohort sample = data.rows(rows);
            try {
                UpdatedModel m = procedure.run(sample).model();
                Performance onSample = Performance.of(sample.outcomes(), m.linearPredictors(sample.design()));
                Performance onCohort = Performance.of(data.outcomes(), m.linearPredictors(data.design()));
                optimism[0] += onSample.auc() - onCohort.auc();
                optimism[1] += onSample.intercept() - onCohort.intercept();
                optimism[2] += onSample.slope() - onCohort.slope();
                optimism[3] += onSample.brier() - onCohort.brier();
                used++;
            } catch (BadInputException | IllegalArgumentException e) {
                failed++; // no estimate on this resample (separation, a constant outcome): skipped, counted
            }
            progress.report("bootstrap " + (b + 1) + "/" + resamples, (b + 1.0) / resamples);
        }
        if (used == 0) {
            throw new BadInputException(null, "no bootstrap resample could be fitted (the cohort is too small or"
                    + " its outcome is separated)");
        }
        Performance o = new Performance(optimism[0] / used, 0, 0, optimism[1] / used, 0, 0, optimism[2] / used, 0,
                0, optimism[3] / used);
        return new UpdateEvaluation(BOOTSTRAP, fitted, data.n(), data.events(), data.n(), data.events(), used,
                failed, original, apparent.minus(o), seed);
    }

    /**
     * A random split stratified by outcome: of the events and of the non-events, round(fraction × count) each are
     * held out (true), chosen by {@link ClassShuffle} with {@link SplittableRandom}({@code seed}), non-events first.
     */
    public static boolean[] split(double[] outcomes, double fraction, long seed) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new BadInputException(null, "the held-out fraction must lie between 0 and 1, not " + fraction);
        }
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] heldOut = new boolean[outcomes.length];
        int[] labels = new int[outcomes.length];
        for (int i = 0; i < outcomes.length; i++) {
            labels[i] = (int) outcomes[i];
        }
        for (int label = 0; label <= 1; label++) {
            List<Integer> members = ClassShuffle.members(labels, label, random);
            long take = Math.round(fraction * members.size());
            for (int i = 0; i < take; i++) {
                heldOut[members.get(i)] = true;
            }
        }
        return heldOut;
    }
}
