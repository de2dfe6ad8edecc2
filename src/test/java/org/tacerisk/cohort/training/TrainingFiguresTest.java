package org.tacerisk.cohort.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.ModelBundle;
import org.w3c.dom.Document;

class TrainingFiguresTest {

    @TempDir
    Path tmp;

    static List<String> expected(List<String> cohorts) {
        List<String> names = new ArrayList<>();
        for (String c : cohorts) {
            names.add("roc-" + c);
            names.add("calibration-" + c);
            names.add("dca-" + c);
        }
        names.add("nomogram");
        return names;
    }

    @Test
    void syntheticRunWritesEveryFigureLinksThemAndBundlesThem() throws Exception {
        Path out = tmp.resolve("out");
        TrainingResult r = CohortTrainer.train(TrainingFixture.table(400, 11, true), TrainingFixture.CLINICAL,
                TrainingConfig.defaults().withSynthetic(true).withBootstrapRefit(TrainingConfig.REFIT_FINAL_MODEL),
                out, null);
        List<String> names = expected(r.evaluation().cohorts());
        assertEquals(List.of("roc-train", "calibration-train", "dca-train", "roc-test", "calibration-test",
                "dca-test", "nomogram"), names);
        String md = Files.readString(out.resolve("report.md"));
        try (ModelBundle bundle = ModelBundle.load(out.resolve(CohortTrainer.BUNDLE))) {
            BundleManifest m = bundle.manifest();
            Path bundled = out.resolve(CohortTrainer.BUNDLE).resolve("report.md");
            assertNotNull(m.files().get("report.md"), "the bundle lists its training report");
            assertEquals(-1L, Files.mismatch(out.resolve("report.md"), bundled));
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("\\]\\(([^)]+)\\)").matcher(md);
            int links = 0;
            while (link.find()) {
                links++;
                assertTrue(Files.isRegularFile(bundled.resolveSibling(link.group(1))), "bundle has " + link.group(1));
            }
            assertEquals(2 * names.size(), links, "every figure linked as PNG and SVG, nothing else");
            for (String name : names) {
                for (String ext : List.of("png", "svg")) {
                    String rel = TrainingFigures.FOLDER + "/" + name + "." + ext;
                    Path file = out.resolve(rel);
                    assertTrue(Files.isRegularFile(file), rel);
                    String sum = m.files().get(rel);
                    assertNotNull(sum, "bundle lists " + rel);
                    assertEquals(64, sum.length(), rel);
                    assertEquals(-1L, Files.mismatch(file, out.resolve(CohortTrainer.BUNDLE).resolve(rel)), rel);
                }
                BufferedImage png = ImageIO.read(out.resolve("figures/" + name + ".png").toFile());
                assertNotNull(png, name + ".png decodes");
                assertTrue(png.getWidth() > 100 && png.getHeight() > 100);
                Document svg = parse(out.resolve("figures/" + name + ".svg"));
                assertEquals("svg", svg.getDocumentElement().getLocalName());
                assertTrue(Files.readString(out.resolve("figures/" + name + ".svg")).contains("SYNTHETIC DEMO"),
                        name + " carries the watermark");
                assertTrue(md.contains("](figures/" + name + ".png)"), "report.md links " + name);
                assertTrue(md.contains("](figures/" + name + ".svg)"));
            }
        }
        String roc = Files.readString(out.resolve("figures/roc-test.svg"));
        for (String model : List.of("combined", "rad", "dl", "dlr", "clinical")) {
            assertTrue(roc.contains(model + "  AUC "), "ROC legend has " + model);
        }
        String dca = Files.readString(out.resolve("figures/dca-test.svg"));
        assertTrue(dca.contains("Treat all") && dca.contains("Treat none") && dca.contains(">clinical<"), dca.length()
                + " chars");
    }

    @Test
    void realRunHasNoWatermark() throws Exception {
        Path out = tmp.resolve("o");
        CohortTrainer.train(TrainingFixture.table(300, 5, false), TrainingFixture.CLINICAL, TrainingConfig.defaults()
                .withBootstrapRefit(TrainingConfig.REFIT_FINAL_MODEL), out);
        for (String name : List.of("roc-train", "calibration-test", "nomogram")) {
            assertFalse(Files.readString(out.resolve("figures/" + name + ".svg")).contains("SYNTHETIC"), name);
        }
        // the training cohort's calibration plot carries the bootstrap-corrected curve, as rms::calibrate's plot
        assertTrue(Files.readString(out.resolve("figures/calibration-train.svg")).contains("Bias-corrected"));
        assertFalse(Files.readString(out.resolve("figures/calibration-test.svg")).contains("Bias-corrected"));
    }

    @Test
    void withoutBootstrapTheTrainingCalibrationHasNoCorrectedCurve() throws Exception {
        Path out = tmp.resolve("nb");
        CohortTrainer.train(TrainingFixture.table(300, 5, false), TrainingFixture.CLINICAL, TrainingConfig.defaults()
                .withBootstrap(0), out);
        assertFalse(Files.readString(out.resolve("figures/calibration-train.svg")).contains("Bias-corrected"));
    }

    private static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(svg.toFile());
    }
}
