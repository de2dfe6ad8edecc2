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

    /**
     * Issue 14: a bundle measuring the tumour size from the ROI takes an entered clinical size instead (the
     * radiologist's measurement when the outline misses part of the tumour), says so in a note, and still compares
     * the two; without it the ROI's diameter is used. A model score stays refused.
     */
    @Test
    void anEnteredClinicalSizeReplacesTheMeasuredOne() throws Exception {
        Path bundle = dir.resolve("measured-size");
        new ModelBundleWriter(TestBundles.measuredSizeAndCategorical()).write(bundle);
        try (ModelBundle b = ModelBundle.load(bundle)) {
            DemoPhantom.Phantom p = DemoPhantom.small(1);
            CasePrediction measured = CasePredictor.predict(b, p.ct(), p.tumour(), Map.of("nodules", 2.0,
                    "child_pugh", 1.0));
            double roi = measured.measuredSizeCm();
            assertEquals(roi, measured.inputs().get("tumor_size_cm"), 0);
            double clinical = roi + 3.5;
            CasePrediction entered = CasePredictor.predict(b, p.ct(), p.tumour(), Map.of("nodules", 2.0,
                    "child_pugh", 1.0, "tumor_size_cm", clinical));
            assertEquals(clinical, entered.inputs().get("tumor_size_cm"), 0);
            // by hand: the size coefficient 0.12 times the 3.5 cm difference on the log-odds
            assertEquals(0.12 * 3.5, entered.prediction().linearPredictor() - measured.prediction().linearPredictor(),
                    1e-12);
            assertTrue(entered.notes().stream().anyMatch(n -> n.contains("used instead of the mask's maximum 3D"
                    + " diameter")), entered.notes()::toString);
            assertTrue(entered.warnings().stream().anyMatch(w -> w.code().equals("SIZE_DISAGREES")),
                    "3.5 cm apart: the disagreement is still a warning");
        }
    }
}
