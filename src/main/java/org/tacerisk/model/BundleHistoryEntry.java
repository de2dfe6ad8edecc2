package org.tacerisk.model;

import static org.tacerisk.model.ManifestChecks.count;
import static org.tacerisk.model.ManifestChecks.invalid;
import static org.tacerisk.model.ManifestChecks.text;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * One step in a bundle's life after its development (schema 1.5, {@code history[]}; docs/model-updating.md): a
 * validation of a bundle on a local cohort, or the update that made this bundle from its parent. An updated bundle
 * carries its parent's history followed by the validation of the parent on the site's cohort and the update itself,
 * so the model card can list every validation and update the coefficients have been through. Aggregates only: no
 * patient data.
 *
 * @param kind                 {@value #VALIDATION} or {@value #UPDATE}
 * @param date                 ISO-8601 date-time with offset
 * @param site                 the site's name as its user gave it (free text, e.g. "Hospital B")
 * @param n                    patients of the local cohort the step used
 * @param events               patients with the outcome among them
 * @param bundleVersion        the version of the bundle validated, or of the parent that was updated
 * @param bundleSha256         that bundle's manifest SHA-256 (lower-case hex): for an update, the parent's
 * @param method               updates: {@code intercept} (recalibration in the large), {@code logistic} (intercept
 *                             and slope) or {@code refit} (every coefficient of the combined model); null for a
 *                             validation
 * @param chosenBy             updates: {@code closed_test} (Vergouwe et al. 2017) or {@code user}; null otherwise
 * @param auc                  validations: the AUC on the cohort; may be null
 * @param calibrationIntercept validations: calibration intercept (calibration in the large); may be null
 * @param calibrationSlope     validations: calibration slope; may be null
 * @param brier                validations: Brier score; may be null
 * @param softwareVersion      the TACE-Risk version that did the step
 * @param note                 one sentence in words (e.g. the adjustment), may be empty
 */
public record BundleHistoryEntry(String kind, String date, String site, Integer n, Integer events,
        String bundleVersion, String bundleSha256, String method, String chosenBy, Double auc,
        Double calibrationIntercept, Double calibrationSlope, Double brier, String softwareVersion, String note) {

    public static final String VALIDATION = "validation";
    public static final String UPDATE = "update";
    public static final String CHOSEN_BY_CLOSED_TEST = "closed_test";
    public static final String CHOSEN_BY_USER = "user";

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final java.util.Set<String> METHODS = java.util.Set.of("intercept", "logistic", "refit");

    public BundleHistoryEntry {
        String f = "history[].";
        if (!VALIDATION.equals(kind) && !UPDATE.equals(kind)) {
            throw invalid(f + "kind", "must be \"" + VALIDATION + "\" or \"" + UPDATE + "\", not \"" + kind + "\"");
        }
        text(f + "date", date);
        try {
            OffsetDateTime.parse(date);
        } catch (DateTimeParseException e) {
            throw invalid(f + "date", "must be an ISO-8601 date-time with offset, not \"" + date + "\"");
        }
        text(f + "site", site);
        count(f + "n", n);
        count(f + "events", events);
        if (events > n) {
            throw invalid(f + "events", "cannot exceed n (" + events + " > " + n + ")");
        }
        text(f + "bundleVersion", bundleVersion);
        if (bundleSha256 == null || !SHA256.matcher(bundleSha256).matches()) {
            throw invalid(f + "bundleSha256", "must be a SHA-256 as 64 lower-case hex digits");
        }
        if (UPDATE.equals(kind)) {
            if (!METHODS.contains(method)) {
                throw invalid(f + "method", "must be one of " + new java.util.TreeSet<>(METHODS) + " for an update,"
                        + " not \"" + method + "\"");
            }
            if (!CHOSEN_BY_CLOSED_TEST.equals(chosenBy) && !CHOSEN_BY_USER.equals(chosenBy)) {
                throw invalid(f + "chosenBy", "must be \"" + CHOSEN_BY_CLOSED_TEST + "\" or \"" + CHOSEN_BY_USER
                        + "\" for an update");
            }
        } else if (method != null || chosenBy != null) {
            throw invalid(f + "method", "and chosenBy are for updates only");
        }
        ManifestChecks.proportionOrNull(f + "auc", auc);
        ManifestChecks.proportionOrNull(f + "brier", brier);
        finiteOrNull(f + "calibrationIntercept", calibrationIntercept);
        finiteOrNull(f + "calibrationSlope", calibrationSlope);
        text(f + "softwareVersion", softwareVersion);
        note = note == null ? "" : note;
    }

    private static void finiteOrNull(String field, Double v) {
        if (v != null && !Double.isFinite(v)) {
            throw invalid(field, "must be a finite number or left out");
        }
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isUpdate() {
        return UPDATE.equals(kind);
    }
}
