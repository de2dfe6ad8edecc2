package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.testsupport.ReferenceCsv;
import org.tacerisk.testsupport.SharedData;
import org.tacerisk.testsupport.Tolerance;
import picocli.CommandLine;

/**
 * {@code tacerisk stats validate}: the JSON contract, agreement of the apparent (deterministic) columns with
 * {@code rms::validate}/{@code calibrate} ({@code reference/stats/validate}, 1e-7 relative: lrm's own fit is about
 * 1e-9 off the MLE), the --out file and the exit codes.
 */
class StatsValidateCommandTest extends CommandLineTestBase {

    @TempDir
    Path dir;

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private Path hccModel(Path hcc) {
        Path model = dir.resolve("hcc.json");
        assertEquals(0, run("stats", "fit", "--data", hcc.toString(), "--outcome", "metastasis", "--predictors",
                "dlr_score,tumor_size_cm,nodules,log10(afp_ng_ml)", "--where", "cohort=train", "--out",
                model.toString()), err::toString);
        return model;
    }

    @Test
    void jsonFollowsTheContractAndMatchesRmsApparentColumns() throws IOException {
        Path hcc = SharedData.require("reference/stats/data/hcc_synth.csv");
        ReferenceCsv validate = ReferenceCsv.require("reference/stats/validate/hcc_validate_B200.csv");
        ReferenceCsv calibrate = ReferenceCsv.require("reference/stats/validate/hcc_calibrate_B200.csv");
        Path model = hccModel(hcc);
        Path file = dir.resolve("validation.json");
        assertEquals(0, run("stats", "validate", "--model", model.toString(), "--data", hcc.toString(), "--where",
                "cohort=train", "--bootstrap", "40", "--seed", "5", "--json", "--out", file.toString()),
                err::toString);
        assertTrue(err.toString().isBlank(), err::toString);
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals(root, new ObjectMapper().readTree(Files.readString(file)));
        assertTrue(names(root).containsAll(List.of("validate", "calibrate")), names(root)::toString);
        assertEquals(266, root.get("n").asInt());
        JsonNode rows = root.get("validate");
        assertEquals(12, rows.size());
        Tolerance tol = new Tolerance();
        for (int r = 0; r < rows.size(); r++) {
            JsonNode row = rows.get(r);
            assertEquals(List.of("index", "index_orig", "training", "test", "optimism", "index_corrected", "n"),
                    names(row));
            String index = row.get("index").asText();
            assertEquals(validate.text(r, "index"), index);
            tol.assertClose(validate.value("index", index, "index_orig"), row.get("index_orig").asDouble(), 1e-7,
                    1e-12, index);
            assertEquals(40 - root.get("failed_resamples").asInt(), row.get("n").asInt());
        }
        JsonNode cal = root.get("calibrate");
        assertTrue(names(cal).containsAll(List.of("predy", "calibrated_orig", "calibrated_corrected",
                "mean_absolute_error", "mean_squared_error", "quantile90_absolute_error")), names(cal)::toString);
        double[] predy = calibrate.column("predy");
        double[] orig = calibrate.column("calibrated_orig");
        assertEquals(50, cal.get("predy").size());
        for (int k = 0; k < 50; k++) {
            tol.assertClose(predy[k], cal.get("predy").get(k).asDouble(), 1e-7, "predy " + k);
            tol.assertClose(orig[k], cal.get("calibrated_orig").get(k).asDouble(), 1e-7, "calibrated_orig " + k);
            assertTrue(cal.get("calibrated_corrected").get(k).isNumber());
        }
        assertTrue(cal.get("mean_absolute_error").asDouble() > 0 && cal.get("mean_absolute_error").asDouble() < 0.05);
        System.out.println(tol.report("hcc validate/calibrate apparent columns through the CLI"));
    }

    @Test
    void theModelsOwnRowsAreTheDefaultAndTheHumanTableIsPrinted() {
        Path hcc = SharedData.require("reference/stats/data/hcc_synth.csv");
        Path model = hccModel(hcc);
        assertEquals(0, run("stats", "validate", "--model", model.toString(), "--data", hcc.toString(),
                "--bootstrap", "10"), err::toString);
        assertTrue(out.toString().contains("n = 266"), out::toString);
        assertTrue(out.toString().contains("Slope"), out::toString);
        assertTrue(err.toString().isBlank(), err::toString);
        assertEquals(0, run("stats", "validate", "--model", model.toString(), "--data", hcc.toString(), "--where",
                "cohort=test", "--bootstrap", "10"), err::toString);
        assertTrue(err.toString().contains("other coefficients"), err::toString);
    }

    @Test
    void badUsageAndBadInputGiveTheirExitCodes() throws IOException {
        Path hcc = SharedData.require("reference/stats/data/hcc_synth.csv");
        Path model = hccModel(hcc);
        assertEquals(ExitCodes.USAGE, run("stats", "validate", "--model", model.toString(), "--data", hcc.toString(),
                "--bootstrap", "0"));
        assertEquals(ExitCodes.USAGE, run("stats", "validate", "--data", hcc.toString()));
        Path notModel = dir.resolve("not-a-model.json");
        Files.writeString(notModel, "{\"a\": 1}\n");
        assertEquals(ExitCodes.BAD_INPUT, run("stats", "validate", "--model", notModel.toString(), "--data",
                hcc.toString()));
        assertEquals(ExitCodes.BAD_INPUT, run("stats", "validate", "--model", model.toString(), "--data",
                hcc.toString(), "--where", "cohort=nowhere"));
    }
}
