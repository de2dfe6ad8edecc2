package org.tacerisk.app;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;
import org.tacerisk.common.Finding;
import org.tacerisk.common.Severity;

/**
 * The small icon of a finding's severity, drawn (no icon font: the workstation runs offline and on fonts without
 * the glyphs): a blue circle with "i", an amber triangle with "!", a red circle with "×". Shape and letter differ,
 * not only the colour, so the icons read in colour-blind vision and in grey prints; the tooltip says the word.
 */
final class SeverityIcon {

    static final double SIZE = 14;

    private SeverityIcon() {
    }

    static Node of(Severity severity, Messages text) {
        Shape shape = severity == Severity.WARNING
                ? new Polygon(SIZE / 2, 0, SIZE, SIZE, 0, SIZE)
                : new Circle(SIZE / 2);
        shape.getStyleClass().add("severity-shape");
        Label mark = new Label(severity == Severity.ERROR ? "×" : severity == Severity.WARNING ? "!" : "i");
        mark.getStyleClass().add("severity-mark");
        StackPane icon = new StackPane(shape, mark);
        icon.getStyleClass().addAll("severity-icon", "severity-" + severity.name().toLowerCase(java.util.Locale.ROOT));
        icon.setMinSize(SIZE, SIZE);
        icon.setMaxSize(SIZE, SIZE);
        Tooltip.install(icon, new Tooltip(text.get("severity." + severity.name())));
        return icon;
    }

    /** One finding as a line: its icon, what is wrong (and in which file), what to do. */
    static HBox findingLine(Finding f, Messages text) {
        String where = f.subject() == null ? "" : " [" + f.subject() + "]";
        Label words = new Label(f.message() + where + (f.advice().isEmpty() ? "" : " — " + f.advice()));
        words.setWrapText(true);
        words.setMinHeight(Region.USE_PREF_SIZE);
        HBox line = new HBox(6, of(f.severity(), text), words);
        line.setAlignment(Pos.TOP_LEFT);
        line.getStyleClass().add("finding-line");
        return line;
    }
}
