package org.tacerisk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tacerisk.selftest.CheckResult;
import org.tacerisk.selftest.SelfTest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacerisk selftest}: the installation's self-test as a pass/fail table. */
@Command(name = "selftest", mixinStandardHelpOptions = true,
        description = {"Check this installation: the Java runtime and data folder, JavaFX, the DICOM codecs (embedded"
                + " samples of every supported transfer syntax), the PyTorch engine (offline) and every installed"
                + " model bundle (checksums; the demo bundle also predicts the demo case).",
            "Exit 0 only when every check passes, 1 otherwise."})
final class SelfTestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the results as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<CheckResult> results = SelfTest.run(SelfTest.installed(), r -> {
            err.println((r.passed() ? "pass  " : "FAIL  ") + r.name());
            err.flush();
        });
        boolean passed = SelfTest.allPassed(results);
        if (json) {
            JsonOutput.print(out, asJson(results, passed));
        } else {
            printTable(out, results);
            out.println(passed ? "all " + results.size() + " checks passed"
                    : results.stream().filter(r -> !r.passed()).count() + " of " + results.size() + " checks FAILED");
            out.flush();
        }
        return passed ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
    }

    static Map<String, Object> asJson(List<CheckResult> results, boolean passed) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CheckResult r : results) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", r.name());
            row.put("passed", r.passed());
            row.put("detail", r.detail());
            row.put("duration_ms", r.duration().toMillis());
            rows.add(row);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("passed", passed);
        json.put("checks", rows);
        return json;
    }

    /** Name, PASS/FAIL, seconds, detail; the name column as wide as the longest name. */
    static void printTable(PrintWriter out, List<CheckResult> results) {
        int width = Math.max(5, results.stream().mapToInt(r -> r.name().length()).max().orElse(0));
        String format = "%-" + width + "s  %-6s %7s  %s%n";
        out.printf(Locale.ROOT, format, "check", "result", "time", "detail");
        for (CheckResult r : results) {
            out.printf(Locale.ROOT, format, r.name(), r.passed() ? "PASS" : "FAIL",
                    String.format(Locale.ROOT, "%.2f s", r.duration().toMillis() / 1000.0), r.detail());
        }
    }
}
