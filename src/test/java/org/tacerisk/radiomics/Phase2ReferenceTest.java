package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;
import org.tacerisk.testsupport.SharedData;

/**
 * IBSI-2 phase 2 on the IBSI CT phantom: every row of {@code reference/ibsi2/phase2_reference_values_2d.csv}
 * (configurations 1.A … 9.A, 18 intensity statistics each) through {@link RadiomicsExtractor} with the shipped
 * settings {@code docs/ibsi2/phase2-NA.yaml}; a value passes when |value − consensus| ≤ tolerance. The 3D configurations
 * (N.B, no reference values here) must run and give finite values.
 */
class Phase2ReferenceTest {

    private static final String REFERENCE_2D = "reference/ibsi2/phase2_reference_values_2d.csv";

    /** The reference table's feature tags → IBSI-1 intensity-statistics codes (UHIW family). */
    static final Map<String, String> TAG_TO_CODE = Map.ofEntries(Map.entry("stat_mean", "Q4LE"),
            Map.entry("stat_var", "ECT3"), Map.entry("stat_skew", "KE2A"), Map.entry("stat_kurt", "IPH6"),
            Map.entry("stat_median", "Y12H"), Map.entry("stat_min", "1GSF"), Map.entry("stat_p10", "QG58"),
            Map.entry("stat_p90", "8DWT"), Map.entry("stat_max", "84IY"), Map.entry("stat_iqr", "SALO"),
            Map.entry("stat_range", "2OJQ"), Map.entry("stat_mad", "4FUA"), Map.entry("stat_rmad", "1128"),
            Map.entry("stat_medad", "N72L"), Map.entry("stat_cov", "7TET"), Map.entry("stat_qcod", "9S40"),
            Map.entry("stat_energy", "N8CA"), Map.entry("stat_rms", "5ZWQ"));

    private static final Map<String, RadiomicsResult> RESULTS = new ConcurrentHashMap<>();

    record Row(String config, String feature, String tag, double consensus, double tolerance) {
    }

    static List<Row> rows() throws IOException {
        Path csv = SharedData.require(REFERENCE_2D);
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv);
        assertEquals("filter_id;feature;feature_tag;consensus_value;tolerance", lines.get(0).trim());
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(";", -1);
            rows.add(new Row(f[0].trim(), f[1].trim(), f[2].trim(), Double.parseDouble(f[3]),
                    Double.parseDouble(f[4])));
        }
        return rows;
    }

    /** docs/ibsi2/phase2-1A.yaml for "1.A". */
    static Path settingsFile(String config) {
        return Path.of("docs", "ibsi2", "phase2-" + config.replace(".", "") + ".yaml");
    }

    /** The shipped settings; every filter they name must be registered. */
    static RadiomicsSettings shippedSettings(String config) {
        RadiomicsSettings settings = RadiomicsSettings.read(settingsFile(config));
        for (FilterEntry f : settings.imageTypes().filters()) {
            assertTrue(f.registered(), "filter '" + f.filter() + "' of configuration " + config + " is not registered");
        }
        return settings;
    }

    static RadiomicsResult result(String config, RadiomicsSettings settings) {
        Path phantom = SharedData.ibsiCtPhantom();
        return RESULTS.computeIfAbsent(config, c -> {
            try {
                Volume image = Nifti.readVolume(phantom.resolve("nifti/image/phantom.nii.gz"));
                Mask mask = Nifti.readMask(phantom.resolve("nifti/mask/mask.nii.gz"));
                return RadiomicsExtractor.extract(image, mask, settings);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @TestFactory
    Stream<DynamicNode> configurationsA() throws IOException {
        if (!SharedData.has(REFERENCE_2D)) {
            return Stream.of(SharedData.skipped("configurations 1.A … 9.A", REFERENCE_2D));
        }
        Map<String, List<Row>> byConfig = new LinkedHashMap<>();
        for (Row r : rows()) {
            byConfig.computeIfAbsent(r.config(), k -> new ArrayList<>()).add(r);
        }
        assertEquals(9, byConfig.size(), "configurations 1.A … 9.A");
        List<DynamicNode> out = new ArrayList<>();
        byConfig.forEach((config, rows) -> out.add(DynamicContainer.dynamicContainer(config, rows.stream()
                .map(r -> DynamicTest.dynamicTest(r.tag(), () -> check(r))))));
        return out.stream();
    }

    private static void check(Row row) {
        RadiomicsSettings settings = shippedSettings(row.config());
        String code = TAG_TO_CODE.get(row.tag());
        assertTrue(code != null, "unknown feature tag " + row.tag());
        RadiomicsResult result = result(row.config(), settings);
        FeatureValue value = result.features().stream().filter(v -> v.ibsiCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no value for " + row.feature() + " (" + code + ")"));
        double actual = value.value();
        assertTrue(Math.abs(actual - row.consensus()) <= row.tolerance(), () -> "IBSI-2 " + row.config() + " "
                + row.feature() + " (" + row.tag() + "): expected " + row.consensus() + " ± " + row.tolerance()
                + ", actual " + actual + " (image type " + value.imageType() + ")");
    }

    @TestFactory
    Stream<DynamicTest> configurationsBRunAndGiveFiniteValues() {
        List<DynamicTest> out = new ArrayList<>();
        for (int n = 1; n <= 9; n++) {
            String config = n + ".B";
            out.add(DynamicTest.dynamicTest(config, () -> {
                RadiomicsSettings settings = shippedSettings(config);
                assertTrue(settings.interpolation().enabled());
                RadiomicsResult r = result(config, settings);
                assertEquals(18, r.features().size(), config);
                for (FeatureValue v : r.features()) {
                    assertTrue(Double.isFinite(v.value()) || v.ibsiCode().equals("7TET") || v.ibsiCode()
                            .equals("9S40"), config + " " + v.feature() + " = " + v.value());
                }
            }));
        }
        return out.stream();
    }

    @Test
    void everyShippedPhase2FileReadsAndDescribesItsConfiguration() {
        for (int n = 1; n <= 9; n++) {
            for (String dim : List.of("A", "B")) {
                RadiomicsSettings s = RadiomicsSettings.read(settingsFile(n + "." + dim));
                assertEquals(java.util.Set.of(Family.INTENSITY_STATISTICS),
                        n == 1 ? s.families() : s.imageTypes().filteredFamilies(s.families()), n + dim);
                assertEquals(-1000.0, s.resegmentation().lower());
                assertEquals(400.0, s.resegmentation().upper());
                assertEquals(dim.equals("B"), s.interpolation().enabled(), n + dim);
                assertEquals(n == 1 ? 0 : 1, s.imageTypes().filters().size(), n + dim);
                assertEquals(n == 1, s.imageTypes().original(), n + dim);
                for (FilterEntry f : s.imageTypes().filters()) {
                    assertEquals(dim.equals("A") ? "2D" : "3D", f.dimensions(), n + dim);
                    // Mirror padding, except the Fourier-domain Simoncelli filters (8, 9): periodic (docs/ibsi2/README.md).
                    assertEquals(n >= 8 ? org.tacerisk.radiomics.filter.BoundaryCondition.PERIODIC
                            : org.tacerisk.radiomics.filter.BoundaryCondition.MIRROR, f.padding(), n + dim);
                }
                if (dim.equals("B")) {
                    assertEquals(InterpolationMethod.CUBIC_BSPLINE, s.interpolation().imageMethod());
                    assertEquals(InterpolationMethod.LINEAR, s.interpolation().maskMethod());
                    assertEquals(0.5, s.interpolation().partialVolumeThreshold());
                    assertEquals(new InterpolationSettings.Spacing(1, 1, 1.0), s.interpolation().spacing());
                }
            }
        }
    }
}
