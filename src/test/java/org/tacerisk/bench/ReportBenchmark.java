package org.tacerisk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.tacerisk.common.Progress;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.predict.CaseMeasurement;
import org.tacerisk.predict.CasePrediction;
import org.tacerisk.predict.CasePredictor;
import org.tacerisk.predict.DemoCase;
import org.tacerisk.report.CaseReport;

/**
 * The tumour-board PDF of the demo case (issue 15; target ≤ 2 s): key images, vector figures, fonts embedded and
 * subset, in English and in Chinese (the CJK font is the larger subset). Step 1 is done in the set-up, as the
 * workstation has it when the report is asked for. Run with {@code .ci/bench.sh ReportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Djava.awt.headless=true", "-Dai.djl.offline=true"})
public class ReportBenchmark {

    @Param({"en", "zh-CN"})
    public String language;

    private ModelBundle bundle;
    private DemoCase.Opened demo;
    private CaseMeasurement measurement;
    private CasePrediction prediction;

    @Setup
    public void setUp() throws IOException {
        bundle = ModelBundle.load(Path.of("models", "hcc-tace-demo"));
        try (CasePredictor predictor = CasePredictor.open(bundle)) {
            demo = DemoCase.open(Files.createTempDirectory("report-bench"), null, Progress.NONE);
            measurement = predictor.measure(demo.conversion().loaded().volume(), demo.conversion().mask(),
                    Progress.NONE);
            prediction = predictor.predict(measurement, Map.of("tumor_size_cm", 3.5, "nodules", 5.0,
                    "afp_ng_ml", 33.1));
        }
    }

    @TearDown
    public void tearDown() {
        bundle.close();
    }

    @Benchmark
    public byte[] demoCaseReport() throws IOException {
        return CaseReport.builder(bundle, measurement, prediction, demo.conversion().loaded().volume(),
                demo.conversion().mask()).patient(demo.conversion().loaded().reference().patientStudy())
                .locale(Locale.forLanguageTag(language)).build().pdf();
    }
}
