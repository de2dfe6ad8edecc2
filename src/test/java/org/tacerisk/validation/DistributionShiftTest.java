package org.tacerisk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.model.PredictorSpecification.Source;
import org.tacerisk.model.PredictorSpecification.Transform;
import org.tacerisk.model.PredictorSpecification.Type;

/** A predictor's standardised mean difference against the training mean and SD the bundle records, by hand. */
class DistributionShiftTest {

    private static PredictorSpecification afp(Double trainingMean, Double trainingSd) {
        return new PredictorSpecification("afp_ng_ml", "AFP", "ng/mL", Type.CONTINUOUS, Transform.LOG10, 0.1, 1e7,
                1.0, 1e5, Source.ENTERED, "AFP", null, null, trainingMean, trainingSd);
    }

    @Test
    void smdOnTheModelsScaleWithThePooledSd() {
        // log10 of 10, 100, 1000 = 1, 2, 3: mean 2, SD 1; training mean 1, SD 0.5 → (2 − 1) / √((1 + 0.25) / 2)
        DistributionShift.PredictorShift s = DistributionShift.predictors(List.of(afp(1.0, 0.5)),
                Map.of("afp_ng_ml", new double[] {10, 100, 1000})).get(0);
        assertEquals(1 / Math.sqrt(0.625), s.smd(), 1e-12);
        assertEquals(0, s.belowTraining() + s.aboveTraining(), "10 to 1000 lie inside the training range [1, 1e5]");
    }

    @Test
    void noSmdWhereTheBundleRecordsNoTrainingMean() {
        assertNull(DistributionShift.predictors(List.of(afp(null, null)),
                Map.of("afp_ng_ml", new double[] {10, 100, 1000})).get(0).smd());
    }
}
