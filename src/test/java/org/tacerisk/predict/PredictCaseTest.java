package org.tacerisk.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;
import org.tacerisk.image.DemoPhantom;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.ModelBundleWriter;
import org.tacerisk.model.TestBundles;

/** The parts of {@link CasePredictor} that need no trained bundle (the pipeline test covers the rest). */
class PredictCaseTest {

    @TempDir
    Path dir;

    @Test
    void missingEnteredValuesAreListedWithUnitAndHelp() throws Exception {
        Path bundle = dir.resolve("b");
        new ModelBundleWriter(TestBundles.manifest()).write(bundle);
        DemoPhantom.Phantom p = DemoPhantom.small(1);
        try (ModelBundle b = ModelBundle.load(bundle)) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> CasePredictor.predict(b, p.ct(), p.tumour(), Map.of("nodules", 2.0)));
            assertTrue(e.getMessage().contains("afp = AFP in ng/mL"), e::getMessage);
            assertTrue(e.getMessage().contains("Serum alpha-fetoprotein"), e::getMessage);
            BadInputException score = assertThrows(BadInputException.class, () -> CasePredictor.predict(b, p.ct(),
                    p.tumour(), Map.of("nodules", 2.0, "afp", 10.0, "dlr_score", 1.0)));
            assertTrue(score.getMessage().contains("computed from the image"), score::getMessage);
            BadInputException noSettings = assertThrows(BadInputException.class, () -> CasePredictor.predict(b,
                    p.ct(), p.tumour(), Map.of("nodules", 2.0, "afp", 10.0)));
            assertTrue(noSettings.getMessage().contains("no radiomics settings"), noSettings::getMessage);
        }
    }

    /** Issue 11 E: a combined-model effect against its declared direction is noted with every prediction. */
    @Test
    void aContradictedDirectionIsNotedForEveryPatient() throws Exception {
        Path bundle = dir.resolve("direction");
        new ModelBundleWriter(TestBundles.contradictedMarker(true)).write(bundle);
        try (ModelBundle b = ModelBundle.load(bundle)) {
            for (int seed : new int[] {1, 2}) {
                DemoPhantom.Phantom p = DemoPhantom.small(seed);
                CasePrediction r = CasePredictor.predict(b, p.ct(), p.tumour(), Map.of("tumor_size_cm", 3.0 + seed,
                        "marker", 0.5 * seed));
                assertEquals(b.manifest().directionNotes("combined").get(0), r.notes().get(0));
                assertTrue(r.notes().get(0).startsWith("Marker (marker) is expected to increase the risk, but in"
                        + " the combined model its coefficient is -0.800"), r.notes()::toString);
            }
        }
    }
}
