package org.tacerisk.app;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The active model bundle as a card: name, version, intended use, the SYNTHETIC label when the bundle says so, where
 * it was loaded from, and "Load model bundle…". Shown on the start screen and in the case panel.
 */
final class BundleCard {

    private final Messages text;
    private final VBox node = new VBox(6);
    private final Label name = new Label();
    private final Label version = new Label();
    private final Label synthetic = new Label();
    private final Label use = new Label();
    private final Label notUse = new Label();
    private final Label source = new Label();

    /** @param idPrefix distinguishes the cards' node ids ("start", "case") */
    BundleCard(Messages text, String idPrefix, Runnable onLoad) {
        this.text = text;
        node.setId(idPrefix + "BundleCard");
        node.getStyleClass().add("card");
        Label heading = new Label(text.get("bundle.heading"));
        heading.getStyleClass().add("card-heading");
        name.setId(idPrefix + "BundleName");
        name.getStyleClass().add("bundle-name");
        name.setWrapText(true);
        version.setId(idPrefix + "BundleVersion");
        synthetic.setId(idPrefix + "BundleSynthetic");
        synthetic.getStyleClass().add("synthetic-badge");
        synthetic.setWrapText(true);
        synthetic.setMinHeight(Region.USE_PREF_SIZE);
        use.setId(idPrefix + "BundleUse");
        use.setWrapText(true);
        use.setMinHeight(Region.USE_PREF_SIZE);
        notUse.setWrapText(true);
        notUse.setMinHeight(Region.USE_PREF_SIZE);
        notUse.getStyleClass().add("secondary");
        source.getStyleClass().add("secondary");
        source.setWrapText(true);
        source.setMinHeight(Region.USE_PREF_SIZE);
        Button load = new Button(text.get("bundle.load"));
        load.setId(idPrefix + "BundleLoad");
        load.setOnAction(e -> onLoad.run());
        node.getChildren().addAll(heading, name, version, synthetic, use, notUse, source, load);
        show(null, null);
    }

    VBox node() {
        return node;
    }

    /**
     * @param missing where the default bundle was looked for when there is none, or null
     */
    void show(BundleSummary summary, Path missing) {
        if (summary == null) {
            name.setText(text.get("bundle.none"));
            version.setText("");
            use.setText(missing == null ? text.get("bundle.noneAdvice") : text.get("bundle.missing", missing));
            notUse.setText("");
            source.setText("");
        } else {
            name.setText(summary.name());
            version.setText(text.get("bundle.version", summary.version()));
            use.setText(text.get("bundle.intendedUse", summary.intendedUse()));
            notUse.setText(summary.notIntendedUse() == null ? "" : text.get("bundle.notIntendedUse",
                    summary.notIntendedUse()));
            source.setText(text.get("bundle.source", summary.source()));
        }
        boolean badge = summary != null && summary.synthetic();
        synthetic.setText(badge ? summary.label(text) : "");
        synthetic.setVisible(badge);
        synthetic.setManaged(badge);
    }
}
