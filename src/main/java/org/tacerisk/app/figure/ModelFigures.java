package org.tacerisk.app.figure;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.ModelBundle;

/**
 * The model's figures under the patient's result, as tabs: (Nomogram, set by the window,) Calibration, Decision
 * curve, ROC and the Model card, all from the bundle's manifest and drawn by the report's figure code
 * ({@code report.figure}) on the dark theme. Every tab shows the bundle's SYNTHETIC label when it is synthetic. The
 * patient's predicted risk is marked on the calibration plot.
 */
public final class ModelFigures {

    private final TabPane tabs = new TabPane();
    private final BundleManifest manifest;
    private final FigureWords words;
    private final CalibrationView calibration;
    private final DecisionCurveView decisionCurve;
    private final RocView roc;
    private final ModelCard card;
    private Tab nomogramTab;

    /** @param language the screen's language, for the figures' own words (the core's {@code FigureWording}) */
    public ModelFigures(ModelBundle bundle, FigureText text, java.util.Locale language) {
        this.manifest = bundle.manifest();
        this.words = new FigureWords(text, language);
        calibration = new CalibrationView(manifest, words);
        decisionCurve = new DecisionCurveView(manifest, words);
        roc = new RocView(manifest, words);
        card = new ModelCard(manifest, bundle.manifestSha256(), bundle.warnings(), words);
        tabs.setId("modelTabs");
        tabs.getStyleClass().add("model-figures");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("calibrationTab", "modelFigures.tab.calibration", calibration),
                tab("decisionCurveTab", "modelFigures.tab.decisionCurve", decisionCurve),
                tab("rocTab", "modelFigures.tab.roc", roc),
                tab("modelCardTab", "modelFigures.tab.modelCard", card.node()));
    }

    /** The tabs, to put in the window. */
    public Node node() {
        return tabs;
    }

    /**
     * Shows the tab of id {@code tabId} alone, without the tab headers (the presentation's calibration panel, where
     * the figure needs every pixel of a laptop's 768 rows).
     */
    public void showOnly(String tabId) {
        select(tabId);
        tabs.getStyleClass().add("single-figure");
    }

    /** Selects the tab of id {@code tabId} ({@code calibrationTab}, {@code rocTab}, ...); an unknown id is ignored. */
    public void select(String tabId) {
        tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /**
     * Puts {@code nomogram} in a first tab "Nomogram" (replacing the one set before; null removes it), under the
     * SYNTHETIC label when the bundle is synthetic, and selects it.
     */
    public void setNomogram(Node nomogram) {
        tabs.getTabs().remove(nomogramTab);
        nomogramTab = null;
        if (nomogram != null) {
            BorderPane pane = new BorderPane(nomogram);
            if (Boolean.TRUE.equals(manifest.synthetic())) {
                Label badge = new Label(words.syntheticLabel(manifest));
                badge.setId("nomogramSynthetic");
                badge.getStyleClass().add("synthetic-badge");
                badge.setWrapText(true);
                BorderPane.setMargin(badge, new Insets(6, 6, 4, 6));
                pane.setTop(badge);
            }
            nomogramTab = tab("nomogramTab", "modelFigures.tab.nomogram", pane);
            tabs.getTabs().add(0, nomogramTab);
            tabs.getSelectionModel().select(nomogramTab);
        }
    }

    /** Marks the patient's predicted probability (0 to 1) on the calibration plot. */
    public void showPatient(double probability) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("a probability lies in [0, 1], not " + probability);
        }
        calibration.showPatient(probability);
    }

    /** Removes the patient's marks (no result, or the inputs changed). */
    public void clearPatient() {
        calibration.clearPatient();
    }

    CalibrationView calibration() {
        return calibration;
    }

    DecisionCurveView decisionCurve() {
        return decisionCurve;
    }

    RocView roc() {
        return roc;
    }

    private Tab tab(String id, String key, Node content) {
        Tab t = new Tab(words.get(key), content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }
}
