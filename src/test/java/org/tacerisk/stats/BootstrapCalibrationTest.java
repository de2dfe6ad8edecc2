package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tacerisk.testsupport.Tolerance;

/**
 * {@link BootstrapCalibration} against {@code validate/{hcc,birthwt}_calibrate_B200*.csv}
 * ({@code rms::calibrate(fit, B = 200)}, rms 6.5-0, lowess).
 *
 * <p>Deterministic parts are checked twice. Fed R's own apparent predictions, the predy grid is R's to the bit and
 * the apparent curve (lowess + approx ties = first) and print.calibrate's summary of R's corrected curve agree to
 * 1e-12. From our own fit, the predictions differ from lrm's by about 1e-8 relative (lrm stops at its tolerance,
 * README §5), so predictions, predy and calibrated_orig are compared to 1e-7 relative.
 *
 * <p>The corrected curve is Monte-Carlo: at each grid point it must lie within the seed-spread mean ± 4 SD of
 * {@code *_calibrate_B200_seed_spread.csv} (README §7). The summary of our curve may then differ from R's saved
 * summary by at most δ = max |our corrected − R's corrected| (MAE and the 0.9 quantile of |err| are 1-Lipschitz in
 * the curve; for the MSE the bound is δ(2 max|err| + δ) with R's largest |err|), and n_err_na is deterministic.
 */
class BootstrapCalibrationTest {

    @Test
    void gridApparentCurveAndSummaryFromRsPredictionsMatchExactly() {
        for (String dataset : ValidateReference.DATASETS) {
            DataTable ref = ValidateReference.file(dataset, "calibrate_B200");
            double[] predicted = ValidateReference.file(dataset, "calibrate_predicted").numeric("predicted_apparent");
            double[] y = ValidateReference.frame(dataset).y();
            double[] predy = BootstrapCalibration.predyGrid(predicted);
            assertArrayEquals(ref.numeric("predy"), predy, 0, dataset + " predy");
            double[] cal = BootstrapCalibration.calibrated(predicted, y, predy);
            Tolerance tol = new Tolerance();
            for (int k = 0; k < predy.length; k++) {
                tol.assertClose(ref.numeric("calibrated_orig")[k], cal[k], 1e-12, dataset + " calibrated_orig " + k);
            }
            BootstrapCalibration.Summary s = BootstrapCalibration.summary(predy, ref.numeric("calibrated_corrected"),
                    predicted);
            ReferenceSummary rs = new ReferenceSummary(ValidateReference.file(dataset, "calibrate_B200_summary"));
            tol.assertClose(rs.get("mean_absolute_error"), s.meanAbsoluteError(), 1e-12, dataset + " MAE");
            tol.assertClose(rs.get("mean_squared_error"), s.meanSquaredError(), 1e-12, dataset + " MSE");
            tol.assertClose(rs.get("quantile90_absolute_error"), s.quantile90AbsoluteError(), 1e-12, dataset + " Q90");
            assertEquals((int) rs.get("n_err_na"), s.nErrNa(), dataset);
            System.out.println(tol.report(dataset + "_calibrate_B200.csv from R's predictions"));
        }
    }

    @Test
    void ownFitMatchesTheApparentColumnsAndTheCorrectedCurveLiesInTheSeedSpread() {
        for (String dataset : ValidateReference.DATASETS) {
            DataTable ref = ValidateReference.file(dataset, "calibrate_B200");
            DataTable spread = ValidateReference.file(dataset, "calibrate_B200_seed_spread");
            double[] rPredicted = ValidateReference.file(dataset, "calibrate_predicted").numeric("predicted_apparent");
            BootstrapCalibration c = BootstrapCalibration.of(ValidateReference.frame(dataset), ValidateReference.B,
                    ValidateReference.SEED);
            Tolerance tol = new Tolerance();
            for (int i = 0; i < rPredicted.length; i++) {
                tol.assertClose(rPredicted[i], c.predicted()[i], 1e-7, dataset + " predicted " + (i + 1));
            }
            double worstZ = 0;
            double delta = 0;
            for (int k = 0; k < BootstrapCalibration.GRID; k++) {
                tol.assertClose(ref.numeric("predy")[k], c.predy()[k], 1e-7, dataset + " predy " + k);
                tol.assertClose(ref.numeric("calibrated_orig")[k], c.calibratedOrig()[k], 1e-7,
                        dataset + " calibrated_orig " + k);
                double z = (c.calibratedCorrected()[k] - spread.numeric("mean")[k]) / spread.numeric("sd")[k];
                worstZ = Math.max(worstZ, Math.abs(z));
                assertTrue(Math.abs(z) <= ValidateReference.SPREAD_SDS, dataset + " calibrated_corrected at predy "
                        + c.predy()[k] + " is " + z + " seed-spread SDs from R's mean");
                assertEquals(c.calibratedOrig()[k] - c.optimism()[k], c.calibratedCorrected()[k], 1e-15);
                delta = Math.max(delta, Math.abs(c.calibratedCorrected()[k] - ref.numeric("calibrated_corrected")[k]));
            }
            ReferenceSummary rs = new ReferenceSummary(ValidateReference.file(dataset, "calibrate_B200_summary"));
            BootstrapCalibration.Summary s = c.summary();
            double slack = delta + 1e-9;
            assertEquals(rs.get("mean_absolute_error"), s.meanAbsoluteError(), slack, dataset + " MAE");
            assertEquals(rs.get("quantile90_absolute_error"), s.quantile90AbsoluteError(), slack, dataset + " Q90");
            double[] rCurve = Approx.tiesMean(ref.numeric("predy"), ref.numeric("calibrated_corrected")).at(rPredicted);
            double maxErr = 0;
            for (int i = 0; i < rPredicted.length; i++) {
                maxErr = Double.isNaN(rCurve[i]) ? maxErr : Math.max(maxErr, Math.abs(rPredicted[i] - rCurve[i]));
            }
            assertEquals(rs.get("mean_squared_error"), s.meanSquaredError(), slack * (2 * maxErr + slack),
                    dataset + " MSE");
            assertEquals((int) rs.get("n_err_na"), s.nErrNa(), dataset + " n_err_na");
            assertTrue(c.n()[0] <= ValidateReference.B - c.failed());
            System.out.printf("%s calibrate B=200: %s; corrected curve largest |z| %.2f, max |diff| to R's run %.4f;"
                    + " MAE %.5f (R %.5f)%n", dataset, tol.report("apparent columns"), worstZ, delta,
                    s.meanAbsoluteError(), rs.get("mean_absolute_error"));
        }
    }

    @Test
    void tiesFirstKeepsTheFirstOfTiedValues() {
        Approx first = Approx.tiesFirst(new double[] {0, 1, 1, 2}, new double[] {0, 5, 7, 2});
        Approx mean = Approx.tiesMean(new double[] {0, 1, 1, 2}, new double[] {0, 5, 7, 2});
        assertEquals(5, first.at(1.0));
        assertEquals(6, mean.at(1.0));
        assertEquals(2.5, first.at(0.5));
        assertTrue(Double.isNaN(first.at(2.5)));
    }

    /** A calibrate summary file ({@code quantity,value}). */
    private record ReferenceSummary(DataTable table) {
        double get(String quantity) {
            for (int r = 0; r < table.rowCount(); r++) {
                if (table.text(r, "quantity").equals(quantity)) {
                    return table.numeric("value")[r];
                }
            }
            throw new AssertionError("no " + quantity);
        }
    }
}
