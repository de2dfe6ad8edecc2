package org.tacerisk.model;

import static org.tacerisk.model.ManifestChecks.invalid;
import static org.tacerisk.model.ManifestChecks.text;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code manifest.json} of a model bundle (docs/model-bundle.md), schema {@value #SCHEMA_VERSION}. Immutable; the
 * constructor validates every field and the references between them (terms → predictors, calibration → cohorts,
 * ...) and throws a {@link org.tacerisk.common.BadInputException} naming the field.
 *
 * @param schemaVersion      "major.minor" of this schema
 * @param name               model name, e.g. "TACE-Risk DLR nomogram"
 * @param version            the bundle's version; a clinician's result cites name + version
 * @param created            ISO-8601 date-time with offset, e.g. 2025-01-31T12:00:00Z
 * @param softwareVersion    TACE-Risk version that wrote the bundle
 * @param intendedUse        what the model is for
 * @param notIntendedUse     what it must not be used for
 * @param synthetic          true for demo bundles trained on synthetic data
 * @param label              banner shown with every result; required when synthetic
 * @param cohorts            development and validation cohorts
 * @param predictors         every input of the combined model (the workstation's form)
 * @param radiomicsSettings  relative path of the radiomics settings YAML, or null
 * @param signatures         scores built from features (rad, dl, dlr, ...)
 * @param combinedModel      the logistic model behind the nomogram
 * @param riskGroups         cut-offs and labels
 * @param calibration        per cohort; the training cohort's with its bias-corrected curve (schema 1.4)
 * @param dca                decision curves per cohort
 * @param roc                ROC curves per cohort, every model of the report's ROC figure (schema 1.3); empty in
 *                           bundles of older schemas ("not in this bundle")
 * @param performance        the performance table
 * @param deepModel          relative folder of the deep model ("deep"), or null
 * @param files              relative path → lower-case hex SHA-256 of every file except manifest.json
 * @param trainingImages     the training images' voxel spacing (schema 1.1), or null where not recorded
 * @param directionConflicts fitted effects against their predictor's expectedDirection (schema 1.2), in the
 *                           combined model (every one, checked against its coefficients) and the training report's
 *                           clinical model; empty when none
 * @param history            the validations and updates the bundle has been through since its development (schema
 *                           1.5, {@link BundleHistoryEntry}), oldest first; empty (and not written) for a bundle
 *                           straight from {@code cohort train}
 * @param knownAnswer        a reference case and the probability the writer computed for it (schema 1.6), checked
 *                           by {@link BundleVerification}; null in bundles of older schemas
 */
public record BundleManifest(String schemaVersion, String name, String version, String created,
        String softwareVersion, String intendedUse, String notIntendedUse, Boolean synthetic, String label,
        List<Cohort> cohorts, List<PredictorSpecification> predictors, String radiomicsSettings,
        List<Signature> signatures, CombinedModel combinedModel, RiskGroups riskGroups,
        List<CohortCalibration> calibration, List<CohortDecisionCurve> dca, List<CohortRoc> roc,
        List<PerformanceRow> performance, String deepModel, Map<String, String> files, TrainingImages trainingImages,
        List<DirectionConflict> directionConflicts,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<BundleHistoryEntry> history, KnownAnswer knownAnswer) {

    /**
     * The schema this build writes (1.6: {@code knownAnswer}, which the writer always fills in; 1.7: the predictors'
     * training mean and SD).
     */
    public static final String SCHEMA_VERSION = "1.7";
    public static final int SCHEMA_MAJOR = 1;
    /** The newest minor version this build reads strictly (1.5: {@code history}; 1.6: {@code knownAnswer}; 1.7). */
    public static final int SCHEMA_MINOR = 7;
    /** The oldest schema with {@code history} (an updated bundle); older readers ignore the key. */
    public static final String HISTORY_SCHEMA_VERSION = "1.5";
    private static final int HISTORY_MINOR = 5;
    /** The label of synthetic demo bundles. */
    public static final String SYNTHETIC_LABEL = "SYNTHETIC DEMO — not for clinical use";

    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public BundleManifest {
        schemaVersion = text("schemaVersion", schemaVersion);
        if (!VERSION.matcher(schemaVersion).matches()) {
            throw invalid("schemaVersion", "must be \"major.minor\", e.g. \"" + SCHEMA_VERSION + "\", not \""
                    + schemaVersion + "\"");
        }
        text("name", name);
        text("version", version);
        text("created", created);
        try {
            OffsetDateTime.parse(created);
        } catch (DateTimeParseException e) {
            throw invalid("created", "must be an ISO-8601 date-time with offset, e.g. 2025-01-31T12:00:00Z, not \""
                    + created + "\"");
        }
        text("softwareVersion", softwareVersion);
        text("intendedUse", intendedUse);
        text("notIntendedUse", notIntendedUse);
        ManifestChecks.present("synthetic", synthetic);
        if (synthetic) {
            text("label", label);
        }
        label = label == null ? "" : label;
        cohorts = ManifestChecks.nonEmpty("cohorts", cohorts);
        predictors = ManifestChecks.nonEmpty("predictors", predictors);
        if (radiomicsSettings != null) {
            ManifestChecks.relativePath("radiomicsSettings", radiomicsSettings);
        }
        signatures = ManifestChecks.list("signatures", signatures);
        ManifestChecks.present("combinedModel", combinedModel);
        ManifestChecks.present("riskGroups", riskGroups);
        calibration = ManifestChecks.list("calibration", calibration);
        dca = ManifestChecks.list("dca", dca);
        roc = ManifestChecks.list("roc", roc);
        performance = ManifestChecks.list("performance", performance);
        if (deepModel != null) {
            ManifestChecks.relativePath("deepModel", deepModel);
        }
        files = checkedFiles(files);
        directionConflicts = ManifestChecks.list("directionConflicts", directionConflicts);
        history = ManifestChecks.list("history", history);
        if (!history.isEmpty() && Integer.parseInt(schemaVersion.substring(schemaVersion.indexOf('.') + 1))
                < HISTORY_MINOR && Integer.parseInt(schemaVersion.substring(0, schemaVersion.indexOf('.'))) == 1) {
            throw invalid("history", "needs schemaVersion " + HISTORY_SCHEMA_VERSION + " or later, not "
                    + schemaVersion);
        }
        checkReferences(cohorts, predictors, signatures, combinedModel, calibration, dca, roc, performance);
        ManifestDirections.check(predictors, combinedModel, directionConflicts);
    }

    /** A manifest without {@code history} or {@code knownAnswer} (as schemas up to 1.4 wrote them). */
    public BundleManifest(String schemaVersion, String name, String version, String created, String softwareVersion,
            String intendedUse, String notIntendedUse, Boolean synthetic, String label, List<Cohort> cohorts,
            List<PredictorSpecification> predictors, String radiomicsSettings, List<Signature> signatures,
            CombinedModel combinedModel, RiskGroups riskGroups, List<CohortCalibration> calibration,
            List<CohortDecisionCurve> dca, List<CohortRoc> roc, List<PerformanceRow> performance, String deepModel,
            Map<String, String> files, TrainingImages trainingImages, List<DirectionConflict> directionConflicts) {
        this(schemaVersion, name, version, created, softwareVersion, intendedUse, notIntendedUse, synthetic, label,
                cohorts, predictors, radiomicsSettings, signatures, combinedModel, riskGroups, calibration, dca, roc,
                performance, deepModel, files, trainingImages, directionConflicts, List.of(), null);
    }

    /** A manifest without {@code roc} (as schema 1.2 wrote them). */
    public BundleManifest(String schemaVersion, String name, String version, String created, String softwareVersion,
            String intendedUse, String notIntendedUse, Boolean synthetic, String label, List<Cohort> cohorts,
            List<PredictorSpecification> predictors, String radiomicsSettings, List<Signature> signatures,
            CombinedModel combinedModel, RiskGroups riskGroups, List<CohortCalibration> calibration,
            List<CohortDecisionCurve> dca, List<PerformanceRow> performance, String deepModel,
            Map<String, String> files, TrainingImages trainingImages, List<DirectionConflict> directionConflicts) {
        this(schemaVersion, name, version, created, softwareVersion, intendedUse, notIntendedUse, synthetic, label,
                cohorts, predictors, radiomicsSettings, signatures, combinedModel, riskGroups, calibration, dca,
                List.of(), performance, deepModel, files, trainingImages, directionConflicts, List.of(), null);
    }

    /** A manifest without {@code roc} and {@code directionConflicts} (as schema 1.1 wrote them). */
    public BundleManifest(String schemaVersion, String name, String version, String created, String softwareVersion,
            String intendedUse, String notIntendedUse, Boolean synthetic, String label, List<Cohort> cohorts,
            List<PredictorSpecification> predictors, String radiomicsSettings, List<Signature> signatures,
            CombinedModel combinedModel, RiskGroups riskGroups, List<CohortCalibration> calibration,
            List<CohortDecisionCurve> dca, List<PerformanceRow> performance, String deepModel,
            Map<String, String> files, TrainingImages trainingImages) {
        this(schemaVersion, name, version, created, softwareVersion, intendedUse, notIntendedUse, synthetic, label,
                cohorts, predictors, radiomicsSettings, signatures, combinedModel, riskGroups, calibration, dca,
                List.of(), performance, deepModel, files, trainingImages, List.of(), List.of(), null);
    }

    /** A manifest without {@code roc}, {@code directionConflicts} and {@code trainingImages} (schema 1.0). */
    public BundleManifest(String schemaVersion, String name, String version, String created, String softwareVersion,
            String intendedUse, String notIntendedUse, Boolean synthetic, String label, List<Cohort> cohorts,
            List<PredictorSpecification> predictors, String radiomicsSettings, List<Signature> signatures,
            CombinedModel combinedModel, RiskGroups riskGroups, List<CohortCalibration> calibration,
            List<CohortDecisionCurve> dca, List<PerformanceRow> performance, String deepModel,
            Map<String, String> files) {
        this(schemaVersion, name, version, created, softwareVersion, intendedUse, notIntendedUse, synthetic, label,
                cohorts, predictors, radiomicsSettings, signatures, combinedModel, riskGroups, calibration, dca,
                List.of(), performance, deepModel, files, null, List.of(), List.of(), null);
    }

    public int schemaMajor() {
        return Integer.parseInt(schemaVersion.substring(0, schemaVersion.indexOf('.')));
    }

    /** The predictor with id {@code id}, or null. */
    public PredictorSpecification predictor(String id) {
        return predictors.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    public BundleManifest withFiles(Map<String, String> newFiles) {
        return new BundleManifest(schemaVersion, name, version, created, softwareVersion, intendedUse, notIntendedUse,
                synthetic, label, cohorts, predictors, radiomicsSettings, signatures, combinedModel, riskGroups,
                calibration, dca, roc, performance, deepModel, newFiles, trainingImages, directionConflicts, history,
                knownAnswer);
    }


    /** The same manifest shown under another label (a bundle loaded for research use only). */
    public BundleManifest withLabel(String newLabel) {
        return new BundleManifest(schemaVersion, name, version, created, softwareVersion, intendedUse, notIntendedUse,
                synthetic, newLabel, cohorts, predictors, radiomicsSettings, signatures, combinedModel, riskGroups,
                calibration, dca, roc, performance, deepModel, files, trainingImages, directionConflicts,
                history, knownAnswer);
    }

    public BundleManifest withKnownAnswer(KnownAnswer answer) {
        return new BundleManifest(schemaVersion, name, version, created, softwareVersion, intendedUse, notIntendedUse,
                synthetic, label, cohorts, predictors, radiomicsSettings, signatures, combinedModel, riskGroups,
                calibration, dca, roc, performance, deepModel, files, trainingImages, directionConflicts, history,
                answer);
    }

    public BundleManifest withRadiomicsSettings(String path) {
        return new BundleManifest(schemaVersion, name, version, created, softwareVersion, intendedUse, notIntendedUse,
                synthetic, label, cohorts, predictors, path, signatures, combinedModel, riskGroups, calibration, dca,
                roc, performance, deepModel, files, trainingImages, directionConflicts, history,
                knownAnswer);
    }

    public BundleManifest withDeepModel(String folder) {
        return new BundleManifest(schemaVersion, name, version, created, softwareVersion, intendedUse, notIntendedUse,
                synthetic, label, cohorts, predictors, radiomicsSettings, signatures, combinedModel, riskGroups,
                calibration, dca, roc, performance, folder, files, trainingImages, directionConflicts, history,
                knownAnswer);
    }

    public BundleManifest withTrainingImages(TrainingImages images) {
        return new BundleManifest(schemaVersion, name, version, created, softwareVersion, intendedUse, notIntendedUse,
                synthetic, label, cohorts, predictors, radiomicsSettings, signatures, combinedModel, riskGroups,
                calibration, dca, roc, performance, deepModel, files, images, directionConflicts, history,
                knownAnswer);
    }

    public BundleManifest withDirectionConflicts(List<DirectionConflict> conflicts) {
        return new BundleManifest(schemaVersion, name, version, created, softwareVersion, intendedUse, notIntendedUse,
                synthetic, label, cohorts, predictors, radiomicsSettings, signatures, combinedModel, riskGroups,
                calibration, dca, roc, performance, deepModel, files, trainingImages, conflicts, history,
                knownAnswer);
    }

    public BundleManifest withCalibration(List<CohortCalibration> curves) {
        return new BundleManifest(schemaVersion, name, version, created, softwareVersion, intendedUse, notIntendedUse,
                synthetic, label, cohorts, predictors, radiomicsSettings, signatures, combinedModel, riskGroups,
                curves, dca, roc, performance, deepModel, files, trainingImages, directionConflicts, history,
                knownAnswer);
    }

    public BundleManifest withRoc(List<CohortRoc> curves) {
        return new BundleManifest(schemaVersion, name, version, created, softwareVersion, intendedUse, notIntendedUse,
                synthetic, label, cohorts, predictors, radiomicsSettings, signatures, combinedModel, riskGroups,
                calibration, dca, curves, performance, deepModel, files, trainingImages, directionConflicts, history,
                knownAnswer);
    }

    /**
     * This manifest as an updated bundle's (docs/model-updating.md): the new version, date, software and combined
     * model, with {@code history} (the parent's history plus the new entries), at schema
     * {@value #HISTORY_SCHEMA_VERSION} or later. Everything else (predictors, signatures, risk groups, the
     * development cohorts and their curves) is the parent's.
     */
    public BundleManifest updated(String newVersion, String newCreated, String newSoftwareVersion,
            CombinedModel newModel, List<BundleHistoryEntry> newHistory) {
        String schema = Integer.parseInt(schemaVersion.substring(schemaVersion.indexOf('.') + 1)) < HISTORY_MINOR
                ? HISTORY_SCHEMA_VERSION : schemaVersion;
        return new BundleManifest(schema, name, newVersion, newCreated, newSoftwareVersion, intendedUse,
                notIntendedUse, synthetic, label, cohorts, predictors, radiomicsSettings, signatures, newModel,
                riskGroups, calibration, dca, roc, performance, deepModel, files, trainingImages,
                ManifestDirections.conflictsAfterUpdate(predictors, newModel, directionConflicts), newHistory,
                null); // the writer computes the new model's known answer
    }

    /** The calibration of {@code cohort}, or null where the bundle has none. */
    public CohortCalibration calibration(String cohort) {
        return calibration.stream().filter(c -> c.cohort().equals(cohort)).findFirst().orElse(null);
    }

    /** The ROC curves of {@code cohort}, or null where the bundle has none (older schemas). */
    public CohortRoc roc(String cohort) {
        return roc.stream().filter(r -> r.cohort().equals(cohort)).findFirst().orElse(null);
    }

    /**
     * The direction the combined model moves the risk with predictor {@code id}: the sign of its coefficient
     * (numeric predictors; null for a categorical predictor, one not in the model, or a coefficient of 0).
     */
    public Direction fittedDirection(String id) {
        PredictorSpecification p = predictor(id);
        if (p == null || p.categorical()) {
            return null;
        }
        return combinedModel.terms().stream().filter(t -> id.equals(t.predictor())).findFirst()
                .map(t -> Direction.of(t.coefficient())).orElse(null);
    }

    /** The conflicts of one model ({@link DirectionConflict#COMBINED} or CLINICAL), with their sentences. */
    public List<String> directionNotes(String model) {
        return directionConflicts.stream().filter(c -> c.model().equals(model))
                .map(c -> c.describe(predictor(c.predictor()).label())).toList();
    }

    private static Map<String, String> checkedFiles(Map<String, String> files) {
        Map<String, String> sorted = new TreeMap<>();
        if (files == null) {
            return sorted;
        }
        for (Map.Entry<String, String> e : files.entrySet()) {
            ManifestChecks.relativePath("files", e.getKey());
            if (e.getKey().equals(ModelBundle.MANIFEST)) {
                throw invalid("files", "must not list manifest.json itself");
            }
            if (e.getValue() == null || !SHA256.matcher(e.getValue()).matches()) {
                throw invalid("files[" + e.getKey() + "]", "must be a SHA-256 as 64 lower-case hex digits");
            }
            sorted.put(e.getKey(), e.getValue());
        }
        return java.util.Collections.unmodifiableMap(sorted);
    }

    private static void checkReferences(List<Cohort> cohorts, List<PredictorSpecification> predictors,
            List<Signature> signatures, CombinedModel model, List<CohortCalibration> calibration,
            List<CohortDecisionCurve> dca, List<CohortRoc> roc, List<PerformanceRow> performance) {
        Set<String> cohortNames = new HashSet<>();
        for (Cohort c : cohorts) {
            if (!cohortNames.add(c.name())) {
                throw invalid("cohorts", "lists the cohort \"" + c.name() + "\" twice");
            }
        }
        calibration.forEach(c -> cohortKnown(cohortNames, "calibration[].cohort", c.cohort()));
        // only the training cohort has one: the bootstrap resamples the rows the model was fitted on
        if (calibration.stream().filter(c -> c.biasCorrected() != null).count() > 1) {
            throw invalid("calibration[].biasCorrected", "is for the training cohort only, but several cohorts have"
                    + " one");
        }
        dca.forEach(d -> cohortKnown(cohortNames, "dca[].cohort", d.cohort()));
        Set<String> rocCohorts = new HashSet<>();
        for (CohortRoc r : roc) {
            cohortKnown(cohortNames, "roc[].cohort", r.cohort());
            if (!rocCohorts.add(r.cohort())) {
                throw invalid("roc", "lists the cohort \"" + r.cohort() + "\" twice");
            }
        }
        performance.forEach(p -> cohortKnown(cohortNames, "performance[].cohort", p.cohort()));
        Map<String, PredictorSpecification> byId = new HashMap<>();
        for (PredictorSpecification p : predictors) {
            if (byId.put(p.id(), p) != null) {
                throw invalid("predictors", "lists the id \"" + p.id() + "\" twice");
            }
        }
        Set<String> signatureNames = new HashSet<>();
        for (Signature s : signatures) {
            if (!signatureNames.add(s.name())) {
                throw invalid("signatures", "lists the signature \"" + s.name() + "\" twice");
            }
            if (s.predictor() != null && (byId.get(s.predictor()) == null
                    || byId.get(s.predictor()).source() != PredictorSpecification.Source.MODEL_SCORE)) {
                throw invalid("signatures[" + s.name() + "].predictor", "must be the id of a predictor with source"
                        + " model_score, not \"" + s.predictor() + "\"");
            }
        }
        checkTerms(model, byId);
    }

    private static void checkTerms(CombinedModel model, Map<String, PredictorSpecification> byId) {
        Map<String, Set<Double>> levelsUsed = new HashMap<>();
        for (CombinedModel.Term t : model.terms().subList(1, model.terms().size())) {
            String f = "combinedModel.terms[" + t.name() + "].";
            PredictorSpecification p = byId.get(t.predictor());
            if (p == null) {
                throw invalid(f + "predictor", "names \"" + t.predictor() + "\", which is not among the predictors");
            }
            Set<Double> used = levelsUsed.computeIfAbsent(p.id(), k -> new HashSet<>());
            if (p.categorical()) {
                boolean known = p.levels().stream().skip(1).anyMatch(l -> l.value().equals(t.level()));
                if (t.level() == null || !known) {
                    throw invalid(f + "level", "must be one of the non-reference levels of \"" + p.id() + "\"");
                }
                if (!used.add(t.level())) {
                    throw invalid(f + "level", "is used by two terms");
                }
            } else {
                if (t.level() != null) {
                    throw invalid(f + "level", "is only for categorical predictors");
                }
                if (!used.add(Double.NaN)) {
                    throw invalid(f + "predictor", "\"" + p.id() + "\" is numeric and may have only one term");
                }
            }
        }
    }

    private static void cohortKnown(Set<String> cohorts, String field, String cohort) {
        if (!cohorts.contains(cohort)) {
            throw invalid(field, "names \"" + cohort + "\", which is not among the cohorts " + cohorts);
        }
    }
}
