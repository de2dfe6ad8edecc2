package org.tacerisk.radiomics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Finding;

/**
 * Reads a whole PyRadiomics parameter file ({@code imageType:}, {@code featureClass:}, {@code setting:}) into
 * settings in {@link Conventions#PYRADIOMICS} conventions (docs/pyradiomics.md). Every key is applied or refused by
 * name with what to do instead; a key that changes nothing in PyRadiomics either (e.g. {@code additionalInfo}) is
 * reported as a finding. {@code imageType} is read by {@link PyRadiomicsImageTypes}, {@code featureClass} here.
 */
final class PyRadiomicsParameters {

    /** Keys of {@code setting:} that are read by the image types or change no value, with why. */
    private static final Map<String, String> NO_EFFECT = Map.of(
            "additionalInfo", "diagnostics are not part of the values",
            "enableCExtensions", "an implementation choice of PyRadiomics",
            "correctMask", "TACE-Risk masks are always on the image grid",
            "geometryTolerance", "TACE-Risk masks are always on the image grid",
            "label", "the ROI is chosen with the command's own option (for a NIfTI label image: its number)");
    static final String NO_EFFECT_CODE = "PYRADIOMICS_KEY_NO_EFFECT";

    private PyRadiomicsParameters() {
    }

    static PyRadiomicsImport read(Path file) {
        return read(file, false);
    }

    /** @param float32Image the image is stored as 32-bit float (PyWavelets then computes in float32) */
    static PyRadiomicsImport read(Path file, boolean float32Image) {
        JsonNode root;
        try {
            root = RadiomicsSettingsYaml.mapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new BadInputException(file, "not a valid PyRadiomics parameter file (YAML): "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read PyRadiomics parameter file: " + e.getMessage(), e);
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            root = RadiomicsSettingsYaml.mapper().createObjectNode();
        }
        if (!root.isObject()) {
            throw new BadInputException(file, "a PyRadiomics parameter file must be a mapping (setting:, imageType:,"
                    + " featureClass:)");
        }
        Iterator<String> top = root.fieldNames();
        while (top.hasNext()) {
            String key = top.next();
            if (key.equals("voxelSetting")) {
                throw new BadInputException(file, "voxelSetting (voxel-based feature maps) is not supported;"
                        + " remove it: TACE-Risk computes segment-based features");
            }
            if (!Set.of("setting", "imageType", "featureClass").contains(key)) {
                throw new BadInputException(file, "unknown top-level key '" + key + "'; a PyRadiomics parameter file"
                        + " has setting, imageType and featureClass");
            }
        }
        JsonNode setting = root.path("setting");
        if (!setting.isMissingNode() && !setting.isNull() && !setting.isObject()) {
            throw new BadInputException(file, "setting must be a mapping of setting names to values");
        }
        List<Finding> findings = new ArrayList<>();
        PyRadiomicsSettingBlock block = PyRadiomicsSettingBlock.read(setting, file, findings);
        Map<String, List<String>> classes = featureClass(root.get("featureClass"), file);
        Set<Family> families = EnumSet.noneOf(Family.class);
        (classes == null ? PyRadiomicsNames.FEATURES.keySet() : classes.keySet())
                .forEach(c -> families.addAll(PyRadiomicsNames.families(c)));
        // SimpleITK's Normalize returns a double image, whatever the file stored: PyWavelets then computes in double
        boolean singlePrecision = float32Image && !block.normalize();
        if (float32Image && block.normalize()) {
            findings.add(Finding.info(NO_EFFECT_CODE, "declaring the image float32 (option float32-image) changes"
                    + " nothing with normalize: true: the normalised image is double precision (SimpleITK's Normalize),"
                    + " so is the wavelet")
                    .about("setting.normalize"));
        }
        ImageTypes types = PyRadiomicsImageTypes.read(root.get("imageType"), setting, singlePrecision, file);
        PyRadiomicsOptions options = new PyRadiomicsOptions(classes, block.voxelArrayShift(),
                block.minimumRoiDimensions(), block.minimumRoiSize(), block.padDistance(), singlePrecision,
                block.normalize(), block.normalizeScale(), block.removeOutliers(), block.preCrop());
        RadiomicsSettings s;
        try {
            s = block.settings().withFamilies(families).withConventions(Conventions.PYRADIOMICS)
                    .withPyRadiomics(options).withImageTypes(types);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, e.getMessage(), e);
        }
        for (String key : iterable(setting)) {
            if (NO_EFFECT.containsKey(key)) {
                findings.add(Finding.info(NO_EFFECT_CODE, "setting." + key + " changes no value here: "
                        + NO_EFFECT.get(key)).about("setting." + key));
            }
        }
        return new PyRadiomicsImport(s, findings);
    }

    /** null: every default class; else class → features (empty: all of the class). */
    private static Map<String, List<String>> featureClass(JsonNode node, Path file) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (!node.isObject()) {
            throw new BadInputException(file, "featureClass must be a mapping of feature classes to feature lists");
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String pyClass : iterable(node)) {
            List<String> known = PyRadiomicsNames.FEATURES.get(pyClass);
            if (known == null) {
                throw new BadInputException(file, "featureClass." + pyClass + " is not supported; supported classes: "
                        + PyRadiomicsNames.FEATURES.keySet() + (pyClass.equals("shape2D") ? " (shape2D: use shape)"
                        : ""));
            }
            JsonNode list = node.get(pyClass);
            List<String> features = new ArrayList<>();
            if (list != null && !list.isNull()) {
                if (!list.isArray()) {
                    throw new BadInputException(file, "featureClass." + pyClass + " must be a list of feature names"
                            + " (empty or absent: all)");
                }
                for (JsonNode f : list) {
                    if (!known.contains(f.asText())) {
                        throw new BadInputException(file, "featureClass." + pyClass + ": feature '" + f.asText()
                                + "' is not supported; supported: " + known);
                    }
                    features.add(f.asText());
                }
            }
            out.put(pyClass, features);
        }
        if (out.isEmpty()) {
            throw new BadInputException(file, "featureClass names no class; give at least one or leave it out");
        }
        return out;
    }

    static List<String> iterable(JsonNode node) {
        List<String> keys = new ArrayList<>();
        if (node != null && node.isObject()) {
            node.fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }
}
