package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.radiomics.filter.BoundaryCondition;

/** The {@code imageTypes} block of settings files: inline filters, shorthands, defaults, refusals, round trip. */
class ImageTypeSettingsTest {

    @TempDir
    Path dir;

    private static RadiomicsSettings parse(String yaml) {
        return RadiomicsSettingsYaml.parse(yaml, Path.of("s.yaml"));
    }

    @Test
    void withoutTheBlockOnlyTheOriginalImage() {
        RadiomicsSettings s = parse("families: [GLCM]\n");
        assertEquals(ImageTypes.originalOnly(), s.imageTypes());
        assertEquals(ImageTypes.originalOnly(), RadiomicsSettings.defaults().imageTypes());
    }

    @Test
    void inlineEntriesAndShorthandsExpandInOrder() {
        RadiomicsSettings s = parse("""
                imageTypes:
                  original: true
                  filters:
                    - {filter: mean, dimensions: 2d, padding: nearest, parameters: {support: 5}}
                    - {filter: log, parameters: {sigma_mm: 1.5, truncate: 4}}
                  log: {sigmas_mm: [1, 3, 5], truncate: 4}
                  wavelet: {family: coif1, bands: [LLH, hhh]}
                """);
        List<FilterEntry> f = s.imageTypes().filters();
        assertEquals(7, f.size());
        assertEquals(new FilterEntry("mean", "2D", BoundaryCondition.NEAREST, Map.of("support", 5)), f.get(0));
        assertEquals(new FilterEntry("log", "3D", BoundaryCondition.MIRROR, Map.of("sigma_mm", 1.5, "truncate", 4)),
                f.get(1));
        assertEquals(new FilterEntry("log", "3D", BoundaryCondition.MIRROR, Map.of("sigma_mm", 3.0, "truncate", 4.0)),
                f.get(3));
        assertEquals(new FilterEntry("wavelet", "3D", BoundaryCondition.MIRROR,
                Map.of("wavelet", "coif1", "band", "HHH", "level", 1)), f.get(6));
        assertTrue(f.get(0).twoD());
        assertTrue(s.imageTypes().original());
        assertNull(s.imageTypes().families());
    }

    @Test
    void waveletAllMeansEveryBandOfTheDimension() {
        List<FilterEntry> three = parse("imageTypes:\n  wavelet: {family: db3, bands: all, level: 2}\n")
                .imageTypes().filters();
        assertEquals(List.of("LLL", "LLH", "LHL", "LHH", "HLL", "HLH", "HHL", "HHH"),
                three.stream().map(e -> e.parameters().get("band")).toList());
        assertEquals(2, three.get(0).parameters().get("level"));
        List<FilterEntry> two = parse("imageTypes:\n  wavelet: {family: db3, dimensions: 2D}\n")
                .imageTypes().filters();
        assertEquals(List.of("LL", "LH", "HL", "HH"), two.stream().map(e -> e.parameters().get("band")).toList());
    }

    @Test
    void familiesAndDiscretisationForResponseMaps() {
        RadiomicsSettings s = parse("""
                families: [MORPHOLOGY, INTENSITY_STATISTICS, GLCM]
                imageTypes:
                  log: {sigmas_mm: 2}
                """);
        assertEquals(Set.of(Family.INTENSITY_STATISTICS, Family.GLCM),
                s.imageTypes().filteredFamilies(s.families()));
        assertEquals(s.discretisation(), s.imageTypes().filteredDiscretisation(s.discretisation()));
        RadiomicsSettings t = parse("""
                imageTypes:
                  original: false
                  families: [glszm]
                  discretisation: {method: FIXED_BIN_SIZE, binWidth: 5}
                  filterMarginMm: 30
                  log: {sigmas_mm: 2}
                """);
        assertFalse(t.imageTypes().original());
        assertEquals(Set.of(Family.GLSZM), t.imageTypes().filteredFamilies(t.families()));
        assertEquals(Discretisation.fixedBinSize(5), t.imageTypes().filteredDiscretisation(t.discretisation()));
        assertEquals(30.0, t.imageTypes().filterMarginMm());
    }

    @Test
    void roundTripKeepsTheExpandedFilters() {
        RadiomicsSettings s = parse("""
                imageTypes:
                  families: [INTENSITY_STATISTICS]
                  discretisation: {method: FIXED_BIN_NUMBER, binCount: 16}
                  filters:
                    - {filter: laws, dimensions: 2D, padding: periodic, parameters: {kernel: L5E5, pooling: max}}
                  log: {sigmas_mm: [1, 3]}
                  wavelet: {family: haar, bands: [LH], dimensions: 2D}
                """);
        Path file = dir.resolve("out.yaml");
        s.write(file);
        assertEquals(s, RadiomicsSettings.read(file));
    }

    @Test
    void unknownKeysAndBadValuesAreRefused() {
        BadInputAssert.assertMessage(() -> parse("imageTypes:\n  orignal: true\n"), "imageTypes.orignal",
                "s.yaml", "filters");
        BadInputAssert.assertMessage(() -> parse("imageTypes:\n  filters:\n    - {filter: log, sigma_mm: 3}\n"),
                "imageTypes.filters[0].sigma_mm", "parameters");
        BadInputAssert.assertMessage(() -> parse("imageTypes:\n  log: {sigma_mm: [1]}\n"), "imageTypes.log.sigma_mm");
        BadInputAssert.assertMessage(() -> parse("imageTypes:\n  log: {truncate: 4}\n"), "sigmas_mm is required");
        BadInputAssert.assertMessage(() -> parse("imageTypes:\n  wavelet: {family: db2, bands: [LH]}\n"),
                "'LH' is not a 3D band");
        BadInputAssert.assertMessage(() -> parse("imageTypes:\n  wavelet: {bands: all}\n"), "family is required");
        BadInputAssert.assertMessage(() -> parse("imageTypes:\n  filters: [{filter: log, dimensions: 4D}]\n"),
                "2D or 3D");
        BadInputAssert.assertMessage(() -> parse("imageTypes:\n  filters: [{filter: log, padding: reflect}]\n"),
                "zero, nearest, periodic or mirror");
        BadInputAssert.assertMessage(() -> parse("imageTypes:\n  original: false\n"), "no filter");
        BadInputAssert.assertMessage(() -> parse("imageTypes:\n  families: [GLCMM]\n"), "GLCMM");
        BadInputAssert.assertMessage(() -> parse("families: [MORPHOLOGY]\nimageTypes:\n  log: {sigmas_mm: 1}\n"),
                "besides MORPHOLOGY");
        BadInputAssert.assertMessage(() -> parse("imageTypes:\n  discretisation: {method: FIXED_BIN_SIZE}\n"),
                "imageTypes.discretisation");
    }
}
