package org.tacerisk.casefile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.tacerisk.dicom.CtSeriesWriter;
import org.tacerisk.dicom.CtWriteOptions;
import org.tacerisk.dicom.SeriesReference;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;
import org.tacerisk.predict.CaseMeasurement;

/** A small CT series on disk and a case drawn on it, for the case file tests. */
final class CaseFileFixture {

    /** 7 × 5 × 4 voxels, anisotropic spacing and an origin off zero, so a misplaced slice or row shows. */
    static final ImageGeometry GRID = new ImageGeometry(7, 5, 4, new double[] {0.8, 0.7, 2.5},
            new double[] {-100.25, -80.5, 30.0}, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
    static final Instant CREATED = Instant.parse("2026-11-30T08:15:30.125Z");
    static final Instant MODIFIED = Instant.parse("2026-12-01T17:02:03.456Z");
    static final BundleIdentity BUNDLE = new BundleIdentity("hcc-tace-demo", "1.0.0", "ab".repeat(32));

    private CaseFileFixture() {
    }

    /** Writes a CT series of {@link #GRID} into {@code folder}. */
    static SeriesReference writeSeries(Path folder) throws IOException {
        short[] hu = new short[GRID.voxelCount()];
        for (int n = 0; n < hu.length; n++) {
            hu[n] = (short) (n * 7 % 400 - 100);
        }
        return CtSeriesWriter.write(Volume.ofShorts(GRID, hu, Volume.HU), folder, CtWriteOptions.builder().build());
    }

    /** Voxels from a picture: one string per slice, row j after row j, '#' inside. */
    static Mask mask(String... slices) {
        byte[] v = new byte[GRID.voxelCount()];
        for (int k = 0; k < slices.length; k++) {
            String s = slices[k].replace("/", "");
            for (int n = 0; n < s.length(); n++) {
                v[k * GRID.sliceSize() + n] = (byte) (s.charAt(n) == '#' ? 1 : 0);
            }
        }
        return Mask.of(GRID, v);
    }

    static Mask tumour() {
        return mask("......./......./......./......./.......",
                "......./..##.../.####../..##.../.......",
                "......./...#.../..###../...##../.......",
                "......./......./......./......./......#");
    }

    /** Entered values with units, a result and a measurement with awkward doubles (no short decimal form). */
    static CaseContents contents(SeriesReference series, Path folder) {
        Map<String, Double> features = new LinkedHashMap<>();
        features.put("original_firstorder_Mean", 41.123456789012345);
        features.put("original_glcm_Correlation", Double.NaN); // undefined on a homogeneous region
        features.put("deep_prob", 0.1 + 0.2);
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("rad", -1.2345678901234567);
        scores.put("dl", 0.3333333333333333);
        scores.put("dlr", 1e-17);
        CaseMeasurement measurement = new CaseMeasurement(BUNDLE.name(), BUNDLE.version(), BUNDLE.manifestSha256(),
                features, scores, 3.0000000000000004, 12.5, List.of(0.8, 0.7, 2.5));
        Map<String, Double> points = new LinkedHashMap<>();
        points.put("afp", 37.5);
        points.put("nodules", 0.0);
        points.put("dlr_score", 61.29999999999999);
        CaseResult result = new CaseResult(0.4182736455463728, 0.2917, 0.5556123, "High risk", 1,
                -0.3300000000000001, 0.29, points, 98.8, scores, 3.0000000000000004);
        List<EnteredValue> values = List.of(new EnteredValue("afp", "1,250.50", 1250.5, "ng/mL"),
                new EnteredValue("nodules", "3", 3, ""), new EnteredValue("albumin", "3.9e1", 39, "g/L"));
        return new CaseContents(CREATED, SeriesLocation.of(series, folder), values, BUNDLE, measurement, result);
    }

    static Map<String, byte[]> entries(Path caseFile) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(caseFile.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    static void zip(Path out, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        Files.write(out, bytes.toByteArray());
    }
}
