package org.tacerisk.radiomics.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;
import org.tacerisk.testsupport.SharedData;

/**
 * Acceptance harness for the IBSI-2 phase-1 reference response maps: every row of
 * {@code reference/ibsi2/response_maps_index.csv}: its spec ({@code docs/ibsi2/<test>.yaml}) is applied to its
 * phantom and compared voxel by voxel; a map passes when every voxel is within 1 % of the reference map's intensity
 * range (the IBSI-2 phase-1 criterion).
 */
class ResponseMapTest {

    private static final String INDEX = "reference/ibsi2/response_maps_index.csv";
    private static final String PHANTOMS = "data/ibsi/ibsi_2_digital_phantom/nifti/";

    @TestFactory
    Stream<DynamicTest> everyReferenceMap() throws IOException {
        if (!SharedData.has(INDEX)) {
            return Stream.of(SharedData.skipped("every IBSI-2 reference map", INDEX));
        }
        Path index = SharedData.require(INDEX);
        List<String> lines = Files.readAllLines(index);
        List<String> header = IndexCsv.split(lines.get(0));
        int testCol = header.indexOf("test_id");
        int phantomCol = header.indexOf("phantom");
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> row = IndexCsv.split(line);
            String testId = row.get(testCol);
            String phantom = row.get(phantomCol);
            tests.add(DynamicTest.dynamicTest(testId + " (" + phantom + ")", () -> check(testId, phantom)));
        }
        return tests.stream();
    }

    /** The phantoms and the reference maps come through our NIfTI reader on the same 64³ grid at 2 mm. */
    @Test
    void phantomsAndReferenceMapsShareOneGrid() throws IOException {
        Volume map = Nifti.readVolume(SharedData.require("reference/ibsi2/response_maps/1_a_1-ValidCRM.nii.gz"));
        ImageGeometry ref = map.geometry();
        assertEquals(64, ref.nx());
        assertEquals(64, ref.ny());
        assertEquals(64, ref.nz());
        for (int a = 0; a < 3; a++) {
            assertEquals(2.0, ref.spacing(a), 1e-6);
        }
        for (String phantom : List.of("checkerboard", "impulse", "sphere", "pattern_1")) {
            ImageGeometry g = Nifti.readVolume(phantomImage(phantom)).geometry();
            assertTrue(g.sameGrid(ref, 1e-3), phantom + " grid " + g + " differs from the reference maps' " + ref);
        }
    }

    private static void check(String testId, String phantom) throws IOException {
        String id = testId.replace('.', '_');
        Path specFile = Path.of("docs", "ibsi2", id + ".yaml");
        assertTrue(Files.exists(specFile), "no spec " + specFile + " for IBSI-2 test " + testId);
        FilterSpec spec = FilterSpec.read(specFile);
        assertNotNull(FilterRegistry.factory(spec.filter()), "filter " + spec.filter() + " is not registered");
        Volume image = Nifti.readVolume(phantomImage(phantom));
        Volume reference = Nifti.readVolume(SharedData.require("reference/ibsi2/response_maps/" + id
                + "-ValidCRM.nii.gz"));
        assertTrue(image.geometry().sameGrid(reference.geometry(), 1e-3), "phantom and reference map grids differ");
        ImageFilter filter = spec.create();
        long start = System.nanoTime();
        float[] response = filter.apply(image.toFloatArray(), image.geometry());
        double ms = (System.nanoTime() - start) / 1e6;
        Comparison c = Comparison.of(response, reference);
        System.out.printf("IBSI-2 %s %s: worst |error| %.4g = %.4f %% of range at %s (value %.6g, reference %.6g);"
                + " %.0f ms%n", testId, filter.imageTypeName(), c.worstError, 100 * c.worstError / c.range,
                c.worstIndex(reference.geometry()), c.worstValue, c.worstReference, ms);
        if (c.failing > 0) {
            fail(String.format("IBSI-2 %s: %d of %d voxels off by more than the tolerance %.6g (1 %% of the reference"
                    + " range %.6g); worst voxel %s: value %.6g, reference %.6g, |error| %.6g", testId, c.failing,
                    response.length, c.tolerance, c.range, c.worstIndex(reference.geometry()), c.worstValue,
                    c.worstReference, c.worstError));
        }
    }

    private static Path phantomImage(String phantom) throws IOException {
        Path folder = SharedData.require(PHANTOMS + phantom + "/image");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.nii.gz")) {
            for (Path p : files) {
                return p;
            }
        }
        throw new IOException("no .nii.gz image in " + folder);
    }

    /** Voxel-wise comparison with the IBSI-2 tolerance (1 % of the reference map's range). */
    private record Comparison(double range, double tolerance, int failing, int worst, double worstError,
            double worstValue, double worstReference) {

        static Comparison of(float[] response, Volume reference) {
            float[] minMax = reference.range();
            double range = (double) minMax[1] - minMax[0];
            double tolerance = 0.01 * range;
            int failing = 0;
            int worst = 0;
            double worstError = -1;
            for (int n = 0; n < response.length; n++) {
                double err = Math.abs((double) response[n] - reference.get(n));
                if (Double.isNaN(err)) {
                    err = Double.POSITIVE_INFINITY;
                }
                if (err > tolerance) {
                    failing++;
                }
                if (err > worstError) {
                    worstError = err;
                    worst = n;
                }
            }
            return new Comparison(range, tolerance, failing, worst, worstError, response[worst], reference.get(worst));
        }

        String worstIndex(ImageGeometry g) {
            int i = worst % g.nx();
            int j = (worst / g.nx()) % g.ny();
            int k = worst / (g.nx() * g.ny());
            return "(i " + i + ", j " + j + ", k " + k + ")";
        }
    }
}
