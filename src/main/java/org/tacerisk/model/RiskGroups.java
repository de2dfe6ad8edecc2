package org.tacerisk.model;

import static org.tacerisk.model.ManifestChecks.invalid;

import java.util.List;

/**
 * Risk groups on the predicted probability: {@code labels.size() == cutoffs.size() + 1}; a probability below
 * {@code cutoffs[0]} is {@code labels[0]}, one at or above {@code cutoffs[i]} (and below the next) is
 * {@code labels[i + 1]}.
 *
 * @param cutoffs strictly increasing probabilities in (0, 1)
 * @param labels  e.g. "low risk", "high risk"
 */
public record RiskGroups(List<Double> cutoffs, List<String> labels) {

    public RiskGroups {
        cutoffs = ManifestChecks.list("riskGroups.cutoffs", cutoffs);
        labels = ManifestChecks.nonEmpty("riskGroups.labels", labels);
        if (labels.size() != cutoffs.size() + 1) {
            throw invalid("riskGroups.labels", "must have one label more than there are cut-offs (" + cutoffs.size()
                    + " cut-offs, " + labels.size() + " labels)");
        }
        for (int i = 0; i < cutoffs.size(); i++) {
            double c = cutoffs.get(i);
            if (!(c > 0 && c < 1)) {
                throw invalid("riskGroups.cutoffs[" + i + "]", "must be a probability strictly between 0 and 1");
            }
            if (i > 0 && !(c > cutoffs.get(i - 1))) {
                throw invalid("riskGroups.cutoffs[" + i + "]", "must be above the cut-off before it");
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            ManifestChecks.text("riskGroups.labels[" + i + "]", labels.get(i));
        }
    }

    /** The label of the group {@code probability} falls in. */
    public String groupOf(double probability) {
        return labels.get(indexOf(probability));
    }

    /** The index (into {@link #labels}) of the group {@code probability} falls in. */
    public int indexOf(double probability) {
        int g = 0;
        while (g < cutoffs.size() && probability >= cutoffs.get(g)) {
            g++;
        }
        return g;
    }

    /** The cut-off group {@code index} starts at (its probabilities are ≥ it), or null for the lowest group. */
    public Double lowerCutoff(int index) {
        return index == 0 ? null : cutoffs.get(index - 1);
    }

    /** The cut-off group {@code index} ends below (its probabilities are &lt; it), or null for the highest group. */
    public Double upperCutoff(int index) {
        return index == cutoffs.size() ? null : cutoffs.get(index);
    }
}
