package org.tacerisk.cohort.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.stats.DataTable;

/**
 * The optional reproducibility filter of {@code tacerisk cohort train}: per feature, the intraclass correlation
 * between the features table and a second table of the same patients from a repeat segmentation, over the training
 * patients present in both (matched on {@code patient_id}, pairs with a missing value left out); a feature with ICC
 * below the threshold is dropped before screening. The ICC is Shrout &amp; Fleiss' ICC(2,1) (Shrout PE, Fleiss JL.
 * Intraclass correlations: uses in assessing rater reliability. Psychol Bull 1979;86:420–428): two-way random
 * effects, absolute agreement, single measurement, from the two-way ANOVA mean squares
 * <pre>ICC(2,1) = (BMS − EMS) / (BMS + (k − 1)·EMS + k·(JMS − EMS)/n)</pre>
 * with n patients, k raters (segmentations), BMS the between-patients, JMS the between-raters and EMS the residual
 * mean square. A feature absent from the repeat table is kept (not assessed); one whose ICC is undefined (fewer than
 * 3 complete pairs, or no variance) is dropped.
 *
 * @param threshold   the ICC threshold
 * @param patients    training patients present in both tables
 * @param icc         feature → ICC(2,1) (NaN when undefined), for the assessed features
 * @param kept        the candidate features that pass (including the not-assessed ones), in their order
 * @param dropped     the assessed features below the threshold or undefined
 * @param notAssessed candidate features absent from the repeat table
 */
public record IccFilter(double threshold, int patients, Map<String, Double> icc, List<String> kept,
        List<String> dropped, List<String> notAssessed) {

    private static final int MIN_PAIRS = 3;

    public IccFilter {
        icc = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(icc));
        kept = List.copyOf(kept);
        dropped = List.copyOf(dropped);
        notAssessed = List.copyOf(notAssessed);
    }

    /**
     * Applies the filter to {@code features} (columns of {@code table}) over its rows {@code train}.
     *
     * @param repeat the repeat-segmentation table (patient_id plus feature columns)
     */
    public static IccFilter apply(DataTable table, int[] train, DataTable repeat, List<String> features,
            double threshold) {
        Map<String, Integer> repeatRow = new HashMap<>();
        for (int i = 0; i < repeat.rowCount(); i++) {
            repeatRow.put(repeat.text(i, CohortTrainer.ID), i);
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i : train) {
            Integer j = repeatRow.get(table.text(i, CohortTrainer.ID));
            if (j != null) {
                pairs.add(new int[] {i, j});
            }
        }
        Map<String, Double> icc = new LinkedHashMap<>();
        List<String> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<String> notAssessed = new ArrayList<>();
        for (String f : features) {
            if (!repeat.hasColumn(f)) {
                notAssessed.add(f);
                kept.add(f);
                continue;
            }
            double[] a = table.numeric(f);
            double[] b = repeat.numeric(f);
            List<double[]> rows = new ArrayList<>();
            for (int[] p : pairs) {
                if (!Double.isNaN(a[p[0]]) && !Double.isNaN(b[p[1]])) {
                    rows.add(new double[] {a[p[0]], b[p[1]]});
                }
            }
            double v = rows.size() < MIN_PAIRS ? Double.NaN : icc21(rows.toArray(new double[0][]));
            icc.put(f, v);
            (v >= threshold ? kept : dropped).add(f);
        }
        return new IccFilter(threshold, pairs.size(), icc, kept, dropped, notAssessed);
    }

    /** Shrout &amp; Fleiss ICC(2,1) of an n × k table (rows: subjects, columns: raters); NaN when undefined. */
    public static double icc21(double[][] x) {
        double[] ms = meanSquares(x);
        int n = x.length;
        int k = x[0].length;
        double den = ms[0] + (k - 1) * ms[2] + k * (ms[1] - ms[2]) / n;
        return den > 0 ? (ms[0] - ms[2]) / den : Double.NaN;
    }

    /** Shrout &amp; Fleiss ICC(3,1) (two-way mixed, consistency, single measurement); NaN when undefined. */
    public static double icc31(double[][] x) {
        double[] ms = meanSquares(x);
        int k = x[0].length;
        double den = ms[0] + (k - 1) * ms[2];
        return den > 0 ? (ms[0] - ms[2]) / den : Double.NaN;
    }

    /** BMS, JMS, EMS of the two-way ANOVA without replication. */
    static double[] meanSquares(double[][] x) {
        int n = x.length;
        int k = x[0].length;
        double grand = 0;
        for (double[] row : x) {
            for (double v : row) {
                grand += v;
            }
        }
        grand /= n * k;
        double ssb = 0;
        double ssj = 0;
        double sst = 0;
        for (double[] row : x) {
            double m = 0;
            for (double v : row) {
                m += v;
                sst += (v - grand) * (v - grand);
            }
            m /= k;
            ssb += k * (m - grand) * (m - grand);
        }
        for (int j = 0; j < k; j++) {
            double m = 0;
            for (double[] row : x) {
                m += row[j];
            }
            m /= n;
            ssj += n * (m - grand) * (m - grand);
        }
        double sse = Math.max(0, sst - ssb - ssj);
        return new double[] {ssb / (n - 1), ssj / (k - 1), sse / ((n - 1) * (k - 1))};
    }

    /** The report's paragraph. */
    String markdown() {
        return "## Reproducibility (ICC) filter\n\nICC(2,1) (Shrout & Fleiss 1979: two-way random, absolute agreement,"
                + " single measurement) between the two segmentations over " + patients + " training patients;"
                + " threshold " + threshold + ".\n\n| assessed | kept | dropped | not in the repeat table |\n"
                + "|---|---|---|---|\n| " + icc.size() + " | " + (kept.size() - notAssessed.size()) + " | "
                + dropped.size() + " | " + notAssessed.size() + " |\n\n";
    }

    /** evaluation.json's {@code icc_filter}. */
    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", "ICC(2,1), Shrout & Fleiss 1979");
        m.put("threshold", threshold);
        m.put("patients", patients);
        m.put("kept", kept.size());
        m.put("dropped", dropped);
        m.put("not_assessed", notAssessed.size());
        Map<String, Object> values = new LinkedHashMap<>();
        icc.forEach((k, v) -> values.put(k, Double.isNaN(v) ? null : v));
        m.put("icc", values);
        return m;
    }
}
