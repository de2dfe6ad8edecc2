package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.CohortRoc;
import org.tacerisk.model.ModelBundleWriter;
import org.tacerisk.model.TestBundles;

class BundleCommandTest extends CommandLineTestBase {

    @TempDir
    Path tmp;

    @Test
    void verifyAcceptsAValidBundleFolderAndZip() throws IOException {
        Path dir = TestBundles.write(tmp);
        assertEquals(0, run("bundle", "verify", dir.toString()), err.toString());
        assertTrue(out.toString().startsWith("valid: TACE-Risk test nomogram 0.0.1-test (4 files verified"),
                out.toString());
        assertTrue(out.toString().contains(BundleManifest.SYNTHETIC_LABEL));
        Path zip = tmp.resolve("b.zip");
        ModelBundleWriter.zip(dir, zip);
        assertEquals(0, run("bundle", "verify", zip.toString(), "--json"), err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertTrue(json.path("valid").asBoolean());
        assertEquals(64, json.path("manifest_sha256").asText().length());
    }

    @Test
    void verifyNamesTheModifiedFileWithExitThree() throws IOException {
        Path dir = TestBundles.write(tmp);
        Files.writeString(dir.resolve("radiomics.yaml"), "# edited\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(3, run("bundle", "verify", dir.toString()));
        assertTrue(err.toString().contains("bundle file radiomics.yaml does not match its SHA-256"), err.toString());
        assertEquals(3, run("bundle", "verify", dir.toString(), "--json"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(false, json.path("valid").asBoolean());
        assertEquals("radiomics.yaml", json.path("problems").path(0).path("subject").asText());
        assertEquals(3, run("bundle", "verify", tmp.resolve("nothing").toString()));
    }

    @Test
    void verifyRefusesAnEditedManifestNamingItWithExitThree() throws IOException {
        Path dir = TestBundles.write(tmp);
        Path manifest = dir.resolve("manifest.json");
        String json = Files.readString(manifest);
        Files.writeString(manifest, json.replace("\"intendedUse\" : \"Research use",
                "\"intendedUse\" : \"Clinical use"));
        assertEquals(3, run("bundle", "verify", dir.toString()));
        assertTrue(err.toString().contains(manifest + ": the manifest was edited after the bundle was written"),
                err.toString());
        assertEquals(3, run("bundle", "verify", dir.toString(), "--json"));
        JsonNode result = new ObjectMapper().readTree(out.toString());
        assertEquals(false, result.path("valid").asBoolean());
        assertEquals("manifest.json", result.path("problems").path(0).path("subject").asText());

        Files.writeString(manifest, json);
        assertEquals(0, run("bundle", "verify", dir.toString(), "--json"), err.toString());
        assertEquals(0, new ObjectMapper().readTree(out.toString()).path("warnings").size());
    }

    @Test
    void showSummarisesTheBundle() throws IOException {
        Path dir = TestBundles.write(tmp);
        assertEquals(0, run("bundle", "show", dir.toString()), err.toString());
        String text = out.toString();
        assertTrue(text.startsWith("*** " + BundleManifest.SYNTHETIC_LABEL + " ***"), text);
        assertTrue(text.contains("afp"), text);
        assertTrue(text.contains("log10"), text);
        assertTrue(text.contains("0.900"), text);
        assertTrue(text.contains("ROC curves: not in this bundle"), text);

        assertEquals(0, run("bundle", "show", Path.of("models", "hcc-tace-demo").toString()), err.toString());
        String demo = out.toString();
        // training ranges as in the training run's predictions.csv (dlr_score) and cohort.csv (train rows)
        assertTrue(demo.contains("dlr_score        DLR score [continuous, model_score] training -2.954 to 1.774"),
                demo);
        assertTrue(demo.contains("tumor_size_cm    Tumour size [continuous, entered] training 1.8 to 20 cm"), demo);
        assertTrue(demo.contains("nodules          Number of nodules [integer, entered] training 1 to 6"), demo);
        assertTrue(demo.contains("afp_ng_ml        AFP [continuous, entered, log10] training 1 to 100000 ng/mL"),
                demo);
        assertTrue(demo.contains("CAUTION: Tumour size (tumor_size_cm) is expected to increase the risk, but in the"
                + " combined model its coefficient is -0.0639"), demo);
        assertTrue(demo.contains("risk groups: cut-offs [0.2006] -> [low, high]"), demo);
        assertEquals(0, run("bundle", "show", dir.toString(), "--json"), err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals("0.0.1-test", json.path("version").asText());
        assertEquals(4, json.path("predictors").size());
        assertEquals("measured_from_roi", json.path("predictors").path(1).path("source").asText());
        assertEquals(2, json.path("performance").size());
        assertEquals(0, json.path("roc_curves").size());
        Path withRoc = tmp.resolve("with-roc");
        new ModelBundleWriter(TestBundles.manifest().withRoc(List.of(new CohortRoc("test", List.of(
                new CohortRoc.Curve("combined", 1, 1, 1.0, null, null, List.of(new CohortRoc.Point(null, 1.0, 0.0),
                        new CohortRoc.Point(0.5, 1.0, 1.0), new CohortRoc.Point(null, 0.0, 1.0)))))))).write(withRoc);
        assertEquals(0, run("bundle", "show", withRoc.toString()), err.toString());
        assertTrue(out.toString().contains("ROC curves: test [combined]"), out.toString());
        assertEquals(0, run("bundle", "show", withRoc.toString(), "--json"), err.toString());
        assertEquals("combined", new ObjectMapper().readTree(out.toString()).path("roc_curves").path("test").path(0)
                .asText());
        Files.delete(dir.resolve("deep/model.json"));
        assertEquals(3, run("bundle", "show", dir.toString()));
        assertTrue(err.toString().contains("bundle file deep/model.json is missing"), err.toString());
    }
}
