package org.tacerisk.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tacerisk.model.PredictorSpecification.Level;
import org.tacerisk.model.PredictorSpecification.Source;
import org.tacerisk.model.PredictorSpecification.Transform;
import org.tacerisk.model.PredictorSpecification.Type;
import org.tacerisk.radiomics.RadiomicsSettings;

/**
 * A hand-made bundle for tests: the 4-predictor logistic model of the R nomogram reference
 * ({@code stats/nomogram/lrm_coef.csv}: dlr_score, tumour size, nodules, log10 AFP), with AFP entered in ng/mL and
 * log10-transformed by the bundle, training ranges from the reference datadist, and a made-up covariance.
 */
public final class TestBundles {

    /** Intercept, dlr_score, tumor_size_cm, nodules, log10(afp) as in the reference lrm fit. */
    public static final double[] COEF = {-4.8731271682493578, 2.5652987438501156, 0.12818628782009819,
        0.3747466946871405, 0.46198173730987413};
    public static final double[] SE = {0.83395660772697455, 0.33887520926048631, 0.047187437050301984,
        0.14223150781711971, 0.17593487961154686};
    /** Off-diagonal correlation of the made-up covariance (all pairs; positive definite). */
    public static final double RHO = 0.2;

    private TestBundles() {
    }

    public static BundleManifest manifest() {
        return manifest(COEF, SE);
    }

    public static double[][] covariance(double[] se) {
        double[][] v = new double[se.length][se.length];
        for (int i = 0; i < se.length; i++) {
            for (int j = 0; j < se.length; j++) {
                v[i][j] = se[i] * se[j] * (i == j ? 1 : RHO);
            }
        }
        return v;
    }

    public static BundleManifest manifest(double[] coef, double[] se) {
        List<PredictorSpecification> predictors = List.of(
                new PredictorSpecification("dlr_score", "DLR score", "", Type.CONTINUOUS, Transform.NONE, -20.0, 20.0,
                        -2.8456, 2.9941, Source.MODEL_SCORE, "Deep-learning radiomics score from the tumour ROI.",
                        null),
                new PredictorSpecification("tumor_size_cm", "Tumour size", "cm", Type.CONTINUOUS, Transform.NONE, 0.1,
                        40.0, 1.3, 20.0, Source.MEASURED_FROM_ROI, "Largest axial diameter of the tumour.", null),
                new PredictorSpecification("nodules", "Number of nodules", "", Type.INTEGER, Transform.NONE, 1.0, 50.0,
                        1.0, 6.0, Source.ENTERED, "Count of intrahepatic nodules on the baseline CT.", null),
                new PredictorSpecification("afp", "AFP", "ng/mL", Type.CONTINUOUS, Transform.LOG10, 0.1, 1e7, 1.0,
                        1e5, Source.ENTERED, "Serum alpha-fetoprotein before TACE.", null));
        String[] names = {"(Intercept)", "dlr_score", "tumor_size_cm", "nodules", "log10(afp)"};
        String[] ids = {null, "dlr_score", "tumor_size_cm", "nodules", "afp"};
        List<CombinedModel.Term> terms = new ArrayList<>();
        for (int j = 0; j < names.length; j++) {
            terms.add(new CombinedModel.Term(names[j], ids[j], null, coef[j]));
        }
        List<List<Double>> cov = new ArrayList<>();
        for (double[] row : covariance(se)) {
            cov.add(java.util.Arrays.stream(row).boxed().toList());
        }
        CombinedModel model = new CombinedModel("logistic", terms, cov, -11.5, 7.5);
        Signature rad = new Signature("rad", null, -0.5, List.of(
                new Signature.Feature("original_glcm_Contrast", 12.5, 3.25, 0.8),
                new Signature.Feature("original_shape_Sphericity", 0.71, 0.08, -0.4)));
        Signature dlr = new Signature("dlr", "dlr_score", 0.1, List.of(
                new Signature.Feature("rad", 0.0, 1.0, 0.9), new Signature.Feature("dl", 0.0, 1.0, 1.1)));
        return new BundleManifest(BundleManifest.SCHEMA_VERSION, "TACE-Risk test nomogram", "0.0.1-test",
                "2025-01-31T12:00:00Z", "0.1.0", "Research use: estimate distant metastasis risk after TACE.",
                "Clinical decisions; patients outside the training population.", true,
                BundleManifest.SYNTHETIC_LABEL,
                List.of(new Cohort("train", 266, 70, List.of("Centre A"), "2015-01 to 2019-12", "synthetic"),
                        new Cohort("test", 114, 30, List.of("Centre A", "Centre B"), "2020-01 to 2021-12", "")),
                predictors, null, List.of(rad, dlr), model,
                new RiskGroups(List.of(0.2, 0.5), List.of("low risk", "intermediate risk", "high risk")),
                List.of(new CohortCalibration("test", List.of(new CohortCalibration.Point(0.1, 0.12),
                        new CohortCalibration.Point(0.5, 0.47)), 0.05, 0.93, 0.11)),
                List.of(new CohortDecisionCurve("test", List.of(new CohortDecisionCurve.Point(0.1, 0.15, 0.12),
                        new CohortDecisionCurve.Point(0.2, 0.11, 0.05)))),
                List.of(new PerformanceRow("combined", "test", 0.9, 0.84, 0.95, 0.8, 0.85, 0.7, 0.9, 0.83),
                        new PerformanceRow("rad", "train", 0.75, null, null, null, null, null, null, null)),
                null, Map.of());
    }

    /**
     * A bundle of two entered predictors, tumour size (+0.1 per cm) and a marker declared to increase the risk
     * whose coefficient is −0.8 (listed as a direction conflict when {@code listConflict}); no signatures, so a
     * prediction needs no feature extraction.
     */
    public static BundleManifest contradictedMarker(boolean listConflict) {
        List<PredictorSpecification> predictors = List.of(
                new PredictorSpecification("tumor_size_cm", "Tumour size", "cm", Type.CONTINUOUS, Transform.NONE,
                        0.1, 40.0, 1.0, 20.0, Source.ENTERED, "Largest diameter.", null, Direction.INCREASES_RISK),
                new PredictorSpecification("marker", "Marker", "U/L", Type.CONTINUOUS, Transform.NONE, -10.0, 10.0,
                        -3.0, 3.0, Source.ENTERED, "A serum marker.", null, Direction.INCREASES_RISK));
        List<CombinedModel.Term> terms = List.of(new CombinedModel.Term("(Intercept)", null, null, -1.0),
                new CombinedModel.Term("tumor_size_cm", "tumor_size_cm", null, 0.1),
                new CombinedModel.Term("marker", "marker", null, -0.8));
        List<List<Double>> cov = List.of(List.of(0.04, 0.0, 0.0), List.of(0.0, 0.01, 0.0), List.of(0.0, 0.0, 0.09));
        return new BundleManifest(BundleManifest.SCHEMA_VERSION, "Direction test", "0.0.1", "2025-01-31T12:00:00Z",
                "0.1.0", "Tests.", "Anything else.", true, BundleManifest.SYNTHETIC_LABEL,
                List.of(new Cohort("train", 100, 30, List.of("Centre A"), "", "synthetic")), predictors, null,
                List.of(), new CombinedModel("logistic", terms, cov, -3.0, 2.0),
                new RiskGroups(List.of(0.3), List.of("low", "high")), List.of(), List.of(), List.of(), null, Map.of(),
                null, listConflict ? List.of(new DirectionConflict("marker", DirectionConflict.COMBINED,
                        Direction.INCREASES_RISK, -0.8)) : List.of());
    }

    /**
     * {@code json} (a written manifest, edited by a test) with its digest recomputed, as a bundle author would
     * write it: for tests of what the reader does after the digest check.
     */
    static String resealed(String json) {
        String digest = ManifestDigest.of(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return json.replaceFirst("\"" + ManifestDigest.FIELD + "\" : \"[0-9a-f]*\"",
                "\"" + ManifestDigest.FIELD + "\" : \"" + digest + "\"");
    }

    /** {@code json} (a written manifest) as schema {@code version} (1.0 or 1.1) wrote it: without the digest. */
    static String olderSchema(String json, String version) {
        return json.replace("\"schemaVersion\" : \"" + BundleManifest.SCHEMA_VERSION + "\"",
                "\"schemaVersion\" : \"" + version + "\"").replaceFirst(",\n  \"" + ManifestDigest.FIELD
                        + "\" : \"[0-9a-f]*\"", "");
    }

    /**
     * A committed demo manifest frozen as a test resource ({@code /model/NAME}), read as the bundle loader reads
     * one: its digest checked (it must still match, with no finding), then its fields.
     */
    static BundleManifest frozenManifest(String name) throws IOException {
        byte[] json;
        try (java.io.InputStream in = TestBundles.class.getResourceAsStream("/model/" + name)) {
            json = in.readAllBytes();
        }
        Path source = Path.of(name);
        if (!ManifestDigest.check(json, source).isEmpty()) {
            throw new AssertionError(name + ": its digest check gave findings");
        }
        return ManifestJson.read(json, source);
    }

    /** A fake deep model folder (model.json + a network file); not loadable by an engine. */
    public static Path deepFolder(Path parent) throws IOException {
        Path dir = Files.createDirectories(parent.resolve("deep-src"));
        Files.writeString(dir.resolve("model.json"), "{\"format\": \"torchscript\", \"name\": \"test\"}\n");
        Files.write(dir.resolve("model.pt"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        return dir;
    }

    /** Size (measured), nodules (entered integer), Child-Pugh A/B (entered, categorical); no image signatures. */
    public static BundleManifest measuredSizeAndCategorical() {
        BundleManifest base = manifest();
        List<PredictorSpecification> predictors = List.of(
                new PredictorSpecification("tumor_size_cm", "Tumour size", "cm", Type.CONTINUOUS, Transform.NONE,
                        0.1, 40.0, 1.3, 20.0, Source.MEASURED_FROM_ROI, "Maximum 3D diameter of the ROI.", null),
                new PredictorSpecification("nodules", "Number of nodules", "", Type.INTEGER, Transform.NONE, 1.0,
                        50.0, 1.0, 6.0, Source.ENTERED, "Intrahepatic nodules on the baseline CT.", null),
                new PredictorSpecification("child_pugh", "Child-Pugh class", "", Type.CATEGORICAL, Transform.NONE,
                        null, null, null, null, Source.ENTERED, "Child-Pugh class at baseline.",
                        List.of(new Level(0.0, "A"), new Level(1.0, "B"))));
        List<CombinedModel.Term> terms = List.of(new CombinedModel.Term("(Intercept)", null, null, -2.1),
                new CombinedModel.Term("tumor_size_cm", "tumor_size_cm", null, 0.12),
                new CombinedModel.Term("nodules", "nodules", null, 0.3),
                new CombinedModel.Term("child_pughB", "child_pugh", 1.0, 0.8));
        List<List<Double>> cov = java.util.Arrays.stream(covariance(new double[] {0.5, 0.04, 0.1, 0.3}))
                .map(r -> java.util.Arrays.stream(r).boxed().toList()).toList();
        return new BundleManifest(base.schemaVersion(), "Categorical test nomogram", "0.0.2-test", base.created(),
                base.softwareVersion(), base.intendedUse(), base.notIntendedUse(), base.synthetic(), base.label(),
                base.cohorts(), predictors, null, List.of(), new CombinedModel("logistic", terms, cov, -4.0, 6.0),
                base.riskGroups(), base.calibration(), base.dca(), base.performance(), null, Map.of());
    }

    /** Writes the full test bundle (settings, deep folder, one figure) to {@code parent/bundle}. */
    public static Path write(Path parent) throws IOException {
        Path figure = parent.resolve("calibration.png");
        Files.write(figure, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path target = parent.resolve("bundle");
        new ModelBundleWriter(manifest()).radiomicsSettings(RadiomicsSettings.defaults())
                .deepModel(deepFolder(parent)).extraFile("figures/calibration.png", figure).write(target);
        return target;
    }
}
