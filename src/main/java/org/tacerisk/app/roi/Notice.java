package org.tacerisk.app.roi;

import org.tacerisk.roi.RoiToolException;

/**
 * What an ROI action reports to the user, as a resource key and its arguments, worded by the workspace: a result
 * ("grown: 12.3 mL") or a refusal ("the region leaked beyond 150 mL …").
 *
 * @param problem true when the action was refused or changed nothing the user wanted
 */
public record Notice(boolean problem, String key, Object... args) {

    public static Notice info(String key, Object... args) {
        return new Notice(false, key, args);
    }

    public static Notice problem(String key, Object... args) {
        return new Notice(true, key, args);
    }

    /** A refusal of a core tool, keyed by its problem ("roi.problem.SEED_OUTSIDE_RANGE") with its values. */
    public static Notice of(RoiToolException e) {
        return new Notice(true, "roi.problem." + e.problem().name(), e.values().toArray());
    }
}
