package org.tacerisk.app.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tacerisk.model.BundleHistoryEntry;
import org.tacerisk.model.BundleManifest;

/**
 * The model card's "Validations and updates" in words, oldest first (no JavaFX types): one line per entry of the
 * bundle's {@code history} (docs/model-updating.md), e.g. "2026-12-07 · validation at Hospital B of 0.4.0: 300
 * cases, 61 events; AUC 0.812, calibration intercept 0.74, slope 0.98" and "2026-12-07 · update at Hospital B:
 * recalibration in the large (chosen by the closed test) of 0.4.0 (SHA-256 3f2a…), fitted on 210 cases, 43
 * events"; or one line saying the bundle is as developed.
 */
final class HistoryLines {

    private HistoryLines() {
    }

    static List<String> of(BundleManifest m, FigureText text) {
        List<String> lines = new ArrayList<>();
        if (m.history().isEmpty()) {
            lines.add(text.get("modelFigures.card.historyNone"));
            return lines;
        }
        for (BundleHistoryEntry e : m.history()) {
            String date = e.date().length() >= 10 ? e.date().substring(0, 10) : e.date();
            if (e.isUpdate()) {
                lines.add(text.get("modelFigures.card.historyUpdate", date, e.site(),
                        text.get("modelFigures.card.method." + e.method()),
                        text.get("modelFigures.card.chosenBy." + e.chosenBy()), e.bundleVersion(),
                        e.bundleSha256().substring(0, 12), String.valueOf(e.n()), String.valueOf(e.events())));
            } else {
                lines.add(text.get("modelFigures.card.historyValidation", date, e.site(), e.bundleVersion(),
                        String.valueOf(e.n()), String.valueOf(e.events()), number(e.auc()),
                        number(e.calibrationIntercept()),
                        number(e.calibrationSlope())));
            }
        }
        return lines;
    }

    private static String number(Double v) {
        return v == null ? FigureFormat.NONE : String.format(Locale.ROOT, "%.3f", v);
    }
}
