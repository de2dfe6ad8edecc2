package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings YAML: round trip, defaults for missing keys, and clear rejection of unknown or invalid keys. */
class RadiomicsSettingsYamlTest {

    @TempDir
    Path dir;

    @Test
    void roundTripKeepsEveryValue() {
        RadiomicsSettings s = new RadiomicsSettings(
                new InterpolationSettings(true, new InterpolationSettings.Spacing(1.5, 1.5, null),
                        InterpolationMethod.CUBIC_BSPLINE, InterpolationMethod.NEAREST, 0.4, false),
                new ResegmentationSettings(-200.0, null, 2.5), Discretisation.fixedBinSize(12.5),
                new IvhDiscretisation(IvhDiscretisation.Method.FIXED_BIN_SIZE, 2.5, 0, -200.0, null),
                Set.of(Approach.TWO_D, Approach.THREE_D), new TextureParameters(2, 1, 3, 1, 1, false),
                EnumSet.of(Family.GLCM, Family.MORPHOLOGY));
        Path file = dir.resolve("s.yaml");
        s.write(file);
        assertEquals(s, RadiomicsSettings.read(file));
    }

    @Test
    void missingKeysTakeTheDefaults() {
        RadiomicsSettings s = RadiomicsSettingsYaml.parse("discretisation:\n  method: FIXED_BIN_SIZE\n"
                + "  binWidth: 25\n", null);
        assertEquals(Discretisation.fixedBinSize(25), s.discretisation());
        assertEquals(RadiomicsSettings.defaults().interpolation(), s.interpolation());
        assertEquals(TextureParameters.ibsiDefaults(), s.texture());
        assertEquals(RadiomicsSettings.defaults(), RadiomicsSettingsYaml.parse("", null));
    }

    @Test
    void unknownKeysAreRejectedNamingKeyAndFile() throws Exception {
        Path file = dir.resolve("typo.yaml");
        Files.writeString(file, "interpolation:\n  enabled: true\n  spacng: {x: 2, y: 2, z: 2}\n");
        String message = BadInputAssert.assertMessage(() -> RadiomicsSettings.read(file), "interpolation.spacng",
                "typo.yaml");
        assertTrue(message.contains("spacing"), "lists the allowed keys: " + message);
        Files.writeString(file, "discretization:\n  method: NONE\n");
        BadInputAssert.assertMessage(() -> RadiomicsSettings.read(file), "'discretization'", "typo.yaml");
        Files.writeString(file, "texture:\n  glcmDistanse: 2\n");
        BadInputAssert.assertMessage(() -> RadiomicsSettings.read(file), "texture.glcmDistanse");
    }

    @Test
    void invalidValuesAreRejectedClearly() throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "interpolation:\n  imageMethod: TRILINEAR\n");
        BadInputAssert.assertMessage(() -> RadiomicsSettings.read(file), "TRILINEAR", "interpolation.imageMethod",
                "LINEAR");
        Files.writeString(file, "discretisation:\n  method: FIXED_BIN_SIZE\n");
        BadInputAssert.assertMessage(() -> RadiomicsSettings.read(file), "binWidth");
        Files.writeString(file, "resegmentation: {lower: 400, upper: -1000}\n");
        BadInputAssert.assertMessage(() -> RadiomicsSettings.read(file), "must not exceed");
        Files.writeString(file, "discretisation: {method: FIXED_BIN_SIZE, binWidth: 25, binCount: 32}\n");
        BadInputAssert.assertMessage(() -> RadiomicsSettings.read(file), "binCount is only used with");
        Files.writeString(file, "approaches: []\n");
        BadInputAssert.assertMessage(() -> RadiomicsSettings.read(file), "approaches");
        Files.writeString(file, "resegmentation:\n  lower: 1\n  lower: 2\n");
        BadInputAssert.assertMessage(() -> RadiomicsSettings.read(file), "lower");
        BadInputAssert.assertMessage(() -> RadiomicsSettings.read(dir.resolve("missing.yaml")), "not found");
    }

    @Test
    void numbersWithJavaSuffixesOrAsWordsAreNotNumbers() throws Exception {
        // guards the strictness Jackson gives (it refuses "25f" for a number field since 2.15)
        Path file = dir.resolve("suffix.yaml");
        Files.writeString(file, "discretisation: {method: FIXED_BIN_SIZE, binWidth: 25f}\n");
        BadInputAssert.assertMessage(() -> RadiomicsSettings.read(file), "binWidth", "25f");
        Files.writeString(file, "resegmentation: {lower: -200d, upper: 400}\n");
        BadInputAssert.assertMessage(() -> RadiomicsSettings.read(file), "lower");
        Files.writeString(file, "discretisation: {method: FIXED_BIN_SIZE, binWidth: 25}\n");
        assertEquals(Discretisation.fixedBinSize(25), RadiomicsSettings.read(file).discretisation());
    }

    @Test
    void enumNamesAreCaseInsensitive() {
        RadiomicsSettings s = RadiomicsSettingsYaml.parse("approaches: [three_d]\nfamilies: [glcm]\n", null);
        assertEquals(Set.of(Approach.THREE_D), s.approaches());
        assertEquals(Set.of(Family.GLCM), s.families());
    }

    @Test
    void ivhBoundsComeFromTheResegmentationRangeExceptForFixedBinNumber() {
        RadiomicsSettings c = RadiomicsSettingsYaml.parse("resegmentation: {lower: -1000, upper: 400}\n"
                + "ivh: {method: FIXED_BIN_SIZE, binWidth: 2.5}\n", null);
        assertEquals(-1000.0, c.resolvedIvh().lowerBound());
        assertEquals(400.0, c.resolvedIvh().upperBound());
        RadiomicsSettings e = c.withIvh(new IvhDiscretisation(IvhDiscretisation.Method.FIXED_BIN_NUMBER, 0, 1000,
                null, null));
        assertNull(e.resolvedIvh().lowerBound());
        assertEquals(e.resolvedIvh(), e.familyContext().ivh());
    }
}
