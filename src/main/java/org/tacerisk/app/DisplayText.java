package org.tacerisk.app;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Numbers, dates and names as the workstation shows them (../shared/docs/workstation-ui.md, "Numbers"): mm with one
 * decimal, in-plane pixel spacing with two (it is sub-millimetre: one decimal would show 0.977 mm as 1.0 mm), mL
 * with one, grouped integers; DICOM dates as ISO dates; DICOM person names without their carets.
 */
public final class DisplayText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private DisplayText() {
    }

    /** "2.5 mm". */
    public static String mm(double value, Messages text) {
        return text.get("unit.mm", decimals(value, 1, text));
    }

    /** "0.98 × 0.98 mm" (columns × rows). */
    public static String pixelSpacing(double column, double row, Messages text) {
        return text.get("unit.pixelSpacing", decimals(column, 2, text), decimals(row, 2, text));
    }

    /** "12.3 mL" from mm³. */
    public static String millilitres(double mm3, Messages text) {
        return text.get("unit.mL", decimals(mm3 / 1000, 1, text));
    }

    /** "40 ms" under a second, else "1.2 s". */
    public static String duration(double seconds, Messages text) {
        return seconds < 1 ? text.get("unit.ms", Math.round(seconds * 1000))
                : text.get("unit.s", decimals(seconds, 1, text));
    }

    /** "12,345". */
    public static String count(long n, Messages text) {
        return NumberFormat.getIntegerInstance(text.locale()).format(n);
    }

    static String decimals(double value, int digits, Messages text) {
        NumberFormat f = NumberFormat.getNumberInstance(text.locale());
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(value);
    }

    /** DICOM DA "20240131" → "2024-01-31"; anything else as it is. */
    public static String date(String da) {
        if (da != null && da.matches("\\d{8}")) {
            return da.substring(0, 4) + "-" + da.substring(4, 6) + "-" + da.substring(6);
        }
        return da;
    }

    /** DICOM PN "FAMILY^GIVEN^MIDDLE" → "FAMILY, GIVEN MIDDLE". */
    public static String personName(String pn) {
        if (pn == null || !pn.contains("^")) {
            return pn;
        }
        String[] parts = pn.split("\\^", -1);
        StringBuilder given = new StringBuilder();
        for (int n = 1; n < parts.length; n++) {
            if (!parts[n].isBlank()) {
                given.append(given.length() == 0 ? "" : " ").append(parts[n].trim());
            }
        }
        return given.length() == 0 ? parts[0].trim() : parts[0].trim() + ", " + given;
    }

    /** "2026-12-06 19:45" in the workstation's time zone. */
    public static String when(Instant instant) {
        return WHEN.format(instant);
    }

    /** The folder's last two names, e.g. "exports/CT_2024": enough to recognise it in a short list. */
    public static String shortFolder(Path folder) {
        int n = folder.getNameCount();
        return n <= 2 ? folder.toString() : folder.subpath(n - 2, n).toString();
    }
}
