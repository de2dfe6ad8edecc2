package org.tacerisk.report.figure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.tacerisk.nomogram.NomogramPredictor;
import org.tacerisk.nomogram.NomogramScale;
import org.tacerisk.testsupport.ReferenceCsv;
import org.w3c.dom.Document;

/**
 * The nomogram figure of the R reference model ({@code reference/stats/nomogram}, rms 6.5-0): lrm coefficients, the
 * full datadist ranges (Low/High) as rms uses them, nodules at its distinct values 1..6.
 */
class FigureNomogramReferenceTest {

    private static final String[] PREDICTORS = {"dlr_score", "tumor_size_cm", "nodules", "log10_afp"};
    private static final List<String> LABELS = List.of("DLR score", "Tumour size (cm)", "Nodules",
            "log10 AFP (ng/mL)");

    static NomogramScale referenceScale() {
        ReferenceCsv coef = ReferenceCsv.require("reference/stats/nomogram/lrm_coef.csv");
        ReferenceCsv dd = ReferenceCsv.require("reference/stats/nomogram/datadist_limits.csv");
        ReferenceCsv lp = ReferenceCsv.require("reference/stats/nomogram/lp_axis.csv");
        List<NomogramPredictor> predictors = new ArrayList<>();
        for (String v : PREDICTORS) {
            double[] values = v.equals("nodules") ? new double[] {1, 2, 3, 4, 5, 6}
                    : NomogramPredictor.axisValues(dd.value("limit", "Low", v), dd.value("limit", "High", v), List.of());
            predictors.add(NomogramPredictor.numeric(v, coef.value("term", v, "estimate"), values));
        }
        // lp.at = pretty(range(lp)); R's lp axis runs over the same pretty values, so its ends give the same lp.at
        double[] lpAt = lp.column("lp");
        return NomogramScale.of(coef.value("term", "Intercept", "estimate"), predictors, lpAt[0],
                lpAt[lpAt.length - 1]);
    }

    @Test
    void oneAxisPerPredictorWithTheReferenceTicks() throws Exception {
        NomogramFigure fig = NomogramFigure.of(referenceScale(), LABELS, "Risk of distant metastasis")
                .title("Nomogram \u2014 distant metastasis after TACE").watermark(FigureSamples.WATERMARK);
        assertEquals(PREDICTORS.length, fig.predictors().size());
        ReferenceCsv axis = ReferenceCsv.require("reference/stats/nomogram/axis_points.csv");
        double[] refValues = axis.column("tick_value");
        double[] refPoints = axis.column("points");
        int r = 0;
        for (int k = 0; k < PREDICTORS.length; k++) {
            NomogramFigure.PredictorAxis a = fig.predictors().get(k);
            assertEquals(LABELS.get(k), a.label());
            for (int i = 0; i < a.tickLabels().length; i++, r++) {
                assertEquals(axis.text(r, "predictor"), PREDICTORS[k]);
                assertEquals(refValues[r], Double.parseDouble(a.tickLabels()[i]), 0.0, PREDICTORS[k] + " tick " + i);
                assertEquals(refPoints[r], a.points()[i], 1e-9, PREDICTORS[k] + " points " + i);
            }
        }
        assertEquals(axis.rows(), r);
        // the README's axes for tumour size (0..20 by 2), nodules (1..6) and log10 AFP (0..5 by 0.5)
        assertArrayEquals(new String[] {"0", "2", "4", "6", "8", "10", "12", "14", "16", "18", "20"},
                fig.predictors().get(1).tickLabels());
        assertArrayEquals(new String[] {"1", "2", "3", "4", "5", "6"}, fig.predictors().get(2).tickLabels());
        assertEquals(11, fig.predictors().get(3).tickLabels().length);

        Scene scene = fig.scene();
        byte[] png = PngRenderer.png(scene);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(scene.width(), img.getWidth());
        assertEquals(scene.height(), img.getHeight());
        assertArrayEquals(png, PngRenderer.png(scene));
        Document doc = FigureRenderingTest.parse(SvgRenderer.svg(scene));
        String texts = FigureRenderingTest.textContents(doc);
        for (String row : List.of("Points", "Total Points", "Linear Predictor", "Risk of distant metastasis")) {
            assertTrue(texts.contains(row + "\n"), "row " + row);
        }
        for (String label : LABELS) {
            assertTrue(texts.contains(label + "\n"), "axis " + label);
        }
        // every predictor row is one line, plus Points, Total Points, lp and probability
        long rowLines = scene.items().stream().filter(i -> i instanceof Scene.Polyline p
                && p.ys()[0] == p.ys()[1] && p.xs()[1] - p.xs()[0] > 20).count();
        assertEquals(PREDICTORS.length + 4, rowLines);
        String dump = System.getProperty("tacerisk.figures.dump");
        if (dump != null) {
            PngRenderer.write(scene, Path.of(dump, "nomogram.png"));
            SvgRenderer.write(scene, Path.of(dump, "nomogram.svg"));
        }
    }

    @Test
    void labelsMustMatchThePredictors() {
        NomogramScale scale = referenceScale(); // outside assertThrows: without ../shared this skips, not fails
        assertThrows(IllegalArgumentException.class, () -> NomogramFigure.of(scale, List.of("only one")));
    }
}
