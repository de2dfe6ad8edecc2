package org.tacerisk.app;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.tacerisk.app.result.ResultPanel;
import org.tacerisk.app.figure.NomogramView;
import org.tacerisk.app.inputs.ClinicalInputs;
import org.tacerisk.app.inputs.InputsForm;
import org.tacerisk.casefile.EnteredValue;
import org.tacerisk.common.DisplayNumbers;
import org.tacerisk.image.Mask;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.predict.CaseMeasurement;
import org.tacerisk.predict.CasePrediction;
import org.tacerisk.predict.CasePredictor;
import org.tacerisk.roi.MaskChange;

/**
 * The case on the right (issue 14): the clinical inputs form generated from the bundle, Compute, the result, and
 * the nomogram with the patient's markers. Compute runs step 1 (features, deep model, scores) in the background
 * once per outline version, with progress and cancel; every edit of a value, or drag of a marker, reruns only
 * step 2 on the FX thread, so the UI never waits on step 1. See {@link CaseCompute} for the patient / what-if rule.
 */
final class CasePanel {

    /** Continuous values dragged on the nomogram are rounded to this many significant digits for the form. */
    static final int DRAGGED_DIGITS = 3;
    /** Buttons, the result's title, the probability, its CI and the risk group. */
    static final double RESULT_MIN_HEIGHT = 235;

    private final Messages text;
    private final BackgroundWork work;
    private final VBox formHolder = new VBox();
    private final VBox resultNode = new VBox(8);
    private final Button computeButton;
    private final Button resetButton;
    private final javafx.scene.control.ToggleButton enlargeButton;
    private final Button saliencyButton;
    private org.tacerisk.app.viewer.CtViewer viewer;
    private final ResultPanel result;
    private final javafx.scene.layout.StackPane tabs = new javafx.scene.layout.StackPane();
    private org.tacerisk.app.figure.ModelFigures figures;
    private final Consumer<MaskChange> maskListener = change -> outlineChanged();
    private ModelBundle bundle;
    private CaseCompute compute;
    private InputsForm form;
    private NomogramView nomogram;
    private List<PredictorSpecification> predictors = List.of();
    private TumourOutline outline;
    private CasePrediction shown;
    private Runnable onChange = () -> { };
    private final org.tacerisk.audit.AuditLog audit;
    /** The audit's hash of the image and outline measured last (made in the background with the measurement). */
    private String measuredCaseHash;

    private record Measured(CaseMeasurement measurement, String caseHash) {
    }

    CasePanel(Messages text, BackgroundWork work) {
        this(text, work, null);
    }

    /** {@code audit}: where Compute records the patient's prediction before showing it (null: not recorded). */
    CasePanel(Messages text, BackgroundWork work, org.tacerisk.audit.AuditLog audit) {
        this.text = text;
        this.work = work;
        this.audit = audit;
        computeButton = new Button(text.get("case.compute"));
        computeButton.setId("computeButton");
        computeButton.setDefaultButton(false);
        computeButton.setTooltip(new Tooltip(text.get("case.compute.tooltip")));
        computeButton.setOnAction(e -> compute());
        resetButton = new Button(text.get("case.resetToPatient"));
        resetButton.setId("resetToPatient");
        resetButton.setOnAction(e -> resetToPatient());
        showNode(resetButton, false);
        enlargeButton = new javafx.scene.control.ToggleButton(text.get("case.enlarge"));
        enlargeButton.setId("enlargeFigures");
        enlargeButton.setTooltip(new Tooltip(text.get("case.enlarge.tooltip")));
        saliencyButton = new Button(text.get("case.saliency"));
        saliencyButton.setId("saliencyButton");
        saliencyButton.setTooltip(new Tooltip(text.get("case.saliency.tooltip")));
        saliencyButton.setOnAction(e -> toggleSaliency());
        result = new ResultPanel(text::get);
        formHolder.setId("inputsHolder");
        resultNode.setId("caseResult");
        resultNode.getStyleClass().add("case-result");
        resultNode.setPadding(new Insets(8, 10, 8, 10));
        ScrollPane resultScroll = new ScrollPane(result);
        resultScroll.setId("resultScroll");
        resultScroll.setFitToWidth(true);
        resultScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(resultScroll, javafx.scene.layout.Priority.ALWAYS);
        // the probability, its CI and the risk group stay in sight whatever the dividers
        resultNode.setMinHeight(RESULT_MIN_HEIGHT);
        // the buttons wrap onto a second line rather than being cut in a narrow panel or in Chinese
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 6, computeButton, resetButton,
                saliencyButton, enlargeButton);
        actions.setId("caseActions");
        for (Node b : actions.getChildren()) {
            ((javafx.scene.control.Control) b).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        resultNode.getChildren().addAll(actions, resultScroll);
        tabs.setId("figures");
        tabs.setMinSize(0, 0);
    }

    /** The clinical inputs form (scrolls with the outline's measurements). */
    Node inputsNode() {
        return formHolder;
    }

    /** Compute, reset to patient and the result (always in sight under the inputs). */
    Node resultNode() {
        return resultNode;
    }

    /** The nomogram and the model's figures (the lower part, or the centre when enlarged). */
    javafx.scene.layout.StackPane tabs() {
        return tabs;
    }

    /** The window's "enlarge figures" action (the button and Ctrl+E). */
    void onEnlarge(Runnable action) {
        enlargeButton.setOnAction(e -> action.run());
    }

    void showEnlarged(boolean enlarged) {
        enlargeButton.setSelected(enlarged);
    }

    /** Called after every change a case file would keep (values, result): the window marks the case unsaved. */
    void onChange(Runnable listener) {
        onChange = listener;
    }

    /** The bundle's form, predictor and nomogram replace the previous bundle's; earlier results are dropped. */
    void useBundle(ModelBundle loaded) {
        List<EnteredValue> typed = form == null ? List.of() : form.enteredValues();
        if (compute != null) {
            compute.predictor().close();
        }
        bundle = loaded;
        compute = new CaseCompute(CasePredictor.open(loaded));
        measuredCaseHash = null;
        predictors = loaded.predictor().predictors();
        form = new InputsForm(new ClinicalInputs(predictors), text::get);
        form.enteredProperty().addListener((o, was, now) -> valuesEdited());
        formHolder.getChildren().setAll(form);
        // values typed for the previous bundle stay where this bundle has the same predictor
        typed.stream().filter(v -> predictors.stream().anyMatch(p -> p.id().equals(v.predictorId())))
                .forEach(form::setEntry);
        nomogram = NomogramView.of(loaded.predictor(), text::get);
        nomogram.setOnValueDragged(this::markerDragged);
        nomogram.setMarkersVisible(false); // no patient yet
        figures = new org.tacerisk.app.figure.ModelFigures(loaded, text::get, text.locale());
        figures.setNomogram(nomogram);
        tabs.getChildren().setAll(figures.node());
        shown = null;
        result.showNothing();
        showNode(resetButton, false);
        CasePredictor predictor = compute.predictor();
        // the deep model opens while the radiologist outlines (a second the first time), not in the first Compute
        work.run(text.get("work.prepare"), text.get("problem.title.bundle"), p -> {
            predictor.prepare();
            return predictor;
        }, p -> { });
    }

    /** The open series' outline (its changes make a result out of date) and the viewer it is drawn on. */
    void attach(TumourOutline opened, org.tacerisk.app.viewer.CtViewer shownIn) {
        detach();
        outline = opened;
        measuredCaseHash = null;
        viewer = shownIn;
        outline.mask().addChangeListener(maskListener);
        if (compute != null) {
            compute.maskChanged();
        }
        shown = null;
        result.showNothing();
        if (nomogram != null) {
            nomogram.setMarkersVisible(false);
            figures.clearPatient();
        }
    }

    void detach() {
        if (outline != null) {
            outline.mask().removeChangeListener(maskListener);
            outline = null;
        }
    }

    /**
     * Compute: step 1 for the outline now when it has no measurement yet (background, progress, cancel), then
     * step 2; the values now become the patient's.
     */
    void compute() {
        if (compute == null) {
            result.showFailure(text.get("case.noBundle"));
            return;
        }
        ClinicalInputs.Entered entered = form.enteredProperty().get();
        if (!entered.complete()) {
            result.showFailure(incomplete(entered));
            String first = entered.missing().isEmpty() ? entered.wrong().get(0) : entered.missing().get(0);
            revealField(first);
            return;
        }
        if (!compute.needsMeasurement()) {
            keep(entered.values());
            return;
        }
        if (outline == null || outline.mask().isEmpty()) {
            result.showFailure(text.get("case.noOutline"));
            return;
        }
        Mask mask = outline.toMask();
        long version = compute.maskVersion();
        CaseCompute target = compute;
        org.tacerisk.image.Volume ct = outline.series().volume();
        result.showComputing();
        work.run(text.get("work.measure"), text.get("problem.title.compute"),
                p -> new Measured(target.predictor().measure(ct, mask, p),
                        org.tacerisk.audit.AuditedPrediction.caseHash(ct, mask)), m -> {
                    if (target != compute) {
                        return; // the bundle changed meanwhile
                    }
                    compute.measured(m.measurement(), version);
                    measuredCaseHash = m.caseHash();
                    keep(entered.values());
                });
    }

    /** A saved case: its values as typed and, when measured with this bundle, its measurement (no step 1). */
    void restore(List<EnteredValue> values, CaseMeasurement measurement) {
        measuredCaseHash = null;
        form.clearEntries();
        values.forEach(form::setEntry);
        if (measurement != null && measurement.manifestSha256().equals(bundle.manifestSha256())) {
            compute.restoreMeasurement(measurement);
            ClinicalInputs.Entered entered = form.enteredProperty().get();
            if (entered.complete()) {
                keep(entered.values());
            }
        }
    }

    /**
     * The deep model's occlusion saliency of the tumour on the viewer: computed in the background the first time
     * for an outline version, shown or hidden after that.
     */
    void toggleSaliency() {
        if (viewer == null || outline == null || bundle == null) {
            return;
        }
        if (viewer.heatMap() != null) {
            viewer.setHeatMapVisible(!viewer.isHeatMapVisible());
            return;
        }
        if (outline.mask().isEmpty()) {
            result.showFailure(text.get("case.noOutline"));
            return;
        }
        Mask mask = outline.toMask();
        org.tacerisk.image.Volume ct = outline.series().volume();
        ModelBundle used = bundle;
        org.tacerisk.app.viewer.CtViewer target = viewer;
        long version = compute.maskVersion();
        work.run(text.get("work.saliency"), text.get("problem.title.saliency"),
                p -> org.tacerisk.predict.CaseSaliency.compute(used, ct, mask, p), map -> {
                    if (target == viewer && used == bundle && version == compute.maskVersion()) {
                        viewer.setHeatMap(map);
                        viewer.setHeatMapVisible(true);
                    }
                });
    }

    /** The saliency shown on the viewer now (the report shows it too), or null. */
    org.tacerisk.deep.SaliencyMap shownSaliency() {
        return viewer != null && viewer.heatMap() != null && viewer.isHeatMapVisible() ? viewer.heatMap() : null;
    }

    void resetToPatient() {
        if (compute == null || !compute.hasPatient()) {
            return;
        }
        Map<String, Double> patient = compute.resetToPatient();
        patient.forEach(form::setValue);
        refresh();
    }

    // ---- what the case file and the tests read ----

    List<EnteredValue> enteredValues() {
        return form == null ? List.of() : form.enteredValues();
    }

    /** Step 1's result when it describes the outline now, else null. */
    CaseMeasurement measurement() {
        return compute == null || compute.stale() ? null : compute.measurement();
    }

    /** The prediction for the patient's values (not a what-if), or null. */
    CasePrediction patientPrediction() {
        if (compute == null || !compute.hasPatient() || compute.stale() || compute.measurement() == null) {
            return null;
        }
        return compute.predictor().predict(compute.measurement(), compute.patientValues());
    }

    /** What the panel shows now (possibly a what-if), or null. */
    CasePrediction shown() {
        return shown;
    }

    /** True when a result exists but the outline changed after it was measured. */
    boolean stale() {
        return compute != null && compute.stale();
    }

    boolean whatIf() {
        return compute != null && compute.whatIf();
    }

    InputsForm form() {
        return form;
    }

    NomogramView nomogram() {
        return nomogram;
    }

    ModelBundle bundle() {
        return bundle;
    }

    void close() {
        detach();
        if (compute != null) {
            compute.predictor().close();
        }
    }

    // ---- events ----

    private void keep(Map<String, Double> values) {
        compute.keepAsPatient(values);
        if (!recorded()) {
            return;
        }
        refresh();
        onChange.run();
    }

    /**
     * Records the patient's prediction (Compute; what-if edits are not recorded) in the audit log before it is
     * shown; when that fails, the result is not shown and the panel says why (docs/audit.md).
     */
    private boolean recorded() {
        if (audit == null) {
            return true;
        }
        CasePrediction patient;
        try {
            patient = compute.predictNow();
        } catch (RuntimeException e) {
            return true; // nothing to record: refresh() shows the problem
        }
        try {
            String caseHash = outline == null ? null : !compute.stale() && measuredCaseHash != null ? measuredCaseHash
                    : org.tacerisk.audit.AuditedPrediction.caseHash(outline.series().volume(), outline.toMask());
            String patientId = outline == null || outline.series().reference() == null ? null
                    : outline.series().reference().patientStudy().patientId();
            audit.append(new org.tacerisk.audit.AuditedPrediction("workstation", bundle, patient, caseHash,
                    patientId));
            return true;
        } catch (org.tacerisk.audit.AuditFailure e) {
            result.showFailure(text.get("audit.notRecorded", e.log()));
            return false;
        }
    }

    private void valuesEdited() {
        ClinicalInputs.Entered entered = form.enteredProperty().get();
        onChange.run();
        if (compute == null || !compute.hasPatient()) {
            return;
        }
        if (!entered.complete()) {
            result.showFailure(incomplete(entered));
            return;
        }
        compute.entered(entered.values());
        refresh();
    }

    /** A nomogram marker moved to {@code value} on {@code axis} (the view calls it while dragging; tests too). */
    void markerDragged(int axis, double value) {
        PredictorSpecification p = predictors.get(axis);
        if (CaseCompute.entered(p)) {
            double shownValue = p.categorical() || p.type() == PredictorSpecification.Type.INTEGER ? value
                    : Double.parseDouble(DisplayNumbers.significant(value, DRAGGED_DIGITS));
            form.setValue(p.id(), shownValue);
        } else if (compute.hasPatient()) {
            compute.override(p.id(), value);
            refresh();
        }
    }

    /** The outline changed (every edit; the timings harness calls it too): the result is out of date. */
    void outlineChanged() {
        if (compute == null) {
            return;
        }
        compute.maskChanged();
        if (viewer != null && viewer.heatMap() != null) {
            viewer.setHeatMap(null); // the saliency of another outline
        }
        onChange.run();
        if (shown != null) {
            result.showStale(text.get("case.stale"));
        }
    }

    /** Step 2 for the values shown now; result, markers and read-only rows follow. */
    private void refresh() {
        CasePrediction p;
        try {
            p = compute.predictNow();
        } catch (RuntimeException e) {
            result.showFailure(Problem.of(text.get("problem.title.compute"), e, text).message());
            return;
        }
        if (p == null) {
            return;
        }
        shown = p;
        result.show(p, bundle.manifest());
        result.showWhatIf(compute.whatIf());
        double[] values = new double[predictors.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = p.inputs().get(predictors.get(k).id());
        }
        nomogram.setPatient(values);
        nomogram.setMarkersVisible(true);
        figures.showPatient(p.prediction().probability());
        form.showComputed(p.inputs());
        showNode(resetButton, compute.whatIf());
        if (compute.stale()) {
            result.showStale(text.get("case.stale"));
        }
    }

    /** Scrolls the inputs so that the field of predictor {@code id} is in sight, and puts the cursor in it. */
    void revealField(String id) {
        Node field = formHolder.lookup("#input-" + id);
        if (field == null) {
            return;
        }
        for (Node n = formHolder; n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll && scroll.getContent() != null) {
                javafx.geometry.Bounds at = scroll.getContent().sceneToLocal(field.localToScene(
                        field.getBoundsInLocal()));
                double hidden = scroll.getContent().getBoundsInLocal().getHeight()
                        - scroll.getViewportBounds().getHeight();
                if (hidden > 0) {
                    scroll.setVvalue(Math.max(0, Math.min(1, (at.getMinY() - 40) / hidden)));
                }
                break;
            }
        }
        field.requestFocus();
    }

    private String incomplete(ClinicalInputs.Entered entered) {
        String missing = entered.missing().isEmpty() ? "" : text.get("case.missing", labels(entered.missing()));
        String wrong = entered.wrong().isEmpty() ? "" : text.get("case.invalid", labels(entered.wrong()));
        return text.get("case.incomplete") + " " + (missing + " " + wrong).strip();
    }

    private String labels(List<String> ids) {
        return String.join(", ", ids.stream().map(id -> predictors.stream().filter(p -> p.id().equals(id))
                .findFirst().map(PredictorSpecification::label).orElse(id)).toList());
    }

    private static void showNode(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }
}
