package org.tacerisk.radiomics.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The 1D Laws kernels of IBSI-2 (L3, E3, S3, L5, E5, S5, W5, R5), each normalised to unit L2 norm as the manual
 * lists them (e.g. L5 = (1, 4, 6, 4, 1)/√70), and the parsing of kernel names such as {@code E5L5S5}: the first
 * kernel acts along x (i), the second along y (j), the third along z (k).
 */
final class LawsKernels {

    private static final Map<String, double[]> RAW = Map.of(
            "L3", new double[] {1, 2, 1},
            "E3", new double[] {-1, 0, 1},
            "S3", new double[] {-1, 2, -1},
            "L5", new double[] {1, 4, 6, 4, 1},
            "E5", new double[] {-1, -2, 0, 2, 1},
            "S5", new double[] {-1, 0, 2, 0, -1},
            "W5", new double[] {-1, 2, 0, -2, 1},
            "R5", new double[] {1, -4, 6, -4, 1});

    private LawsKernels() {
    }

    /** The unit-norm kernel {@code name} (case-insensitive), or null when there is no such kernel. */
    static double[] kernel(String name) {
        double[] raw = RAW.get(name.toUpperCase(Locale.ROOT));
        if (raw == null) {
            return null;
        }
        double norm = 0;
        for (double v : raw) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        double[] h = new double[raw.length];
        for (int m = 0; m < raw.length; m++) {
            h[m] = raw[m] / norm;
        }
        return h;
    }

    /** Splits {@code E5L5S5} into {@code [E5, L5, S5]}; null when the name is not a sequence of known kernels. */
    static List<String> split(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        if (upper.isEmpty() || upper.length() % 2 != 0) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (int p = 0; p < upper.length(); p += 2) {
            String part = upper.substring(p, p + 2);
            if (!RAW.containsKey(part)) {
                return null;
            }
            parts.add(part);
        }
        return parts;
    }

    /** The kernel names, for messages. */
    static List<String> names() {
        return RAW.keySet().stream().sorted().toList();
    }
}
