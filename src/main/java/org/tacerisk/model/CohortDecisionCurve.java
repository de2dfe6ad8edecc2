package org.tacerisk.model;

import static org.tacerisk.model.ManifestChecks.finite;
import static org.tacerisk.model.ManifestChecks.invalid;

import java.util.List;

/**
 * Decision-curve analysis of the combined model in one cohort ({@code stats evaluate}'s {@code dca}:
 * {@code threshold}, {@code net_benefit_model}, {@code net_benefit_all}).
 *
 * @param cohort a cohort name from {@code cohorts}
 * @param points net benefit of the model and of treating all, per threshold probability (increasing)
 */
public record CohortDecisionCurve(String cohort, List<Point> points) {

    /** Net benefits at one threshold probability. */
    public record Point(Double threshold, Double netBenefitModel, Double netBenefitAll) {
        public Point {
            double t = finite("dca[].points[].threshold", threshold);
            if (!(t >= 0 && t < 1)) {
                throw invalid("dca[].points[].threshold", "must lie in [0, 1), not " + t);
            }
            finite("dca[].points[].netBenefitModel", netBenefitModel);
            finite("dca[].points[].netBenefitAll", netBenefitAll);
        }
    }

    public CohortDecisionCurve {
        ManifestChecks.id("dca[].cohort", cohort);
        points = ManifestChecks.nonEmpty("dca[" + cohort + "].points", points);
        for (int i = 1; i < points.size(); i++) {
            if (!(points.get(i).threshold() > points.get(i - 1).threshold())) {
                throw invalid("dca[" + cohort + "].points[" + i + "].threshold", "must increase");
            }
        }
    }
}
