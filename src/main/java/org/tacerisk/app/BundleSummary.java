package org.tacerisk.app;

import java.nio.file.Path;
import org.tacerisk.model.BundleManifest;

/**
 * What the workstation shows of the active model bundle: on the start screen's card, in the case panel and in the
 * status bar (name and version, and the SYNTHETIC label on every screen where its numbers appear).
 *
 * @param label the banner the bundle asks to show with every result (its SYNTHETIC label), or null
 */
public record BundleSummary(String name, String version, String intendedUse, String notIntendedUse,
        boolean synthetic, String label, Path source) {

    public static BundleSummary of(BundleManifest m, Path source) {
        boolean synthetic = Boolean.TRUE.equals(m.synthetic());
        String label = m.label() != null && !m.label().isBlank() ? m.label()
                : synthetic ? BundleManifest.SYNTHETIC_LABEL : null;
        return new BundleSummary(m.name(), m.version(), m.intendedUse(), m.notIntendedUse(), synthetic, label,
                source);
    }

    /** The label in the window's language: the standard SYNTHETIC label translated, a bundle's own as written. */
    public String label(Messages text) {
        return org.tacerisk.model.BundleTrust.labelIn(label, text.get("bundle.researchLabel"),
                text.get("bundle.syntheticLabel"));
    }
}
