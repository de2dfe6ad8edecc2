package org.tacerisk.model;

import static org.tacerisk.model.ManifestChecks.invalid;
import static org.tacerisk.model.ManifestChecks.proportion;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ROC curves of one cohort (schema 1.3): the data of the training report's ROC figure, so a screen can draw and
 * compare them. Each curve is pROC's empirical curve ({@code org.tacerisk.stats.RocCurve}) with its AUC and DeLong
 * 95 % interval.
 *
 * @param cohort a cohort name from {@code cohorts}
 * @param curves one per model, the combined model first where it is evaluable; model names unique
 */
public record CohortRoc(String cohort, List<Curve> curves) {

    /**
     * One model's curve.
     *
     * @param model     "combined" or a signature / model name, as in {@code performance[].model}
     * @param cases     patients with the outcome on the curve's rows
     * @param controls  patients without it
     * @param auc       area under the full curve (not under the stored points, which may be thinned)
     * @param aucCiLow  lower DeLong 95 % limit, or null
     * @param aucCiHigh upper limit, or null
     * @param points    thresholds increasing: from (sensitivity 1, specificity 0) to (0, 1)
     */
    public record Curve(String model, Integer cases, Integer controls, Double auc, Double aucCiLow, Double aucCiHigh,
            List<Point> points) {

        public Curve {
            ManifestChecks.id("roc[].curves[].model", model);
            String f = "roc[].curves[" + model + "].";
            if (ManifestChecks.count(f + "cases", cases) == 0) {
                throw invalid(f + "cases", "must be at least 1");
            }
            if (ManifestChecks.count(f + "controls", controls) == 0) {
                throw invalid(f + "controls", "must be at least 1");
            }
            ManifestChecks.aucWithInterval(f, auc, aucCiLow, aucCiHigh);
            points = checkedPoints(f + "points", ManifestChecks.list(f + "points", points));
        }
    }

    /**
     * One point: a patient is called positive when the model's prediction ≥ {@code threshold}. The first point's
     * threshold is −∞ and the last's +∞, which JSON cannot write: both are left out (null), every other point has
     * one.
     */
    public record Point(Double threshold, Double sensitivity, Double specificity) {
        public Point {
            if (threshold != null) {
                ManifestChecks.finite("roc[].curves[].points[].threshold", threshold);
            }
            proportion("roc[].curves[].points[].sensitivity", sensitivity);
            proportion("roc[].curves[].points[].specificity", specificity);
        }
    }

    public CohortRoc {
        ManifestChecks.id("roc[].cohort", cohort);
        curves = ManifestChecks.nonEmpty("roc[" + cohort + "].curves", curves);
        Set<String> models = new HashSet<>();
        for (Curve c : curves) {
            if (!models.add(c.model())) {
                throw invalid("roc[" + cohort + "].curves", "lists the model \"" + c.model() + "\" twice");
            }
        }
    }

    /** The curve of {@code model}, or null. */
    public Curve curve(String model) {
        return curves.stream().filter(c -> c.model().equals(model)).findFirst().orElse(null);
    }

    /**
     * From (1, 0) without threshold to (0, 1) without threshold; thresholds in between increasing, sensitivity
     * never rising and specificity never falling (a redrawn curve must be a ROC curve).
     */
    private static List<Point> checkedPoints(String field, List<Point> points) {
        if (points.size() < 2) {
            throw invalid(field, "needs at least the two end points (sensitivity 1, specificity 0) and (0, 1)");
        }
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        if (first.threshold() != null || first.sensitivity() != 1 || first.specificity() != 0) {
            throw invalid(field + "[0]", "must be the end point without threshold, sensitivity 1, specificity 0");
        }
        if (last.threshold() != null || last.sensitivity() != 0 || last.specificity() != 1) {
            throw invalid(field + "[" + (points.size() - 1) + "]", "must be the end point without threshold,"
                    + " sensitivity 0, specificity 1");
        }
        for (int i = 1; i < points.size(); i++) {
            Point p = points.get(i);
            Point before = points.get(i - 1);
            String at = field + "[" + i + "]";
            if (i < points.size() - 1 && p.threshold() == null) {
                throw invalid(at + ".threshold", "is required between the end points");
            }
            if (i > 1 && i < points.size() - 1 && !(p.threshold() > before.threshold())) {
                throw invalid(at + ".threshold", "must increase");
            }
            if (p.sensitivity() > before.sensitivity() || p.specificity() < before.specificity()) {
                throw invalid(at, "must not raise the sensitivity or lower the specificity of the point before it");
            }
        }
        return points;
    }
}
