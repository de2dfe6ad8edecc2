package org.tacerisk.dicom;

import com.pixelmed.dicom.AttributeList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;

/** Synthetic grids, series references and hand-built RT Structure Sets for the RTSTRUCT and SEG tests. */
final class RtStructTestData {

    static final String FRAME_OF_REFERENCE = "2.25.1234567890";

    private RtStructTestData() {
    }

    /** 8 × 7 × 4, axis aligned, anisotropic voxels, origin off zero. */
    static ImageGeometry axisAligned() {
        return ImageGeometry.axisAligned(8, 7, 4, new double[] {0.8, 0.9, 2.5}, new double[] {-10.3, 20.1, 30.7});
    }

    /** 8 × 7 × 4, rotated 30° about S and then 20° about L: every index axis is oblique. */
    static ImageGeometry oblique() {
        double a = Math.toRadians(30);
        double b = Math.toRadians(20);
        double[][] rz = {{Math.cos(a), -Math.sin(a), 0}, {Math.sin(a), Math.cos(a), 0}, {0, 0, 1}};
        double[][] rx = {{1, 0, 0}, {0, Math.cos(b), -Math.sin(b)}, {0, Math.sin(b), Math.cos(b)}};
        double[] d = new double[9];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                for (int m = 0; m < 3; m++) {
                    d[3 * r + c] += rx[r][m] * rz[m][c];
                }
            }
        }
        return new ImageGeometry(8, 7, 4, new double[] {0.7, 0.75, 1.25}, new double[] {5.5, -3.25, 100}, d);
    }

    /** 8 × 7 × 4 with k running from head to feet (slices stored top-down, as many scanners do). */
    static ImageGeometry reversedK() {
        return new ImageGeometry(8, 7, 4, new double[] {1, 1, 3}, new double[] {0, 0, 50},
                new double[] {1, 0, 0, 0, 1, 0, 0, 0, -1});
    }

    static List<ImageGeometry> allGeometries() {
        return List.of(axisAligned(), oblique(), reversedK());
    }

    /** A reference to a fictitious CT series with one instance per slice. */
    static SeriesReference series(int slices) {
        List<String> uids = new ArrayList<>();
        for (int k = 0; k < slices; k++) {
            uids.add("2.25.99000" + k);
        }
        return new SeriesReference(new PatientStudy("Test^Patient", "TEST-1", "19700101", "O", "2.25.111", "20240101",
                "120000", "S1", "A1", ""), "2.25.222", FRAME_OF_REFERENCE, "CT", "1.2.840.10008.5.1.4.1.1.2", uids,
                List.of());
    }

    /** An RT Structure Set with no ROIs yet. */
    static AttributeList structureSet() {
        AttributeList list = new AttributeList();
        RoiDicom.putNewInstance(list, RtStructReader.SOP_CLASS, "RTSTRUCT", "test");
        RoiDicom.putPatientAndStudy(list, series(1));
        RoiDicom.put(list, "StructureSetLabel", "TEST");
        return list;
    }

    /** A contour whose points are given in index coordinates (i, j) of slice plane k of {@code g}. */
    static AttributeList contour(ImageGeometry g, String type, double k, double... ij) {
        int n = ij.length / 2;
        double[] xyz = new double[3 * n];
        for (int p = 0; p < n; p++) {
            System.arraycopy(g.indexToPhysical(ij[2 * p], ij[2 * p + 1], k), 0, xyz, 3 * p, 3);
        }
        AttributeList item = new AttributeList();
        RoiDicom.put(item, "ContourGeometricType", type);
        RoiDicom.put(item, "NumberOfContourPoints", String.valueOf(n));
        RoiDicom.putDecimals(item, "ContourData", xyz);
        return item;
    }

    static AttributeList closed(ImageGeometry g, double k, double... ij) {
        return contour(g, "CLOSED_PLANAR", k, ij);
    }

    /** Axis-aligned rectangle in index coordinates, corners (i0, j0) and (i1, j1). */
    static AttributeList rectangle(ImageGeometry g, double k, double i0, double j0, double i1, double j1) {
        return closed(g, k, i0, j0, i1, j0, i1, j1, i0, j1);
    }

    /** Appends ROI {@code number} to the three ROI sequences of {@code list}. */
    static void addRoi(AttributeList list, int number, String name, String frameOfReference,
            List<AttributeList> contours) {
        AttributeList roi = new AttributeList();
        RoiDicom.put(roi, "ROINumber", String.valueOf(number));
        RoiDicom.put(roi, "ReferencedFrameOfReferenceUID", frameOfReference);
        RoiDicom.put(roi, "ROIName", name);
        append(list, "StructureSetROISequence", roi);
        AttributeList roiContour = new AttributeList();
        RoiDicom.put(roiContour, "ReferencedROINumber", String.valueOf(number));
        RoiDicom.putSequence(roiContour, "ContourSequence", contours);
        append(list, "ROIContourSequence", roiContour);
    }

    private static void append(AttributeList list, String sequence, AttributeList item) {
        List<AttributeList> items = new ArrayList<>(RoiDicom.items(list, sequence));
        items.add(item);
        RoiDicom.putSequence(list, sequence, items);
    }

    static Path save(AttributeList list, Path file) throws IOException {
        RoiDicom.write(list, file);
        return file;
    }

    /** A one-ROI structure set file "GTV" with {@code contours}, in the test frame of reference. */
    static Path oneRoi(Path dir, ImageGeometry g, AttributeList... contours) throws IOException {
        AttributeList list = structureSet();
        addRoi(list, 1, "GTV", FRAME_OF_REFERENCE, List.of(contours));
        return save(list, dir.resolve("rs.dcm"));
    }

    /** A mask from a picture: one string per row j (first string j = 0), '#' inside, on slice k only. */
    static Mask picture(ImageGeometry g, int k, String... rows) {
        byte[] v = new byte[g.voxelCount()];
        for (int j = 0; j < rows.length; j++) {
            for (int i = 0; i < rows[j].length(); i++) {
                if (rows[j].charAt(i) == '#') {
                    v[g.index(i, j, k)] = 1;
                }
            }
        }
        return Mask.of(g, v);
    }

    /** The voxels of slice k as a picture, for readable assertion failures. */
    static String draw(Mask m, int k) {
        ImageGeometry g = m.geometry();
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < g.ny(); j++) {
            for (int i = 0; i < g.nx(); i++) {
                sb.append(m.contains(i, j, k) ? '#' : '.');
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
