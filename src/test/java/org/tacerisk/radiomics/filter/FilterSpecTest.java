package org.tacerisk.radiomics.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.BadInputException;

/** Spec files: structure checks with messages naming file and key, and the shipped IBSI-2 specs. */
class FilterSpecTest {

    private static final Path FILE = Path.of("spec.yaml");

    /** The IBSI-2 phase-1 tests (reference manual, tests 1 to 10). */
    private static final List<String> IBSI2_TESTS = List.of("1_a_1", "1_a_2", "1_a_3", "1_a_4", "1_b_1", "2_a", "2_b",
            "2_c", "3_a_1", "3_a_2", "3_a_3", "3_b_1", "3_b_2", "3_b_3", "3_c_1", "3_c_2", "3_c_3", "4_a_1", "4_a_2",
            "4_b_1", "4_b_2", "5_a_1", "5_a_2", "6_a_1", "6_a_2", "7_a_1", "7_a_2", "8_a_1", "8_a_2", "8_a_3", "9_a",
            "9_b_1", "9_b_2", "10_a", "10_b_1", "10_b_2");

    private static BadInputException refused(String yaml) {
        return assertThrows(BadInputException.class, () -> FilterSpec.parse(yaml, FILE).create());
    }

    @Test
    void readsAllKeys() {
        FilterSpec s = FilterSpec.parse("description: test\nfilter: LoG\ndimensions: 2d\npadding: Mirror\n"
                + "parameters: {sigma_mm: 5, truncate: 4}\n", FILE);
        assertEquals("log", s.filter());
        assertTrue(s.twoD());
        assertEquals(BoundaryCondition.MIRROR, s.padding());
        assertEquals("test", s.description());
        assertEquals("log-sigma-5-0-mm-2D", s.create().imageTypeName());
    }

    @Test
    void refusesUnknownKeysParametersAndValuesNamingThem() {
        assertTrue(refused("filter: mean\ndimensions: 3D\npadding: zero\nparamters: {support: 3}\n").getMessage()
                .matches("spec\\.yaml: unknown key \"paramters\".*"));
        assertTrue(refused("filter: mean\ndimensions: 3D\npadding: zero\nparameters: {support: 3, size: 3}\n")
                .getMessage().contains("[size]"));
        assertTrue(refused("filter: mean\ndimensions: 3D\npadding: reflect\nparameters: {support: 3}\n")
                .getMessage().contains("\"padding\""));
        assertTrue(refused("filter: mean\ndimensions: 4D\npadding: zero\nparameters: {support: 3}\n").getMessage()
                .contains("\"dimensions\""));
        assertTrue(refused("filter: mean\ndimensions: 3D\npadding: zero\nparameters: {support: 4}\n").getMessage()
                .contains("\"support\""));
        assertTrue(refused("filter: gaussian\ndimensions: 3D\npadding: zero\n").getMessage()
                .contains("available: [gabor, laws, log, mean, pyradiomics-intensity, pyradiomics-lbp2d,"
                        + " pyradiomics-log, pyradiomics-wavelet, riesz-log, riesz-simoncelli, simoncelli, wavelet]"));
        assertTrue(refused("filter: mean\ndimensions: 3D\n").getMessage().contains("\"padding\" is missing"));
        assertTrue(refused("filter: mean\nfilter: log\ndimensions: 3D\npadding: zero\n").getMessage()
                .contains("not valid YAML"));
        assertTrue(refused("filter: laws\ndimensions: 2D\npadding: zero\nparameters: {kernel: E5L5S5}\n")
                .getMessage().contains("\"kernel\""));
        assertTrue(refused("filter: laws\ndimensions: 3D\npadding: zero\nparameters: {kernel: E5L5S5, pooling: max}\n")
                .getMessage().contains("\"pooling\""));
    }

    @Test
    void shipsOneSpecPerIbsi2TestEachReadableWithItsPhantomNamed() throws IOException {
        Path folder = Path.of("docs", "ibsi2");
        Set<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            // phase2-*.yaml are radiomics settings (IBSI-2 phase 2), not filter specs
            files.filter(p -> p.toString().endsWith(".yaml") && !p.getFileName().toString().startsWith("phase2-"))
                    .forEach(p -> present.add(p.getFileName().toString().replace(".yaml", "")));
        }
        assertEquals(new TreeSet<>(IBSI2_TESTS), present);
        // The structure-tensor-aligned Riesz filters (no reference maps) are not implemented and say so.
        Set<String> notImplemented = Set.of("9_b_2", "10_a", "10_b_2");
        List<String> built = new ArrayList<>();
        for (String id : IBSI2_TESTS) {
            FilterSpec spec = FilterSpec.read(folder.resolve(id + ".yaml"));
            assertNotNull(spec.description(), id);
            assertTrue(spec.description().contains("IBSI-2 test " + id.replace('_', '.') + ", phantom "), id);
            if (notImplemented.contains(id)) {
                BadInputException e = assertThrows(BadInputException.class, spec::create, id);
                assertTrue(e.getMessage().contains("not implemented"), e.getMessage());
            } else {
                built.add(spec.create().imageTypeName());
            }
        }
        assertEquals(IBSI2_TESTS.size() - notImplemented.size(), built.size(), "built: " + built);
    }
}
