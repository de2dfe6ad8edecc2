package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.FileMetaInformation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;

/** Synthetic volumes and small file edits for the dicom tests (not a test class). */
final class DicomTestData {

    private DicomTestData() {
    }

    /** nx × ny × nz, 0.8 × 0.7 mm pixels, 2.5 mm slices; every voxel different, HU between −1024 and ~3000. */
    static Volume volume(int nx, int ny, int nz) {
        ImageGeometry g = new ImageGeometry(nx, ny, nz, new double[] {0.8, 0.7, 2.5},
                new double[] {-100.25, -80.5, 30.0}, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        return fill(g);
    }

    static Volume fill(ImageGeometry g) {
        short[] v = new short[g.voxelCount()];
        for (int n = 0; n < v.length; n++) {
            v[n] = (short) (-1024 + (n * 37 + n / 7) % 4000);
        }
        return Volume.ofShorts(g, v, Volume.HU);
    }

    static void assertSameVoxelsSliceBySlice(Volume expected, Volume actual) {
        ImageGeometry e = expected.geometry();
        ImageGeometry a = actual.geometry();
        assertEquals(e.nx(), a.nx());
        assertEquals(e.ny(), a.ny());
        assertEquals(e.nz(), a.nz());
        float[] es = new float[e.sliceSize()];
        float[] as = new float[a.sliceSize()];
        for (int k = 0; k < e.nz(); k++) {
            expected.copySlice(k, es);
            actual.copySlice(k, as);
            assertArrayEquals(es, as, "slice " + k);
        }
        assertArrayEquals(e.origin(), a.origin(), 1e-6, "origin");
        assertArrayEquals(e.spacing(), a.spacing(), 1e-6, "spacing");
        assertArrayEquals(e.direction(), a.direction(), 1e-6, "direction");
    }

    static AttributeList readAll(Path file) throws Exception {
        AttributeList l = new AttributeList();
        try (DicomInputStream in = new DicomInputStream(file.toFile())) {
            l.read(in);
        }
        return l;
    }

    /** Rewrites one file after {@code edit} changed its attributes (same transfer syntax). */
    static void edit(Path file, Edit edit) throws Exception {
        AttributeList l = readAll(file);
        String ts = Attribute.getSingleStringValueOrNull(l, new AttributeTag(0x0002, 0x0010));
        edit.apply(l);
        l.removeGroupLengthAttributes();
        l.removeMetaInformationHeaderAttributes();
        FileMetaInformation.addFileMetaInformation(l, ts, "TEST");
        l.write(file.toFile(), ts, true, true);
    }

    interface Edit {
        void apply(AttributeList l) throws Exception;
    }

    static void replace(AttributeList l, AttributeTag tag, String... values) throws Exception {
        Attribute a = l.putNewAttribute(tag);
        for (String v : values) {
            a.addValue(v);
        }
    }

    static Path copy(Path from, Path to) throws IOException {
        return Files.copy(from, to);
    }
}
