package org.tacerisk.cohort.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.stats.BootstrapValidation;
import org.tacerisk.stats.DataTable;

class TrainingValidationTest {

    @TempDir
    Path tmp;

    /** Bootstrap validation of the combined model and the ICC filter, in one training run. */
    @Test
    void bootstrapCorrectedIndexesAndIccFilter() throws Exception {
        DataTable t = TrainingFixture.table(400, 11, true);
        // repeat segmentation: original_f01 nearly identical, original_f02 replaced by noise, the rest copied
        Random r = new Random(5);
        StringBuilder csv = new StringBuilder("patient_id,original_f01,original_f02,original_f03\n");
        double[] f1 = t.numeric("original_f01");
        double[] f3 = t.numeric("original_f03");
        for (int i = 0; i < t.rowCount(); i++) {
            csv.append(t.text(i, "patient_id")).append(',').append(f1[i] + 0.01 * r.nextGaussian()).append(',')
                    .append(r.nextGaussian() * 5).append(',').append(f3[i]).append('\n');
        }
        Path repeat = tmp.resolve("repeat.csv");
        Files.writeString(repeat, csv);
        TrainingConfig config = TrainingConfig.parse("validation: {bootstrap: 50, seed: 7}\n"
                + "icc: {features: repeat.csv, threshold: 0.75}\n", tmp.resolve("train.yaml"));
        assertEquals(50, config.bootstrap());
        Path out = tmp.resolve("out");
        TrainingResult res = CohortTrainer.train(t, TrainingFixture.CLINICAL, config, out);

        IccFilter icc = res.iccFilter();
        assertEquals(List.of("original_f02"), icc.dropped());
        assertEquals(3, icc.icc().size());
        assertTrue(!res.radiomics().contains("original_f02") && res.radiomics().contains("original_f01"));

        BootstrapValidation v = res.validation().validation();
        assertEquals(50, v.resamples());
        for (String name : TrainingValidation.REPORTED) {
            assertTrue(Double.isFinite(v.index(name).indexCorrected()), name);
        }
        BootstrapValidation.Index slope = v.index("Slope");
        assertEquals(1.0, slope.indexOrig(), 1e-9);
        assertTrue(slope.indexCorrected() <= slope.indexOrig(), "corrected slope " + slope.indexCorrected());
        assertTrue(v.index("Dxy").indexCorrected() <= v.index("Dxy").indexOrig());
        assertNotNull(res.validation().calibration().calibratedCorrected());

        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("## Bootstrap internal validation"), md);
        assertTrue(md.contains("| index | apparent | optimism | optimism-corrected |"));
        assertTrue(md.contains("## Reproducibility (ICC) filter"));
        String json = Files.readString(out.resolve("evaluation.json"));
        assertTrue(json.contains("\"bootstrap_validation\"") && json.contains("\"calibration_curve\""));
        assertTrue(json.contains("\"icc_filter\""));
    }

    @Test
    void bootstrapOffWithZeroResamples() {
        assertEquals(200, TrainingConfig.defaults().bootstrap());
        assertEquals(null, TrainingValidation.of(null, 0, 1));
    }
}
