package org.tacerisk.radiomics;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which images features are computed on (PyRadiomics "image types"): the processed image itself ("original") and
 * any number of IBSI-2 filter response maps. Read from the {@code imageTypes} block of a settings file by
 * {@link ImageTypesYaml}, where shorthands ({@code log: {sigmas_mm: [1, 3, 5]}}, {@code wavelet: {family: coif1,
 * bands: all}}) are expanded into {@link #filters()}.
 *
 * <p>IBSI-2 (phase 2, "image processing" of the CT configurations) filters the image after interpolation and
 * rounding; the ROI masks come from the unfiltered image (re-segmentation uses the original intensities), and the
 * features are computed on the filtered intensities inside that intensity mask.
 *
 * @param original       compute the families of the settings on the original image
 * @param families       families computed on each response map; null: the settings' families without
 *                       MORPHOLOGY (the mask's shape does not change with filtering; PyRadiomics' shape class is
 *                       computed for the original image only)
 * @param discretisation discretisation of response maps for texture and histogram families; null: the settings'
 *                       discretisation. A fixed bin size starts at the response map's ROI minimum, never at the
 *                       re-segmentation bound (that range is in original units)
 * @param filterMarginMm null: filter the whole (interpolated) image, as IBSI-2 does; else only a box of the ROI
 *                       plus this many mm per side (faster on large images; exact while the margin covers the
 *                       filter's support)
 * @param filters        the filtered image types, in output order
 */
public record ImageTypes(boolean original, Set<Family> families, Discretisation discretisation, Double filterMarginMm,
        List<FilterEntry> filters) {

    public ImageTypes {
        filters = List.copyOf(filters == null ? List.of() : filters);
        families = families == null ? null : Collections.unmodifiableSet(families.isEmpty()
                ? EnumSet.noneOf(Family.class) : EnumSet.copyOf(families));
        if (!original && filters.isEmpty()) {
            throw new IllegalArgumentException("imageTypes: original is false and no filter is given; there is no"
                    + " image to compute features on");
        }
        if (families != null && families.isEmpty() && !filters.isEmpty()) {
            throw new IllegalArgumentException("imageTypes.families must name at least one family");
        }
        if (filterMarginMm != null && !(filterMarginMm >= 0) || filterMarginMm != null && filterMarginMm.isInfinite()) {
            throw new IllegalArgumentException("imageTypes.filterMarginMm must be a non-negative number of mm or null,"
                    + " got " + filterMarginMm);
        }
    }

    /** The original image only (no filters): what every settings file without an imageTypes block means. */
    public static ImageTypes originalOnly() {
        return new ImageTypes(true, null, null, null, List.of());
    }

    /** The families for response maps given the settings' families (see {@link #families()}). */
    public Set<Family> filteredFamilies(Set<Family> settingsFamilies) {
        if (families != null) {
            return families;
        }
        EnumSet<Family> out = settingsFamilies.isEmpty() ? EnumSet.noneOf(Family.class)
                : EnumSet.copyOf(settingsFamilies);
        out.remove(Family.MORPHOLOGY);
        return Collections.unmodifiableSet(out);
    }

    /** The discretisation of response maps given the settings' discretisation. */
    public Discretisation filteredDiscretisation(Discretisation settingsDiscretisation) {
        return discretisation != null ? discretisation : settingsDiscretisation;
    }
}
