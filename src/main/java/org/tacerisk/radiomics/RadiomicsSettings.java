package org.tacerisk.radiomics;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Everything that decides how an ROI becomes feature values: the IBSI-1 processing chain (interpolation,
 * re-segmentation, discretisation), IVH discretisation, texture aggregation approaches and parameters, and which
 * families to compute. Immutable; read and written as YAML by {@link RadiomicsSettingsYaml} (keys documented in
 * docs/radiomics-settings.md), so the same file reproduces the same numbers.
 *
 * @param interpolation  interpolation to a new grid, or {@link InterpolationSettings#none()}
 * @param resegmentation range and outlier re-segmentation of the intensity mask
 * @param discretisation texture and intensity-histogram discretisation
 * @param ivh            IVH discretisation; for NONE and FIXED_BIN_SIZE a missing bound is taken from the
 *                       re-segmentation range (IBSI configuration C: G starts at the range's lower bound)
 * @param approaches     texture aggregation approaches (2D, 2.5D, 3D)
 * @param texture        texture parameters (distances, symmetry, α)
 * @param families       the families to compute (on the original image; see {@link ImageTypes} for filtered ones)
 * @param imageTypes     the original image and/or IBSI-2 filter response maps to compute features on; null means
 *                       {@link ImageTypes#originalOnly()}
 * @param conventions    IBSI (default) or PyRadiomics definitions (docs/pyradiomics.md); null means IBSI
 * @param pyradiomics    what a PyRadiomics parameter file adds (feature selection, voxelArrayShift, ...), used in
 *                       PyRadiomics conventions; null means {@link PyRadiomicsOptions#defaults()}
 */
public record RadiomicsSettings(InterpolationSettings interpolation, ResegmentationSettings resegmentation,
        Discretisation discretisation, IvhDiscretisation ivh, Set<Approach> approaches, TextureParameters texture,
        Set<Family> families, ImageTypes imageTypes, Conventions conventions, PyRadiomicsOptions pyradiomics) {

    /** Settings in IBSI conventions (the form used before the conventions switch existed). */
    public RadiomicsSettings(InterpolationSettings interpolation, ResegmentationSettings resegmentation,
            Discretisation discretisation, IvhDiscretisation ivh, Set<Approach> approaches, TextureParameters texture,
            Set<Family> families, ImageTypes imageTypes) {
        this(interpolation, resegmentation, discretisation, ivh, approaches, texture, families, imageTypes,
                Conventions.IBSI, null);
    }

    /** Settings for the original image only (the form used before filtered image types existed). */
    public RadiomicsSettings(InterpolationSettings interpolation, ResegmentationSettings resegmentation,
            Discretisation discretisation, IvhDiscretisation ivh, Set<Approach> approaches, TextureParameters texture,
            Set<Family> families) {
        this(interpolation, resegmentation, discretisation, ivh, approaches, texture, families,
                ImageTypes.originalOnly());
    }

    public RadiomicsSettings {
        Objects.requireNonNull(interpolation, "interpolation");
        Objects.requireNonNull(resegmentation, "resegmentation");
        Objects.requireNonNull(discretisation, "discretisation");
        Objects.requireNonNull(ivh, "ivh");
        Objects.requireNonNull(texture, "texture");
        approaches = sorted(approaches, Approach.class, "approaches");
        families = sorted(families, Family.class, "families");
        validateIvh(ivh);
        ivh = normalised(ivh);
        validateTexture(texture);
        imageTypes = imageTypes == null ? ImageTypes.originalOnly() : imageTypes;
        conventions = conventions == null ? Conventions.IBSI : conventions;
        pyradiomics = pyradiomics == null ? PyRadiomicsOptions.defaults() : pyradiomics;
        if (!imageTypes.filters().isEmpty() && imageTypes.filteredFamilies(families).isEmpty()) {
            throw new IllegalArgumentException("filtered image types need at least one family besides MORPHOLOGY;"
                    + " add families or set imageTypes.families");
        }
    }

    /**
     * Defaults used for every key a settings file leaves out: no interpolation, no re-segmentation, fixed bin
     * number 32, IVH on the intensities as they are, 3D texture with IBSI's parameters, all families.
     */
    public static RadiomicsSettings defaults() {
        return new RadiomicsSettings(InterpolationSettings.none(), ResegmentationSettings.none(),
                Discretisation.fixedBinNumber(32), IvhDiscretisation.none(null, null), Set.of(Approach.THREE_D),
                TextureParameters.ibsiDefaults(), EnumSet.allOf(Family.class));
    }

    /** Reads a TACE-Risk settings file; unknown or misspelt keys are rejected (see {@link RadiomicsSettingsYaml}). */
    public static RadiomicsSettings read(Path file) {
        return RadiomicsSettingsYaml.read(file);
    }

    /** Writes these settings as YAML (every key, so the file documents what was used). */
    public void write(Path file) {
        RadiomicsSettingsYaml.write(this, file);
    }

    /** Maps a PyRadiomics parameter file; the result lists what could not be mapped. */
    public static PyRadiomicsImport fromPyRadiomics(Path file) {
        return PyRadiomicsParameters.read(file);
    }

    /**
     * As {@link #fromPyRadiomics(Path)} for an image stored as 32-bit float when {@code float32Image}: PyWavelets
     * then computes the wavelet in float32, which these settings reproduce.
     */
    public static PyRadiomicsImport fromPyRadiomics(Path file, boolean float32Image) {
        return PyRadiomicsParameters.read(file, float32Image);
    }

    public RadiomicsSettings withInterpolation(InterpolationSettings value) {
        return new RadiomicsSettings(value, resegmentation, discretisation, ivh, approaches, texture, families,
                imageTypes, conventions, pyradiomics);
    }

    public RadiomicsSettings withResegmentation(ResegmentationSettings value) {
        return new RadiomicsSettings(interpolation, value, discretisation, ivh, approaches, texture, families,
                imageTypes, conventions, pyradiomics);
    }

    public RadiomicsSettings withDiscretisation(Discretisation value) {
        return new RadiomicsSettings(interpolation, resegmentation, value, ivh, approaches, texture, families,
                imageTypes, conventions, pyradiomics);
    }

    public RadiomicsSettings withIvh(IvhDiscretisation value) {
        return new RadiomicsSettings(interpolation, resegmentation, discretisation, value, approaches, texture,
                families, imageTypes, conventions, pyradiomics);
    }

    public RadiomicsSettings withApproaches(Set<Approach> value) {
        return new RadiomicsSettings(interpolation, resegmentation, discretisation, ivh, value, texture, families,
                imageTypes, conventions, pyradiomics);
    }

    public RadiomicsSettings withFamilies(Set<Family> value) {
        return new RadiomicsSettings(interpolation, resegmentation, discretisation, ivh, approaches, texture, value,
                imageTypes, conventions, pyradiomics);
    }

    public RadiomicsSettings withImageTypes(ImageTypes value) {
        return new RadiomicsSettings(interpolation, resegmentation, discretisation, ivh, approaches, texture, families,
                value, conventions, pyradiomics);
    }

    public RadiomicsSettings withTexture(TextureParameters value) {
        return new RadiomicsSettings(interpolation, resegmentation, discretisation, ivh, approaches, value, families,
                imageTypes, conventions, pyradiomics);
    }

    public RadiomicsSettings withConventions(Conventions value) {
        return new RadiomicsSettings(interpolation, resegmentation, discretisation, ivh, approaches, texture, families,
                imageTypes, value, pyradiomics);
    }

    public RadiomicsSettings withPyRadiomics(PyRadiomicsOptions value) {
        return new RadiomicsSettings(interpolation, resegmentation, discretisation, ivh, approaches, texture, families,
                imageTypes, conventions, value);
    }

    /** True in PyRadiomics conventions. */
    public boolean pyradiomicsConventions() {
        return conventions == Conventions.PYRADIOMICS;
    }

    /**
     * Whether PyRadiomics' wavelet is computed in float32 ({@link PyRadiomicsOptions#singlePrecisionWavelet}), or
     * null where the image file's type does not decide it: no PyRadiomics wavelet, or a normalised image (double
     * whatever the file stores).
     */
    public Boolean pyRadiomicsWaveletSinglePrecision() {
        boolean wavelet = imageTypes.filters().stream().anyMatch(e -> e.filter().equals("pyradiomics-wavelet"));
        return wavelet && !pyradiomics.normalize() ? pyradiomics.singlePrecisionWavelet() : null;
    }

    /**
     * The IVH discretisation handed to the IVH family. IBSI-1 (IVH section, configurations A–C) takes the intensity
     * range G from the re-segmentation range for calibrated units; with a fixed bin number (configuration E) G is
     * the ROI's own range, so the bounds stay as written.
     */
    public IvhDiscretisation resolvedIvh() {
        if (ivh.method() == IvhDiscretisation.Method.FIXED_BIN_NUMBER) {
            return ivh;
        }
        Double lower = ivh.lowerBound() != null ? ivh.lowerBound() : resegmentation.lower();
        Double upper = ivh.upperBound() != null ? ivh.upperBound() : resegmentation.upper();
        return new IvhDiscretisation(ivh.method(), ivh.binWidth(), ivh.binCount(), lower, upper);
    }

    /** The context every family receives. */
    public FamilyContext familyContext() {
        return new FamilyContext(approaches, texture, resolvedIvh());
    }

    /**
     * The context for filter response maps: the IVH range G is only what the file states explicitly, because the
     * re-segmentation range is in the original image's units, not the response map's (IBSI-2 phase 2 computes the
     * intensity mask on the unfiltered image).
     */
    public FamilyContext filteredFamilyContext() {
        return new FamilyContext(approaches, texture, ivh);
    }

    private static <E extends Enum<E>> Set<E> sorted(Collection<E> values, Class<E> type, String key) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(key + " must name at least one value");
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        for (E value : values) {
            if (value == null) {
                throw new IllegalArgumentException(key + " contains an empty entry");
            }
            set.add(value);
        }
        return Collections.unmodifiableSet(set);
    }

    private static void validateIvh(IvhDiscretisation ivh) {
        if (ivh.method() == null) {
            throw new IllegalArgumentException("ivh.method is required (NONE, FIXED_BIN_SIZE or FIXED_BIN_NUMBER)");
        }
        if (ivh.method() == IvhDiscretisation.Method.FIXED_BIN_SIZE && !(ivh.binWidth() > 0)) {
            throw new IllegalArgumentException("ivh.binWidth must be positive for FIXED_BIN_SIZE, got "
                    + ivh.binWidth());
        }
        if (ivh.method() == IvhDiscretisation.Method.FIXED_BIN_NUMBER && ivh.binCount() < 1) {
            throw new IllegalArgumentException("ivh.binCount must be at least 1 for FIXED_BIN_NUMBER, got "
                    + ivh.binCount());
        }
    }

    /**
     * Sets the parameter the IVH method does not use to its neutral value, so equal settings compare equal: NONE
     * and FIXED_BIN_NUMBER step through (bin) intensities with w_d = 1 (IBSI-1 IVH section), FIXED_BIN_SIZE has no
     * bin count.
     */
    private static IvhDiscretisation normalised(IvhDiscretisation ivh) {
        return switch (ivh.method()) {
            case NONE -> new IvhDiscretisation(ivh.method(), 1, 0, ivh.lowerBound(), ivh.upperBound());
            case FIXED_BIN_NUMBER -> new IvhDiscretisation(ivh.method(), 1, ivh.binCount(), ivh.lowerBound(),
                    ivh.upperBound());
            case FIXED_BIN_SIZE -> new IvhDiscretisation(ivh.method(), ivh.binWidth(), 0, ivh.lowerBound(),
                    ivh.upperBound());
        };
    }

    private static void validateTexture(TextureParameters t) {
        if (t.glcmDistance() < 1 || t.ngtdmDistance() < 1 || t.ngldmDistance() < 1 || t.linkageDistance() < 1) {
            throw new IllegalArgumentException("texture distances must be at least 1, got " + t);
        }
        if (t.ngldmAlpha() < 0) {
            throw new IllegalArgumentException("texture.ngldmAlpha must not be negative, got " + t.ngldmAlpha());
        }
    }
}
