package org.tacerisk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tacerisk.model.BundleHistoryEntry;
import org.tacerisk.model.BundleManifest;

/**
 * The model summary's rows for the validations and updates a bundle has been through (docs/model-updating.md):
 * one row an entry, the first headed "Validations and updates"; none for a bundle as developed.
 */
final class HistoryRows {

    private HistoryRows() {
    }

    static List<String[]> of(BundleManifest m, ReportText text) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < m.history().size(); i++) {
            rows.add(new String[] {i == 0 ? text.get("model.history") : "", line(m.history().get(i), text)});
        }
        return rows;
    }

    private static String line(BundleHistoryEntry e, ReportText text) {
        String date = e.date().substring(0, Math.min(10, e.date().length()));
        return e.isUpdate()
                ? text.get("model.history.update", date, e.site(), text.get("model.method." + e.method()),
                        e.bundleVersion(), e.bundleSha256().substring(0, 12))
                : text.get("model.history.validation", date, e.site(), e.bundleVersion(), number(e.auc(), "%.3f"),
                        number(e.calibrationIntercept(), "%.2f"), number(e.calibrationSlope(), "%.2f"));
    }

    private static String number(Double v, String format) {
        return v == null ? "—" : String.format(Locale.ROOT, format, v);
    }
}
