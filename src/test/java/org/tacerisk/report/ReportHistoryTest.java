package org.tacerisk.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.Progress;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.update.BundleUpdate;
import org.tacerisk.model.update.SimulatedSite;
import org.tacerisk.predict.CaseMeasurement;
import org.tacerisk.predict.CasePrediction;
import org.tacerisk.predict.CasePredictor;
import org.tacerisk.predict.DemoCase;

/**
 * The report's model summary lists the validations and updates of an updated bundle (docs/model-updating.md), and
 * nothing of the kind for a bundle as developed.
 */
class ReportHistoryTest {

    @TempDir
    Path temp;

    @Test
    void theModelSummaryListsTheBundlesHistory() throws Exception {
        try (ModelBundle demo = ModelBundle.load(Path.of("models", "hcc-tace-demo"))) {
            Path predictions = SimulatedSite.writePredictions(temp.resolve("p.csv"),
                    SimulatedSite.cases(demo.manifest(), 1000, 51, (x, lp) -> lp + 0.9));
            BundleUpdate.run(demo, predictions, temp.resolve("u"), new BundleUpdate.Options(null, "Site D", 0.3, null,
                    3, "2026-12-07T01:00:00Z", "test"), Progress.NONE);
            assertFalse(text(demo).contains("Validations and updates"));
        }
        try (ModelBundle updated = ModelBundle.load(temp.resolve("u"))) {
            String pdf = text(updated).replaceAll("\\s+", " ");
            assertTrue(pdf.contains("Validations and updates"), pdf);
            assertTrue(pdf.contains("2026-12-07 update at Site D: recalibration in the large of version 0.4.0"),
                    pdf);
            assertTrue(pdf.contains("2026-12-07 validation at Site D of version 0.4.0: AUC"), pdf);
        }
    }

    private String text(ModelBundle bundle) throws Exception {
        try (CasePredictor predictor = CasePredictor.open(bundle)) {
            DemoCase.Opened demo = DemoCase.open(temp.resolve("case-" + bundle.manifest().version()), null,
                    Progress.NONE);
            CaseMeasurement m = predictor.measure(demo.conversion().loaded().volume(), demo.conversion().mask(),
                    Progress.NONE);
            CasePrediction p = predictor.predict(m, Map.of("tumor_size_cm", 3.5, "nodules", 5.0, "afp_ng_ml", 33.1));
            byte[] pdf = CaseReport.builder(bundle, m, p, demo.conversion().loaded().volume(),
                    demo.conversion().mask()).locale(Locale.ENGLISH).build().pdf();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                return new PDFTextStripper().getText(doc);
            }
        }
    }
}
