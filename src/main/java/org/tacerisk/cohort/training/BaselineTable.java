package org.tacerisk.cohort.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.Quantiles;

/**
 * The report's "Table 1": patients and events per cohort and every clinical column of the manifest, a 0/1 column as
 * n (%) of ones, any other as median [IQR], each with the p of the difference between cohorts (Pearson χ² on the
 * cohort × value table, no continuity correction, as R's {@code chisq.test} for more than two rows; Kruskal–Wallis
 * with the tie correction, as {@code kruskal.test}). Missing values are left out and counted.
 *
 * @param cohorts the cohorts, in the evaluation's order (the columns)
 * @param n       patients per cohort
 * @param rows    one per variable
 */
public record BaselineTable(List<String> cohorts, List<Integer> n, List<Row> rows) {

    /**
     * One variable.
     *
     * @param variable the label (with unit) and the summary, e.g. "Tumour size (cm), median [IQR]"
     * @param cells    one per cohort
     * @param p        the p of the difference between cohorts (NaN: not computable, e.g. one cohort)
     * @param test     "χ²" or "Kruskal–Wallis"
     * @param missing  values missing over all cohorts
     */
    public record Row(String variable, List<String> cells, double p, String test, int missing) {
    }

    public BaselineTable {
        cohorts = List.copyOf(cohorts);
        n = List.copyOf(n);
        rows = List.copyOf(rows);
    }

    /**
     * @param cohortOf the cohort of each row of {@code t}
     * @param display  a column's label for the reader (e.g. "Tumour size (cm)")
     */
    public static BaselineTable of(DataTable t, String[] cohortOf, List<String> cohorts, String outcome,
            List<String> columns, Function<String, String> display) {
        List<Row> rows = new ArrayList<>();
        rows.add(binary("Events (" + outcome + " = 1), n (%)", t.numeric(outcome), cohortOf, cohorts));
        for (String c : columns) {
            double[] x = t.numeric(c);
            boolean binary = Arrays.stream(x).filter(v -> !Double.isNaN(v)).allMatch(v -> v == 0 || v == 1);
            rows.add(binary ? binary(display.apply(c) + " = 1, n (%)", x, cohortOf, cohorts)
                    : continuous(display.apply(c) + ", median [IQR]", x, cohortOf, cohorts));
        }
        List<Integer> n = cohorts.stream().map(c -> (int) Arrays.stream(cohortOf).filter(c::equals).count()).toList();
        return new BaselineTable(cohorts, n, rows);
    }

    private static Row binary(String name, double[] x, String[] cohortOf, List<String> cohorts) {
        long[][] counts = new long[cohorts.size()][2];
        int missing = 0;
        for (int i = 0; i < x.length; i++) {
            int k = cohorts.indexOf(cohortOf[i]);
            if (k < 0) {
                continue;
            }
            if (Double.isNaN(x[i])) {
                missing++;
            } else {
                counts[k][(int) x[i]]++;
            }
        }
        List<String> cells = new ArrayList<>();
        for (long[] c : counts) {
            long n = c[0] + c[1];
            cells.add(n == 0 ? "–" : c[1] + " (" + TrainingReport.f(100.0 * c[1] / n, 1) + " %)");
        }
        return new Row(name, cells, chiSquareP(counts), "χ²", missing);
    }

    private static Row continuous(String name, double[] x, String[] cohortOf, List<String> cohorts) {
        List<double[]> groups = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        int missing = 0;
        for (String c : cohorts) {
            double[] v = IntStream.range(0, x.length).filter(i -> c.equals(cohortOf[i]) && !Double.isNaN(x[i]))
                    .mapToDouble(i -> x[i]).toArray();
            missing += (int) IntStream.range(0, x.length).filter(i -> c.equals(cohortOf[i]) && Double.isNaN(x[i]))
                    .count();
            groups.add(v);
            if (v.length == 0) {
                cells.add("–");
            } else {
                double[] q = Quantiles.type7(v, 0.5, 0.25, 0.75);
                cells.add(TrainingReport.f(q[0], 3) + " [" + TrainingReport.f(q[1], 3) + ", "
                        + TrainingReport.f(q[2], 3) + "]");
            }
        }
        return new Row(name, cells, kruskalWallisP(groups), "Kruskal–Wallis", missing);
    }

    /** Pearson's χ² test of independence on a groups × levels table (rows or columns of zeros left out). */
    static double chiSquareP(long[][] table) {
        long[][] used = Arrays.stream(table).filter(r -> Arrays.stream(r).sum() > 0).toArray(long[][]::new);
        int levels = table.length == 0 ? 0 : table[0].length;
        int[] keep = IntStream.range(0, levels).filter(j -> Arrays.stream(used).mapToLong(r -> r[j]).sum() > 0)
                .toArray();
        if (used.length < 2 || keep.length < 2) {
            return Double.NaN;
        }
        double total = Arrays.stream(used).flatMapToLong(Arrays::stream).sum();
        double stat = 0;
        for (long[] row : used) {
            double rowSum = Arrays.stream(row).sum();
            for (int j : keep) {
                double colSum = Arrays.stream(used).mapToLong(r -> r[j]).sum();
                double expected = rowSum * colSum / total;
                stat += (row[j] - expected) * (row[j] - expected) / expected;
            }
        }
        return upperTail(stat, (used.length - 1) * (keep.length - 1));
    }

    /** Kruskal–Wallis H with midranks and the tie correction; groups without values left out. */
    static double kruskalWallisP(List<double[]> groups) {
        List<double[]> used = groups.stream().filter(g -> g.length > 0).toList();
        if (used.size() < 2) {
            return Double.NaN;
        }
        int n = used.stream().mapToInt(g -> g.length).sum();
        double[] pooled = used.stream().flatMapToDouble(Arrays::stream).toArray();
        double[] sorted = pooled.clone();
        Arrays.sort(sorted);
        double ties = 0;
        for (int i = 0; i < n;) {
            int j = i;
            while (j < n && sorted[j] == sorted[i]) {
                j++;
            }
            double t = j - i;
            ties += t * t * t - t;
            i = j;
        }
        double h = 0;
        for (double[] g : used) {
            double rankSum = 0;
            for (double v : g) {
                rankSum += midrank(sorted, v);
            }
            h += rankSum * rankSum / g.length;
        }
        h = 12.0 / ((double) n * (n + 1)) * h - 3.0 * (n + 1);
        double correction = 1 - ties / ((double) n * n * n - n);
        if (!(correction > 0)) {
            return Double.NaN; // every value equal
        }
        return upperTail(h / correction, used.size() - 1);
    }

    private static double midrank(double[] sorted, double v) {
        int lo = lowerBound(sorted, v);
        int hi = lowerBound(sorted, Math.nextUp(v));
        return (lo + 1 + hi) / 2.0;
    }

    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double upperTail(double stat, int df) {
        return Math.max(0, 1 - new ChiSquaredDistribution(null, df).cumulativeProbability(stat));
    }

    /** The markdown table (p formatted as the report's other p values). */
    public String markdown() {
        StringBuilder md = new StringBuilder("|");
        for (int k = 0; k < cohorts.size(); k++) {
            md.append(" | ").append(cohorts.get(k)).append(" (n = ").append(n.get(k)).append(')');
        }
        md.append(" | p |\n|---|");
        cohorts.forEach(c -> md.append("---|"));
        md.append("---|\n");
        for (Row r : rows) {
            md.append("| ").append(r.variable()).append(r.missing() > 0 ? " (" + r.missing() + " missing)" : "")
                    .append(" | ").append(String.join(" | ", r.cells())).append(" | ")
                    .append(Double.isNaN(r.p()) ? "" : TrainingReport.pv(r.p())).append(" |\n");
        }
        return md.toString();
    }
}
