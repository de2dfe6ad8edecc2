package org.tacerisk.radiomics.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Agreement of our values with PyRadiomics', column by column: the relative difference of every feature both have
 * (|a − b| / max(|a|, |b|); 0 when both are 0, NaN equal to NaN), the worst feature of each image type and feature
 * class, and the columns only one side has.
 */
public record PyRadiomicsComparison(Map<String, Double> relativeDifference, Map<String, Worst> worst,
        List<String> onlyOurs, List<String> onlyTheirs) {

    /** The worst feature of one image type and class ("wavelet-LLH glcm"). */
    public record Worst(String feature, double relativeDifference, int count) {
    }

    public static PyRadiomicsComparison of(Map<String, Double> ours, Map<String, Double> theirs) {
        Map<String, Double> diff = new TreeMap<>();
        Map<String, Worst> worst = new TreeMap<>();
        List<String> onlyTheirs = new ArrayList<>();
        for (Map.Entry<String, Double> e : theirs.entrySet()) {
            Double a = ours.get(e.getKey());
            if (a == null) {
                onlyTheirs.add(e.getKey());
                continue;
            }
            double d = relative(a, e.getValue());
            diff.put(e.getKey(), d);
            String group = group(e.getKey());
            Worst w = worst.get(group);
            int count = w == null ? 1 : w.count() + 1;
            worst.put(group, w == null || !(d <= w.relativeDifference()) ? new Worst(e.getKey(), d, count)
                    : new Worst(w.feature(), w.relativeDifference(), count));
        }
        List<String> onlyOurs = ours.keySet().stream().filter(k -> !theirs.containsKey(k)).sorted().toList();
        return new PyRadiomicsComparison(diff, worst, onlyOurs, onlyTheirs);
    }

    static double relative(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b) ? 0 : Double.NaN;
        }
        double scale = Math.max(Math.abs(a), Math.abs(b));
        return scale == 0 ? 0 : Math.abs(a - b) / scale;
    }

    /** "wavelet-LLH glcm" for "wavelet-LLH_glcm_Contrast". */
    public static String group(String column) {
        String[] parts = column.split("_", 3);
        return parts.length == 3 ? parts[0] + " " + parts[1] : column;
    }

    /** Features whose difference exceeds {@code tolerance} (or is NaN), worst first. */
    public Map<String, Double> above(double tolerance) {
        Map<String, Double> out = new LinkedHashMap<>();
        relativeDifference.entrySet().stream().filter(e -> !(e.getValue() <= tolerance))
                .sorted((x, y) -> Double.compare(y.getValue().isNaN() ? 2 : y.getValue(),
                        x.getValue().isNaN() ? 2 : x.getValue()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** A report: counts, worst per image type and class, columns missing on either side. */
    public String describe(double tolerance) {
        StringBuilder sb = new StringBuilder();
        int within = relativeDifference.size() - above(tolerance).size();
        sb.append(String.format(Locale.ROOT, "%d features compared, %d within %.1e relative%n",
                relativeDifference.size(), within, tolerance));
        sb.append("worst per image type and class:\n");
        worst.forEach((group, w) -> sb.append(String.format(Locale.ROOT, "  %-32s %3d features, worst %s %.3e%n",
                group, w.count(), w.feature(), w.relativeDifference())));
        if (!onlyTheirs.isEmpty()) {
            sb.append("missing from ours (").append(onlyTheirs.size()).append("): ").append(onlyTheirs).append('\n');
        }
        if (!onlyOurs.isEmpty()) {
            sb.append("only in ours (").append(onlyOurs.size()).append("): ").append(onlyOurs).append('\n');
        }
        return sb.toString();
    }
}
