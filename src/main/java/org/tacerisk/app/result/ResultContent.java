package org.tacerisk.app.result;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;
import org.tacerisk.common.DisplayNumbers;
import org.tacerisk.common.Finding;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.model.Signature;
import org.tacerisk.predict.CasePrediction;

/** The result's nodes, in the order the reader needs them. */
final class ResultContent {

    private ResultContent() {
    }

    /** The prediction's warnings that have a headline in the messages files ({@code finding.CODE}). */
    static final java.util.Set<String> KNOWN_WARNINGS = java.util.Set.of("OUTSIDE_TRAINING_RANGE", "SIZE_DISAGREES",
            "SPACING_FAR_FROM_TRAINING", "UNUSED_INPUT");

    static Node[] build(CasePrediction p, BundleManifest manifest, ResultText text) {
        BundlePrediction b = p.prediction();
        Label probability = ResultPanel.label("resultProbability", "result-probability");
        probability.setText(ResultPanel.percent(b.probability()) + " %"); // the same in every language
        Label ci = ResultPanel.label("resultCi", "result-ci");
        ci.setText(text.get("result.ci", ResultPanel.percent(b.probabilityLow()),
                ResultPanel.percent(b.probabilityHigh())));
        Label groupCaption = ResultPanel.label(null, "result-caption");
        groupCaption.setText(text.get("result.riskGroup"));
        HBox group = new HBox(8, groupCaption, RiskBadge.of(b.riskGroups(), b.riskGroupIndex(), text));
        group.setAlignment(Pos.CENTER_LEFT);
        VBox findings = new VBox(4);
        findings.setId("resultWarnings");
        for (Finding f : p.warnings()) {
            findings.getChildren().add(warningLine(f, text));
        }
        for (String note : p.notes()) {
            Label l = ResultPanel.label(null, "result-note");
            l.setText(text.get("result.note", note));
            findings.getChildren().add(l);
        }
        Label limits = ResultPanel.label("resultIntendedUse", "result-intended-use");
        limits.setText(text.get("result.intendedUse", manifest.intendedUse()));
        VBox top = new VBox(4, probability, ci, group);
        return new Node[] {top, findings, limitsBox(manifest, limits, text), details(p, manifest, text)};
    }

    /** The SYNTHETIC label (the standard one translated, a bundle's own as written) and the intended use. */
    private static VBox limitsBox(BundleManifest manifest, Label intendedUse, ResultText text) {
        VBox box = new VBox(4);
        String label = manifest.label() == null || manifest.label().isBlank()
                ? Boolean.TRUE.equals(manifest.synthetic()) ? BundleManifest.SYNTHETIC_LABEL : null : manifest.label();
        if (label != null) {
            Label synthetic = ResultPanel.label("resultSynthetic", "synthetic-badge");
            synthetic.setText(org.tacerisk.model.BundleTrust.labelIn(label, text.get("bundle.researchLabel"),
                    text.get("bundle.syntheticLabel")));
            box.getChildren().add(synthetic);
        }
        box.getChildren().add(intendedUse);
        return box;
    }

    /** A warning in words behind a drawn warning triangle (shape and "!", not colour alone). */
    private static HBox warningLine(Finding f, ResultText text) {
        Polygon triangle = new Polygon(7, 0, 14, 14, 0, 14);
        triangle.getStyleClass().add("severity-shape");
        Label mark = new Label("!");
        mark.getStyleClass().add("severity-mark");
        StackPane icon = new StackPane(triangle, mark);
        icon.getStyleClass().addAll("severity-icon", "severity-warning");
        icon.setMinSize(14, 14);
        icon.setMaxSize(14, 14);
        Label words = ResultPanel.label(null, "result-warning");
        // the core's words are English; a known warning gets a headline in the window's language first
        String headline = KNOWN_WARNINGS.contains(f.code()) ? text.get("finding." + f.code()) + ": " : "";
        words.setText(headline + f.message() + (f.advice().isEmpty() ? "" : " — " + f.advice()));
        HBox line = new HBox(6, icon, words);
        line.setAlignment(Pos.TOP_LEFT);
        return line;
    }

    /** Signature scores, measured size, points per predictor: two compact columns. */
    private static GridPane details(CasePrediction p, BundleManifest manifest, ResultText text) {
        GridPane grid = new GridPane();
        grid.setId("resultDetails");
        grid.getStyleClass().add("result-details");
        grid.setHgap(10);
        grid.setVgap(2);
        int row = 0;
        for (Signature s : manifest.signatures()) {
            Double score = p.signatureScores().get(s.name());
            if (score != null) {
                row = addRow(grid, row, text.get("result.signature", s.name()), DisplayNumbers.significant(
                        score, 3), "resultScore-" + s.name());
            }
        }
        if (Double.isFinite(p.measuredSizeCm())) {
            row = addRow(grid, row, text.get("result.size"), String.format(Locale.ROOT, "%.1f cm",
                    p.measuredSizeCm()), "resultSize");
        }
        for (BundlePrediction.PredictorPoints points : p.prediction().points()) {
            row = addRow(grid, row, points.label(), text.get("result.pts",
                    String.format(Locale.ROOT, "%.1f", points.points())), "resultPoints-" + points.id());
        }
        addRow(grid, row, text.get("result.totalPoints"), text.get("result.pts", String.format(Locale.ROOT,
                "%.1f", p.prediction().totalPoints())), "resultTotalPoints");
        return grid;
    }

    private static int addRow(GridPane grid, int row, String name, String value, String id) {
        Label n = ResultPanel.label(null, "result-detail-name");
        n.setText(name);
        Label v = ResultPanel.label(id, "result-detail-value");
        v.setText(value);
        v.setWrapText(false);
        v.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(row, n, v);
        return row + 1;
    }
}
