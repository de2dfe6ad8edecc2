package org.tacerisk.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.testsupport.SyntheticCrops;

class DeepTrainerTest {

    static final InputSpec SPEC = InputSpec.defaults();

    @Test
    void learnsSyntheticBlobsToHighValidationAuc(@TempDir Path dir) throws Exception {
        List<TrainingCase> cases = SyntheticCrops.cases(SPEC, 240, 7);
        TrainingOptions options = TrainingOptions.defaults(SPEC).withEpochs(8).withPatience(4);
        long start = System.nanoTime();
        TrainingSummary s = DeepTrainer.train(cases, options, dir.resolve("model"),
                (e, loss, auc) -> System.out.printf("epoch %d loss %.4f val AUC %.3f (%d ms)%n", e, loss, auc,
                        (System.nanoTime() - start) / 1_000_000), () -> false);
        System.out.println(s);
        assertTrue(s.bestValAuc() > 0.9, "validation AUC " + s.bestValAuc());
        assertTrue(Files.isRegularFile(dir.resolve("model/model.json")));
    }
}
