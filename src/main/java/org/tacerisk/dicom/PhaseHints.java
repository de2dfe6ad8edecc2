package org.tacerisk.dicom;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Contrast phase guessed from SeriesDescription (0008,103E) keywords. Only a hint for choosing a series: the
 * description is free text typed by technologists, in many languages and abbreviations.
 */
public final class PhaseHints {

    public static final String NON_CONTRAST = "non-contrast";
    public static final String ARTERIAL = "arterial";
    public static final String PORTAL_VENOUS = "portal-venous";
    public static final String DELAYED = "delayed";

    // Checked in this order: "non contrast" must win over any later keyword.
    private static final Pattern NON = Pattern.compile(
            "\\b(non[ -]?contrast|non[ -]?enhanced|unenhanced|pre[ -]?contrast|plain|native|nativ|nc|w/?o)\\b");
    private static final Pattern ART = Pattern.compile("\\b(arterial|arteriell|art|hap|late art\\w*|early art\\w*)\\b");
    private static final Pattern PV = Pattern.compile("\\b(portal|portovenous|venous|pv|pvp|venos\\w*)\\b");
    private static final Pattern DEL = Pattern.compile("\\b(delayed?|equilibrium|late|spät|spaet|eq)\\b");

    private PhaseHints() {
    }

    /** One of the constants above, or null when the description gives no hint. */
    public static String fromDescription(String description) {
        if (description == null) {
            return null;
        }
        String d = description.toLowerCase(Locale.ROOT).replace('_', ' ');
        if (NON.matcher(d).find()) {
            return NON_CONTRAST;
        }
        if (ART.matcher(d).find()) {
            return ARTERIAL;
        }
        if (PV.matcher(d).find()) {
            return PORTAL_VENOUS;
        }
        if (DEL.matcher(d).find()) {
            return DELAYED;
        }
        return null;
    }
}
