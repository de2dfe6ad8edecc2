package org.tacerisk.app;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.predict.CasePrediction;

/** The case's result area: the prediction, a message instead of it, or its computing / out-of-date state. */
final class ResultView {

    private final Messages text;
    private final VBox node = new VBox(6);
    private final Label summary = new Label();
    private final Label message = new Label();

    ResultView(Messages text) {
        this.text = text;
        summary.setId("resultSummary");
        message.setId("resultMessage");
        message.setWrapText(true);
        summary.setWrapText(true);
        node.getChildren().addAll(summary, message);
        showNothing();
    }

    Node node() {
        return node;
    }

    void showNothing() {
        summary.setText("");
        message.setText(text.get("case.placeholder"));
    }

    void showMessage(String words) {
        message.setText(words);
    }

    void showComputing() {
        message.setText(text.get("case.computing"));
    }

    void showStale(String why) {
        message.setText(why);
    }

    void show(CasePrediction p, BundleManifest manifest, boolean whatIf) {
        var b = p.prediction();
        summary.setText(String.format(java.util.Locale.ROOT, "%.1f %% (95 %% CI %.1f–%.1f %%) · %s",
                100 * b.probability(), 100 * b.probabilityLow(), 100 * b.probabilityHigh(), b.riskGroup()));
        message.setText(whatIf ? text.get("case.whatIf") : "");
    }
}
