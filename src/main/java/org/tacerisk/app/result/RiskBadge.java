package org.tacerisk.app.result;

import java.util.Locale;
import javafx.scene.control.Label;
import org.tacerisk.model.RiskGroups;

/**
 * The risk group as a badge: the bundle's own label with its cut-off range in words ("high (≥ 21.0 %)"), on a
 * colour from a colour-blind-safe blue ↔ orange scale (Okabe–Ito sky blue, a neutral grey in the middle, orange):
 * the lowest group blue, the highest orange, whatever their number. The words always say the group; the colour only
 * repeats it.
 */
final class RiskBadge {

    static final int BLUE = 0x56b4e9;
    static final int GREY = 0xbdbdbd;
    static final int ORANGE = 0xe69f00;

    private RiskBadge() {
    }

    /** The badge of group {@code index} of {@code groups}, style classes "risk-badge" and "risk-group-INDEX". */
    static Label of(RiskGroups groups, int index, ResultText text) {
        Label badge = new Label(words(groups, index, text));
        badge.setId("resultRiskGroup");
        badge.getStyleClass().addAll("risk-badge", "risk-group-" + index);
        badge.setWrapText(true);
        badge.setStyle(String.format(Locale.ROOT, "-fx-background-color: #%06x;", colour(index,
                groups.labels().size())));
        return badge;
    }

    /** "low (< 21.0 %)", "medium (21.0–40.0 %)", "high (≥ 40.0 %)". */
    static String words(RiskGroups groups, int index, ResultText text) {
        String label = groups.labels().get(index);
        Double lower = groups.lowerCutoff(index);
        Double upper = groups.upperCutoff(index);
        if (lower == null && upper == null) {
            return label;
        }
        if (lower == null) {
            return text.get("result.group.below", label, ResultPanel.percent(upper));
        }
        if (upper == null) {
            return text.get("result.group.above", label, ResultPanel.percent(lower));
        }
        return text.get("result.group.between", label, ResultPanel.percent(lower), ResultPanel.percent(upper));
    }

    /** RGB of group {@code index} of {@code count}: blue → grey → orange, evenly spaced. */
    static int colour(int index, int count) {
        if (count < 2) {
            return GREY;
        }
        double t = (double) index / (count - 1);
        return t <= 0.5 ? mix(BLUE, GREY, t * 2) : mix(GREY, ORANGE, t * 2 - 1);
    }

    private static int mix(int a, int b, double f) {
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            out |= (int) Math.round(((a >> shift) & 0xff) * (1 - f) + ((b >> shift) & 0xff) * f) << shift;
        }
        return out;
    }
}
