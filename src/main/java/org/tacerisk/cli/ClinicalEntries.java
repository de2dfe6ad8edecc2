package org.tacerisk.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.NumberText;

/**
 * The {@code --clinical ID=VALUE,...} entries of {@code predict}, read strictly: a predictor given twice, a value that
 * is not a plain decimal ("2f", "5,2", "high") or an entry without "=" is refused naming it, because any other
 * reading would silently predict from a value the user did not mean.
 */
final class ClinicalEntries {

    private ClinicalEntries() {
    }

    /** The entered values by predictor id, in the order given. */
    static Map<String, Double> parse(List<String> entries) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw new BadInputException(null, "--clinical: \"" + entry + "\" is not ID=VALUE; entries are"
                        + " separated by commas, so write decimals with a point (afp_ng_ml=5.2, not 5,2)");
            }
            String id = entry.substring(0, eq).trim();
            String text = entry.substring(eq + 1).trim();
            if (id.isEmpty()) {
                throw new BadInputException(null, "--clinical: \"" + entry + "\" has no predictor id before \"=\"");
            }
            double value = NumberText.parse(text).orElseThrow(() -> new BadInputException(null, "--clinical "
                    + id + "=" + text + ": the value must be a plain number such as 2, 5.2 or 1e3 (categorical"
                    + " predictors take their level code)"));
            Double before = values.put(id, value);
            if (before != null) {
                throw new BadInputException(null, "--clinical: " + id + " is given twice (" + Numbers.plain(before)
                        + " and " + Numbers.plain(value) + "); give each predictor once");
            }
        }
        return values;
    }
}
