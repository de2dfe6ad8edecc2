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
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.ModelBundleWriter;
import org.tacerisk.model.TestBundles;

/** The parts of {@link CasePredictor} that need no trained bundle (the pipeline test covers the rest). */
class PredictCaseTest {

    @TempDir
    Path dir;

    @Test
    void maximumDiameterIsTheLongestChordBetweenVoxelCentres() {
        ImageGeometry g = ImageGeometry.axisAligned(10, 10, 10, new double[] {2, 2, 2}, new double[3]);
        byte[] v = new byte[g.voxelCount()];
        for (int k = 1; k <= 5; k++) {
            for (int j = 1; j <= 4; j++) {
                for (int i = 1; i <= 3; i++) {
                    v[g.index(i, j, k)] = 1;
                }
            }
        }
        assertEquals(Math.sqrt(4 * 4 + 6 * 6 + 8 * 8) / 10, TumourSize.maxDiameterCm(Mask.of(g, v)), 1e-12);
        byte[] flat = new byte[g.voxelCount()];
        flat[g.index(1, 1, 1)] = 1;
        flat[g.index(4, 1, 1)] = 1;
        assertEquals(0.6, TumourSize.maxDiameterCm(Mask.of(g, flat)), 1e-12);
        assertTrue(Double.isNaN(TumourSize.maxDiameterCm(Mask.empty(g))));
    }

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
