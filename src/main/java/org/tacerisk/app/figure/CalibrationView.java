package org.tacerisk.app.figure;

import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.CohortCalibration;
import org.tacerisk.report.figure.BundleFigures;
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
        return BundleFigures.calibration(manifest, cohort);
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
