package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacerisk.selftest.CheckResult;

/** The selftest table and JSON: every row with its result, time and detail; one failure makes the whole fail. */
class SelfTestCommandTest {

    private static final List<CheckResult> RESULTS = List.of(
            new CheckResult("Runtime", true, "Java 17", Duration.ofMillis(120)),
            new CheckResult("Bundle hcc-tace-demo", false, "file deep/model.params: SHA-256 differs",
                    Duration.ofMillis(2500)));

    @Test
    void theTableAlignsItsColumnsAndNamesTheFailure() {
        StringWriter text = new StringWriter();
        SelfTestCommand.printTable(new PrintWriter(text, true), RESULTS);
        List<String> lines = text.toString().lines().toList();
        assertEquals("check                 result    time  detail", lines.get(0));
        assertEquals("Runtime               PASS    0.12 s  Java 17", lines.get(1));
        assertEquals("Bundle hcc-tace-demo  FAIL    2.50 s  file deep/model.params: SHA-256 differs", lines.get(2));
    }

    @Test
    void theJsonHasEveryRowAndFailsAsAWhole() {
        Map<String, Object> json = SelfTestCommand.asJson(RESULTS, false);
        assertEquals(false, json.get("passed"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> checks = (List<Map<String, Object>>) json.get("checks");
        assertEquals(2, checks.size());
        assertEquals(Map.of("name", "Bundle hcc-tace-demo", "passed", false, "detail",
                "file deep/model.params: SHA-256 differs", "duration_ms", 2500L), checks.get(1));
    }

    @Test
    void theCommandIsRegistered() {
        assertTrue(TaceRiskCommand.commandLine().getSubcommands().containsKey("selftest"));
    }
}
