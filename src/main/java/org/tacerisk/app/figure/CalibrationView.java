package org.tacerisk.app.figure;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.CohortCalibration;
import org.tacerisk.report.figure.CalibrationFigure;
import org.tacerisk.report.figure.Palette;
import org.tacerisk.report.figure.Plot;

/**
 * The combined model's calibration in one cohort: the bundle's grouped observed-against-predicted points joined by a
 * line, the ideal line, intercept / slope / Brier above, and the patient's predicted risk as a vertical line.
 */
final class CalibrationView extends CohortFigure {

    private final Line patientLine = markLine("calibrationPatientLine", PATIENT);
    private final Label patientLabel = markLabel("calibrationPatientLabel");
    private double patient = Double.NaN;

    CalibrationView(BundleManifest manifest, FigureWords words) {
        super("calibration", manifest, manifest.calibration().stream().map(CohortCalibration::cohort).toList(),
                words);
        plot.marks().getChildren().addAll(patientLine, patientLabel);
        showFirst();
    }

    void showPatient(double probability) {
        patient = probability;
        patientLabel.setText(words.get("modelFigures.thisPatient", FigureFormat.percent(probability)));
        placeMarks();
    }

    void clearPatient() {
        patient = Double.NaN;
        placeMarks();
    }

    private CohortCalibration calibration(String cohort) {
        return manifest.calibration().stream().filter(c -> c.cohort().equals(cohort)).findFirst().orElseThrow();
    }

    @Override
    Plot plot(String cohort) {
        List<CohortCalibration.Point> curve = calibration(cohort).curve();
        double[] x = curve.stream().mapToDouble(CohortCalibration.Point::predicted).toArray();
        double[] y = curve.stream().mapToDouble(CohortCalibration.Point::observed).toArray();
        double[] noInterval = new double[x.length];
        java.util.Arrays.fill(noInterval, Double.NaN);
        CalibrationFigure figure = new CalibrationFigure().title("").groups(x, y, noInterval, noInterval);
        double[][] corrected = biasCorrected(calibration(cohort));
        if (corrected != null) {
            figure.biasCorrected(corrected[0], corrected[1]);
        }
        Plot p = figure.plot();
        // the groups joined, as the bundle holds no smooth curve; no legend line of its own
        p.add(new Plot.Series(null, Plot.Kind.LINE, x, y, Palette.series(0), 2.2, null));
        return p;
    }

    /**
     * The bootstrap bias-corrected curve {predicted, corrected} of a cohort (rms::calibrate's predy and
     * calibrated.corrected, schema 1.4: the training cohort only), or null when the bundle holds none.
     */
    static double[][] biasCorrected(CohortCalibration c) {
        org.tacerisk.model.BiasCorrectedCurve curve = c.biasCorrected();
        if (curve == null || curve.points().isEmpty()) {
            return null;
        }
        return new double[][] {
            curve.points().stream().mapToDouble(org.tacerisk.model.BiasCorrectedCurve.Point::predicted).toArray(),
            curve.points().stream().mapToDouble(org.tacerisk.model.BiasCorrectedCurve.Point::corrected).toArray()};
    }

    @Override
    String stats(String cohort) {
        CohortCalibration c = calibration(cohort);
        return words.get("modelFigures.calibration.stats", FigureFormat.fixed(c.intercept(), 2),
                FigureFormat.fixed(c.slope(), 2), FigureFormat.fixed(c.brier(), 3), cohortSize(cohort));
    }

    @Override
    void placeMarks() {
        Plot.Area a = plot.area();
        boolean show = a != null && Double.isFinite(patient);
        vertical(patientLine, a, show ? patient : Double.NaN);
        patientLabel.setVisible(show && patientLine.isVisible());
        if (patientLabel.isVisible()) {
            placeLabel(patientLabel, a, a.px(patient), a.top() + 4);
        }
    }
}
