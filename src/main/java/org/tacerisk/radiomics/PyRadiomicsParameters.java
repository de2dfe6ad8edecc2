package org.tacerisk.radiomics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Finding;
import org.tacerisk.common.Severity;

/**
 * Maps the {@code setting:} block of a PyRadiomics parameter file onto {@link RadiomicsSettings}. Mapped keys:
 * binWidth, binCount, resampledPixelSpacing, interpolator, resegmentRange (with resegmentMode absolute, or sigma
 * with a symmetric range), force2D. Everything else is reported as an ignored key. PyRadiomics differs from IBSI in
 * ways that are reported too: its fixed-bin-size lower edge is a multiple of binWidth below the ROI minimum (IBSI:
 * the re-segmentation lower bound), it resamples the mask by nearest neighbour and does not round intensities.
 */
final class PyRadiomicsParameters {

    static final String IGNORED_KEY = "PYRADIOMICS_KEY_IGNORED";
    private static final Set<String> MAPPED = Set.of("binWidth", "binCount", "resampledPixelSpacing",
            "interpolator", "resegmentRange", "resegmentMode", "force2D");

    private PyRadiomicsParameters() {
    }

    static PyRadiomicsImport read(Path file) {
        JsonNode root;
        try {
            root = RadiomicsSettingsYaml.mapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new BadInputException(file, "not a valid PyRadiomics parameter file (YAML): "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read PyRadiomics parameter file: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new BadInputException(file, "a PyRadiomics parameter file must be a mapping (setting:, imageType:,"
                    + " featureClass:)");
        }
        List<Finding> findings = new ArrayList<>();
        Iterator<String> top = root.fieldNames();
        while (top.hasNext()) {
            String key = top.next();
            if (!key.equals("setting")) {
                findings.add(ignored(key, "top-level section '" + key + "' is not used (TACE-Risk computes the"
                        + " families chosen in its own settings, on the original image only)"));
            }
        }
        JsonNode setting = root.path("setting");
        RadiomicsSettings s = RadiomicsSettings.defaults();
        Iterator<Map.Entry<String, JsonNode>> fields = setting.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!MAPPED.contains(f.getKey())) {
                findings.add(ignored("setting." + f.getKey(), "setting '" + f.getKey() + "' has no TACE-Risk"
                        + " counterpart and was ignored"));
            }
        }
        s = discretisation(setting, s, findings, file);
        s = interpolation(setting, s, findings, file);
        s = resegmentation(setting, s, findings, file);
        boolean force2D = setting.path("force2D").asBoolean(false);
        s = s.withApproaches(Set.of(force2D ? Approach.TWO_D : Approach.THREE_D));
        return new PyRadiomicsImport(s, findings);
    }

    private static RadiomicsSettings discretisation(JsonNode setting, RadiomicsSettings s, List<Finding> findings,
            Path file) {
        if (setting.has("binCount")) {
            if (setting.has("binWidth")) {
                findings.add(Finding.warning("PYRADIOMICS_BINWIDTH_OVERRIDDEN", "binCount and binWidth are both set;"
                        + " as in PyRadiomics, binCount wins", "remove one of them").about("setting.binWidth"));
            }
            return s.withDiscretisation(Discretisation.fixedBinNumber(positiveInt(setting, "binCount", file)));
        }
        // PyRadiomics' default is binWidth 25
        double width = setting.has("binWidth") ? positive(setting.get("binWidth"), "binWidth", file) : 25;
        findings.add(Finding.warning("PYRADIOMICS_FBS_LOWER_BOUND", "fixed bin size " + width + ": TACE-Risk"
                + " starts the first bin at the re-segmentation lower bound (IBSI), PyRadiomics at a multiple of"
                + " the bin width below the ROI minimum, so texture values may differ",
                "set resegmentRange to fix the lower bound").about("setting.binWidth"));
        return s.withDiscretisation(Discretisation.fixedBinSize(width));
    }

    private static RadiomicsSettings interpolation(JsonNode setting, RadiomicsSettings s, List<Finding> findings,
            Path file) {
        JsonNode spacing = setting.get("resampledPixelSpacing");
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
        InterpolationMethod method = switch (setting.path("interpolator").asText("sitkBSpline")) {
            case "sitkNearestNeighbor" -> InterpolationMethod.NEAREST;
            case "sitkLinear" -> InterpolationMethod.LINEAR;
            case "sitkBSpline" -> InterpolationMethod.CUBIC_BSPLINE;
            default -> throw new BadInputException(file, "setting.interpolator '"
                    + setting.path("interpolator").asText() + "' is not supported; use sitkNearestNeighbor,"
                    + " sitkLinear or sitkBSpline");
        };
        findings.add(Finding.info("PYRADIOMICS_INTERPOLATION", "PyRadiomics resamples the mask by nearest neighbour,"
                + " aligns grids differently and does not round intensities; mapped to image " + method
                + ", mask NEAREST, no rounding").about("setting.resampledPixelSpacing"));
        return s.withInterpolation(new InterpolationSettings(true,
                new InterpolationSettings.Spacing(x, y, z > 0 ? z : null), method, InterpolationMethod.NEAREST, 0.5,
                false));
    }

    private static RadiomicsSettings resegmentation(JsonNode setting, RadiomicsSettings s, List<Finding> findings,
            Path file) {
        JsonNode range = setting.get("resegmentRange");
        if (range == null || range.isNull()) {
            return s;
        }
        if (!range.isArray() || range.isEmpty() || range.size() > 2) {
            throw new BadInputException(file, "setting.resegmentRange must be a list of one or two numbers");
        }
        Double lower = range.get(0).asDouble();
        Double upper = range.size() == 2 ? range.get(1).asDouble() : null;
        String mode = setting.path("resegmentMode").asText("absolute");
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

    private static Finding ignored(String key, String message) {
        return new Finding(Severity.WARNING, IGNORED_KEY, message,
                "check that the TACE-Risk settings cover what this key did", key);
    }

    private static int positiveInt(JsonNode setting, String key, Path file) {
        JsonNode v = setting.get(key);
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 1) {
            throw new BadInputException(file, "setting." + key + " must be a positive whole number, got " + v);
        }
        return v.asInt();
    }

    private static double positive(JsonNode v, String key, Path file) {
        if (!v.isNumber() || !(v.asDouble() > 0)) {
            throw new BadInputException(file, "setting." + key + " must be a positive number, got " + v);
        }
        return v.asDouble();
    }
}
