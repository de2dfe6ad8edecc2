package org.tacerisk.radiomics;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Finding;

/**
 * The {@code setting:} block of a PyRadiomics parameter file: each key applied to {@link RadiomicsSettings} or
 * {@link PyRadiomicsOptions}, or refused by name when its value asks for something TACE-Risk does not do.
 * Unknown keys are refused (PyRadiomics itself only warns, and a misspelt key then changes nothing silently).
 */
record PyRadiomicsSettingBlock(RadiomicsSettings settings, double voxelArrayShift, int minimumRoiDimensions,
        Integer minimumRoiSize, int padDistance, boolean normalize, double normalizeScale, Double removeOutliers,
        boolean preCrop) {

    /** Every key this reader knows (applied, checked, or read by the image types). */
    static final Set<String> KNOWN = Set.of("binWidth", "binCount", "resampledPixelSpacing", "interpolator",
            "padDistance", "normalize", "normalizeScale", "removeOutliers", "resegmentRange", "resegmentMode",
            "resegmentShape", "label", "force2D", "force2Ddimension", "distances", "symmetricalGLCM", "gldm_a",
            "preCrop", "minimumROIDimensions", "minimumROISize", "correctMask", "geometryTolerance",
            "voxelArrayShift", "weightingNorm", "additionalInfo", "enableCExtensions", "sigma", "wavelet",
            "start_level", "level", "gradientUseSpacing", "lbp2DRadius", "lbp2DSamples", "lbp2DMethod");

    static PyRadiomicsSettingBlock read(JsonNode setting, Path file, List<Finding> findings) {
        for (String key : PyRadiomicsParameters.iterable(setting)) {
            if (!KNOWN.contains(key)) {
                throw new BadInputException(file, "setting." + key + " is not a PyRadiomics setting TACE-Risk knows;"
                        + " check the spelling (known: " + new java.util.TreeSet<>(KNOWN) + ")");
            }
        }
        RadiomicsSettings s = RadiomicsSettings.defaults().withApproaches(Set.of(force2D(setting, file)
                ? Approach.TWO_D : Approach.THREE_D));
        s = discretisation(setting, s, file);
        s = interpolation(setting, s, file);
        s = resegmentation(setting, s, file);
        s = s.withTexture(texture(setting, file));
        refuseUnless(setting, "resegmentShape", false, file, "re-segmenting the shape mask is not supported");
        if (setting.hasNonNull("weightingNorm")) {
            throw new BadInputException(file, "setting.weightingNorm (distance-weighted GLCM/GLRLM) is not"
                    + " supported; remove it to average the directions as PyRadiomics does by default");
        }
        boolean normalize = setting.has("normalize") && bool(setting, "normalize", file);
        for (String key : List.of("normalizeScale", "removeOutliers")) {
            if (setting.hasNonNull(key) && !normalize) {
                findings.add(Finding.info(PyRadiomicsParameters.NO_EFFECT_CODE, "setting." + key + " is used only with"
                        + " normalize: true, as in PyRadiomics").about("setting." + key));
            }
        }
        double scale = setting.hasNonNull("normalizeScale") ? number(setting, "normalizeScale", file) : 1;
        Double outliers = setting.hasNonNull("removeOutliers") ? number(setting, "removeOutliers", file) : null;
        if (!(scale > 0) || (outliers != null && !(outliers > 0))) {
            throw new BadInputException(file, "setting.normalizeScale and setting.removeOutliers must be positive"
                    + " numbers (got " + scale + " and " + outliers + ")");
        }
        boolean preCrop = setting.has("preCrop") && bool(setting, "preCrop", file);
        if (preCrop && s.interpolation().enabled()) {
            findings.add(Finding.info(PyRadiomicsParameters.NO_EFFECT_CODE, "setting.preCrop changes nothing with"
                    + " resampledPixelSpacing: resampling already crops to the ROI box + padDistance, as in"
                    + " PyRadiomics").about("setting.preCrop"));
        }
        int dims = setting.has("minimumROIDimensions") ? whole(setting, "minimumROIDimensions", file) : 2;
        Integer size = setting.hasNonNull("minimumROISize") ? whole(setting, "minimumROISize", file) : null;
        int pad = setting.has("padDistance") ? whole(setting, "padDistance", file) : 5;
        double shift = setting.has("voxelArrayShift") ? number(setting, "voxelArrayShift", file) : 0;
        return new PyRadiomicsSettingBlock(s, shift, dims, size, pad, normalize, scale, outliers, preCrop);
    }

    private static boolean force2D(JsonNode setting, Path file) {
        boolean force2D = setting.has("force2D") && bool(setting, "force2D", file);
        if (setting.has("force2Ddimension") && whole(setting, "force2Ddimension", file) != 0) {
            throw new BadInputException(file, "setting.force2Ddimension: only 0 (axial slices) is supported");
        }
        return force2D;
    }

    private static RadiomicsSettings discretisation(JsonNode setting, RadiomicsSettings s, Path file) {
        // as in PyRadiomics: binCount, when given, wins over binWidth; binWidth defaults to 25
        if (setting.hasNonNull("binCount")) {
            int count = whole(setting, "binCount", file);
            if (count < 1) {
                throw new BadInputException(file, "setting.binCount must be at least 1, got " + count);
            }
            return s.withDiscretisation(Discretisation.fixedBinNumber(count));
        }
        double width = setting.has("binWidth") ? number(setting, "binWidth", file) : 25;
        if (!(width > 0)) {
            throw new BadInputException(file, "setting.binWidth must be positive, got " + width);
        }
        return s.withDiscretisation(Discretisation.fixedBinSize(width));
    }

    private static RadiomicsSettings interpolation(JsonNode setting, RadiomicsSettings s, Path file) {
        JsonNode spacing = setting.get("resampledPixelSpacing");
        String interpolator = setting.path("interpolator").asText("sitkBSpline");
        InterpolationMethod method = switch (interpolator) {
            case "sitkNearestNeighbor" -> InterpolationMethod.NEAREST;
            case "sitkLinear" -> InterpolationMethod.LINEAR;
            case "sitkBSpline" -> InterpolationMethod.CUBIC_BSPLINE;
            default -> throw new BadInputException(file, "setting.interpolator '" + interpolator + "' is not"
                    + " supported; use sitkNearestNeighbor, sitkLinear or sitkBSpline");
        };
        if (spacing == null || spacing.isNull()) {
            return s;
        }
        if (!spacing.isArray() || spacing.size() != 3) {
            throw new BadInputException(file, "setting.resampledPixelSpacing must be a list of three spacings");
        }
        double x = spacing.get(0).asDouble();
        double y = spacing.get(1).asDouble();
        double z = spacing.get(2).asDouble();
        if (!(x > 0) || !(y > 0)) {
            throw new BadInputException(file, "setting.resampledPixelSpacing: keeping the in-plane spacing (0) is"
                    + " not supported, give x and y in mm");
        }
        // PyRadiomics: mask by nearest neighbour, intensities not rounded
        return s.withInterpolation(new InterpolationSettings(true,
                new InterpolationSettings.Spacing(x, y, z > 0 ? z : null), method, InterpolationMethod.NEAREST, 0.5,
                false));
    }

    private static RadiomicsSettings resegmentation(JsonNode setting, RadiomicsSettings s, Path file) {
        JsonNode range = setting.get("resegmentRange");
        String mode = setting.path("resegmentMode").asText("absolute");
        if (range == null || range.isNull()) {
            return s;
        }
        if (!range.isArray() || range.isEmpty() || range.size() > 2) {
            throw new BadInputException(file, "setting.resegmentRange must be a list of one or two numbers");
        }
        Double lower = range.get(0).asDouble();
        Double upper = range.size() == 2 ? range.get(1).asDouble() : null;
        if (mode.equals("sigma")) {
            if (upper == null || lower != -upper) {
                throw new BadInputException(file, "setting.resegmentRange with resegmentMode sigma is only supported"
                        + " as a symmetric range [-k, k]");
            }
            return s.withResegmentation(new ResegmentationSettings(null, null, upper));
        }
        if (!mode.equals("absolute")) {
            throw new BadInputException(file, "setting.resegmentMode '" + mode + "' is not supported (absolute or"
                    + " sigma)");
        }
        try {
            return s.withResegmentation(new ResegmentationSettings(lower, upper, null));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, "setting.resegmentRange: " + e.getMessage(), e);
        }
    }

    /** distances (GLCM, NGTDM, GLDM), symmetricalGLCM, gldm_a. */
    private static TextureParameters texture(JsonNode setting, Path file) {
        TextureParameters t = TextureParameters.ibsiDefaults();
        int distance = 1;
        JsonNode d = setting.get("distances");
        if (d != null && !d.isNull()) {
            if (!d.isArray() || d.size() != 1 || !d.get(0).isIntegralNumber() || d.get(0).asInt() < 1) {
                throw new BadInputException(file, "setting.distances: only a single distance is supported (e.g."
                        + " [1]); PyRadiomics merges the matrices of several distances, which TACE-Risk does not do");
            }
            distance = d.get(0).asInt();
        }
        boolean symmetric = !setting.has("symmetricalGLCM") || bool(setting, "symmetricalGLCM", file);
        int alpha = setting.has("gldm_a") ? whole(setting, "gldm_a", file) : 0;
        return new TextureParameters(distance, distance, distance, alpha, t.linkageDistance(), symmetric);
    }

    private static void refuseUnless(JsonNode setting, String key, boolean allowed, Path file, String message) {
        if (setting.hasNonNull(key) && bool(setting, key, file) != allowed) {
            throw new BadInputException(file, "setting." + key + ": " + message);
        }
    }

    private static boolean bool(JsonNode setting, String key, Path file) {
        JsonNode v = setting.get(key);
        if (!v.isBoolean()) {
            throw new BadInputException(file, "setting." + key + " must be true or false, got " + v);
        }
        return v.asBoolean();
    }

    private static int whole(JsonNode setting, String key, Path file) {
        JsonNode v = setting.get(key);
        if (!v.isIntegralNumber()) {
            throw new BadInputException(file, "setting." + key + " must be a whole number, got " + v);
        }
        return v.asInt();
    }

    private static double number(JsonNode setting, String key, Path file) {
        JsonNode v = setting.get(key);
        if (!v.isNumber()) {
            throw new BadInputException(file, "setting." + key + " must be a number, got " + v);
        }
        return v.asDouble();
    }
}
