package org.tacerisk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.tacerisk.casefile.BundleIdentity;
import org.tacerisk.casefile.CaseContents;
import org.tacerisk.casefile.CaseFile;
import org.tacerisk.casefile.CaseResult;
import org.tacerisk.casefile.EnteredValue;
import org.tacerisk.casefile.OpenedCase;
import org.tacerisk.casefile.SeriesLocation;
import org.tacerisk.common.Progress;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.predict.CaseMeasurement;
import org.tacerisk.predict.CasePrediction;
import org.tacerisk.predict.CasePredictor;
import org.tacerisk.predict.DemoCase;

/**
 * The workstation's compute path on the demo bundle (issue 14; docs/performance.md): step 1
 * ({@link CasePredictor#measure}: features with the bundle's settings, the deep model, signature scores) for the
 * demo case and for the IBSI CT phantom's tumour (needs ../shared), step 2 for a what-if AFP edit, and reading a
 * saved case back (case.json + the DICOM SEG mask decoded onto the series grid). The deep model is opened in the
 * set-up, as the workstation opens it when the bundle loads. Run with {@code .ci/bench.sh CaseComputeBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Djava.awt.headless=true", "-Dai.djl.offline=true"})
public class CaseComputeBenchmark {

    private ModelBundle bundle;
    private CasePredictor predictor;
    private Volume demoCt;
    private Mask demoTumour;
    private Volume phantomCt;
    private Mask phantomTumour;
    private CaseMeasurement measured;
    private Map<String, Double> entered;
    private double afp = 10;
    private Path caseFile;
    private org.tacerisk.image.ImageGeometry grid;

    @Setup
    public void setUp() throws IOException {
        bundle = ModelBundle.load(Path.of("models", "hcc-tace-demo"));
        predictor = CasePredictor.open(bundle);
        predictor.prepare();
        Path work = Files.createTempDirectory("case-bench");
        DemoCase.Opened demo = DemoCase.open(work.resolve("demo"), null, Progress.NONE);
        demoCt = demo.conversion().loaded().volume();
        demoTumour = demo.conversion().mask();
        grid = demoCt.geometry();
        entered = new LinkedHashMap<>(Map.of("tumor_size_cm", 3.5, "nodules", 5.0, "afp_ng_ml", 33.1));
        measured = predictor.measure(demoCt, demoTumour, Progress.NONE);
        CasePrediction p = predictor.predict(measured, entered);
        caseFile = work.resolve("demo.tacerisk");
        CaseFile.write(caseFile, new CaseContents(java.time.Instant.now(), SeriesLocation.of(
                demo.conversion().loaded().reference(), demo.dicom()), java.util.List.of(
                new EnteredValue("afp_ng_ml", "33.1", 33.1, "ng/mL")), BundleIdentity.of(bundle), measured,
                CaseResult.of(p)), demoTumour, demo.conversion().loaded().reference());
        Path phantom = Path.of("..", "shared", "data", "ibsi", "ibsi_1_ct_radiomics_phantom", "nifti");
        if (Files.isDirectory(phantom)) {
            phantomCt = Nifti.readVolume(phantom.resolve("image/phantom.nii.gz"));
            phantomTumour = Nifti.readMask(phantom.resolve("mask/mask.nii.gz"));
        }
    }

    @TearDown
    public void tearDown() {
        predictor.close();
        bundle.close();
    }

    /** Step 1 for the demo case's tumour (about 17,000 voxels at 0.8 × 0.8 × 2.5 mm). */
    @Benchmark
    public CaseMeasurement measureDemoCase() {
        return predictor.measure(demoCt, demoTumour, Progress.NONE);
    }

    /** Step 1 for the IBSI CT phantom's GTV (a lung tumour, 0.98 × 0.98 × 3 mm). */
    @Benchmark
    public CaseMeasurement measureIbsiPhantom() {
        if (phantomCt == null) {
            throw new IllegalStateException("../shared (the IBSI CT phantom) is not beside this clone");
        }
        return predictor.measure(phantomCt, phantomTumour, Progress.NONE);
    }

    /** Step 2 after an AFP edit: probability, CI, risk group, points and the case's warnings. */
    @Benchmark
    public CasePrediction whatIfAfpEdit() {
        afp = afp > 5000 ? 10 : afp * 1.5;
        entered.put("afp_ng_ml", afp);
        return predictor.predict(measured, entered);
    }

    /** Reading a saved case: the zip, case.json and the SEG mask onto the series grid (no step 1). */
    @Benchmark
    public Mask openSavedCase() throws IOException {
        OpenedCase opened = CaseFile.open(caseFile);
        return opened.mask(grid);
    }
}
