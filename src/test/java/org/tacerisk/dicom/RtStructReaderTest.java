package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.dicom.RtStructTestData.closed;
import static org.tacerisk.dicom.RtStructTestData.contour;
import static org.tacerisk.dicom.RtStructTestData.draw;
import static org.tacerisk.dicom.RtStructTestData.oneRoi;
import static org.tacerisk.dicom.RtStructTestData.picture;
import static org.tacerisk.dicom.RtStructTestData.rectangle;

import com.pixelmed.dicom.AttributeList;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.ChoiceRequiredException;
import org.tacerisk.common.Finding;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;

/** Rasterising hand-built RTSTRUCT contours onto axis-aligned, oblique and reversed-k grids. */
class RtStructReaderTest {

    @TempDir
    Path dir;

    static Stream<ImageGeometry> geometries() {
        return RtStructTestData.allGeometries().stream();
    }

    private static void assertMask(Mask expected, Mask actual) {
        for (int k = 0; k < expected.geometry().nz(); k++) {
            assertEquals(draw(expected, k), draw(actual, k), "slice " + k);
        }
    }

    @ParameterizedTest
    @MethodSource("geometries")
    void squareBetweenCentresCoversExactlyTheVoxelsInside(ImageGeometry g) throws Exception {
        Path rs = oneRoi(dir, g, rectangle(g, 2, 1.5, 1.5, 4.5, 3.5));
        Mask m = RtStructReader.rasterise(rs, "GTV", g);
        assertMask(picture(g, 2, "........", "........", "..###...", "..###..."), m);
        assertEquals(6, m.count());
    }

    /** Edge rule: centres on a left or lower edge are inside, on a right or upper edge outside. */
    @ParameterizedTest
    @MethodSource("geometries")
    void verticesOnVoxelCentresFollowTheHalfOpenRule(ImageGeometry g) throws Exception {
        Path rs = oneRoi(dir, g, rectangle(g, 1, 1, 1, 4, 3));
        assertMask(picture(g, 1, "........", ".###....", ".###...."), RtStructReader.rasterise(rs, "GTV", g));
        // The same square drawn clockwise gives the same voxels.
        rs = oneRoi(dir, g, closed(g, 1, 1, 1, 1, 3, 4, 3, 4, 1));
        assertMask(picture(g, 1, "........", ".###....", ".###...."), RtStructReader.rasterise(rs, "GTV", g));
        // Centres on the hypotenuse have the interior on their -i side: outside.
        rs = oneRoi(dir, g, closed(g, 0, 0, 0, 4, 0, 0, 4));
        assertMask(picture(g, 0, "####....", "###.....", "##......", "#......."),
                RtStructReader.rasterise(rs, "GTV", g));
    }

    /** Only exact hits use the edge rule: a centre microns inside an edge is inside (as in the IBSI GTV-1). */
    @Test
    void centresMicronsFromAnEdgeAreDecidedExactly() throws Exception {
        ImageGeometry g = RtStructTestData.axisAligned();
        double eps = 5e-6;
        Path rs = oneRoi(dir, g, rectangle(g, 0, 1 + eps, 1 - eps, 3 + eps, 2 + eps));
        assertMask(picture(g, 0, "........", "..##....", "..##...."), RtStructReader.rasterise(rs, "GTV", g));
    }

    @ParameterizedTest
    @MethodSource("geometries")
    void innerContourIsAHole(ImageGeometry g) throws Exception {
        Path rs = oneRoi(dir, g, rectangle(g, 3, 0.5, 0.5, 6.5, 5.5), rectangle(g, 3, 2.5, 2.5, 4.5, 3.5));
        assertMask(picture(g, 3, "........", ".######.", ".######.", ".##..##.", ".######.", ".######."),
                RtStructReader.rasterise(rs, "GTV", g));
    }

    @ParameterizedTest
    @MethodSource("geometries")
    void separateContoursAreIslands(ImageGeometry g) throws Exception {
        Path rs = oneRoi(dir, g, rectangle(g, 0, 0.5, 0.5, 2.5, 2.5), rectangle(g, 0, 4.5, 3.5, 6.5, 5.5));
        assertMask(picture(g, 0, "........", ".##.....", ".##.....", "........", ".....##.", ".....##."),
                RtStructReader.rasterise(rs, "GTV", g));
    }

    @Test
    void contoursOnSeveralSlicesFillTheirOwnSlices() throws Exception {
        ImageGeometry g = RtStructTestData.reversedK();
        Path rs = oneRoi(dir, g, rectangle(g, 0, -0.5, -0.5, 0.5, 0.5), rectangle(g, 1, 0.5, 0.5, 2.5, 1.5),
                rectangle(g, 3, 6.5, 5.5, 7.5, 6.5));
        Mask m = RtStructReader.rasterise(rs, "GTV", g);
        assertEquals(List.of(1, 2, 0, 1), List.of(m.countInSlice(0), m.countInSlice(1), m.countInSlice(2),
                m.countInSlice(3)));
        assertTrue(m.contains(0, 0, 0) && m.contains(1, 1, 1) && m.contains(2, 1, 1) && m.contains(7, 6, 3));
    }

    @Test
    void pointAndOpenContoursAreSkippedWithAFinding() throws Exception {
        ImageGeometry g = RtStructTestData.axisAligned();
        Path rs = oneRoi(dir, g, contour(g, "POINT", 1, 3, 3), contour(g, "OPEN_PLANAR", 1, 0, 0, 5, 0, 5, 5),
                rectangle(g, 1, 0.5, 0.5, 1.5, 1.5));
        MaskRead r = RtStructReader.rasteriseWithFindings(rs, "GTV", g, null);
        assertEquals(1, r.mask().count());
        Finding f = r.findings().stream().filter(x -> x.code().equals("RTSTRUCT_CONTOUR_NOT_CLOSED")).findFirst()
                .orElseThrow();
        assertTrue(f.message().contains("POINT") && f.message().contains("OPEN_PLANAR"), f.message());
    }

    @Test
    void contoursOutsideTheGridAreReportedNotFatal() throws Exception {
        ImageGeometry g = RtStructTestData.axisAligned();
        Path rs = oneRoi(dir, g, rectangle(g, 7, 0.5, 0.5, 1.5, 1.5), rectangle(g, -2.4, 0.5, 0.5, 1.5, 1.5),
                rectangle(g, 2, -3.5, -0.5, 1.5, 0.5));
        MaskRead r = RtStructReader.rasteriseWithFindings(rs, "GTV", g, null);
        assertMask(picture(g, 2, "##......"), r.mask());
        List<String> codes = r.findings().stream().map(Finding::code).toList();
        assertTrue(codes.contains("RTSTRUCT_CONTOUR_OUTSIDE_GRID") && codes.contains("RTSTRUCT_CONTOUR_CLIPPED"),
                codes.toString());
    }

    @Test
    void contourBetweenSlicesNamesRoiAndZ() throws Exception {
        ImageGeometry g = RtStructTestData.axisAligned();
        Path rs = oneRoi(dir, g, rectangle(g, 1.5, 0.5, 0.5, 1.5, 1.5));
        BadInputException e = assertThrows(BadInputException.class, () -> RtStructReader.rasterise(rs, "GTV", g));
        double z = g.indexToPhysical(0, 0, 1.5)[2];
        assertTrue(e.getMessage().contains("'GTV'") && e.getMessage().contains(String.format(Locale.ROOT, "z = %.3f", z)),
                e.getMessage());
        Path tilted = dir.resolve("tilted.dcm");
        AttributeList list = RtStructTestData.structureSet();
        double[] a = g.indexToPhysical(0, 0, 0);
        double[] b = g.indexToPhysical(3, 0, 1);
        double[] c = g.indexToPhysical(3, 3, 2);
        AttributeList item = new AttributeList();
        RoiDicom.put(item, "ContourGeometricType", "CLOSED_PLANAR");
        RoiDicom.putDecimals(item, "ContourData", a[0], a[1], a[2], b[0], b[1], b[2], c[0], c[1], c[2]);
        RtStructTestData.addRoi(list, 1, "GTV", RtStructTestData.FRAME_OF_REFERENCE, List.of(item));
        RtStructTestData.save(list, tilted);
        e = assertThrows(BadInputException.class, () -> RtStructReader.rasterise(tilted, "GTV", g));
        assertTrue(e.getMessage().contains("not parallel"), e.getMessage());
    }

    @Test
    void unknownRoiNameListsTheAvailableOnes() throws Exception {
        ImageGeometry g = RtStructTestData.axisAligned();
        AttributeList list = RtStructTestData.structureSet();
        RtStructTestData.addRoi(list, 1, "GTV", RtStructTestData.FRAME_OF_REFERENCE, List.of());
        RtStructTestData.addRoi(list, 2, "Liver", RtStructTestData.FRAME_OF_REFERENCE, List.of());
        Path rs = RtStructTestData.save(list, dir.resolve("two.dcm"));
        ChoiceRequiredException e = assertThrows(ChoiceRequiredException.class,
                () -> RtStructReader.rasterise(rs, "Tumour", g));
        assertTrue(e.getMessage().contains("no ROI named 'Tumour'") && e.getMessage().contains("'GTV' (ROI 1")
                && e.getMessage().contains("'Liver' (ROI 2"), e.getMessage());
        assertEquals(List.of("GTV", "Liver"), e.choices().stream().map(ChoiceRequiredException.Choice::value)
                .toList());
        // A unique case-insensitive match is accepted.
        assertTrue(RtStructReader.rasterise(rs, "liver", g).isEmpty());
    }

    @Test
    void aFileThatIsNotAnRtStructNamesItsSopClass() throws Exception {
        AttributeList ct = new AttributeList();
        RoiDicom.putNewInstance(ct, "1.2.840.10008.5.1.4.1.1.2", "CT", "not a structure set");
        Path file = RtStructTestData.save(ct, dir.resolve("ct.dcm"));
        BadInputException e = assertThrows(BadInputException.class, () -> RtStructReader.listRois(file));
        assertTrue(e.getMessage().contains("1.2.840.10008.5.1.4.1.1.2") && e.getMessage().contains("CT"),
                e.getMessage());
        Path garbage = dir.resolve("garbage.dcm");
        java.nio.file.Files.writeString(garbage, "hello");
        assertThrows(BadInputException.class, () -> RtStructReader.listRois(garbage));
    }

    @Test
    void listRoisGivesNumbersNamesCountsAndFrameOfReference() throws Exception {
        ImageGeometry g = RtStructTestData.axisAligned();
        AttributeList list = RtStructTestData.structureSet();
        RtStructTestData.addRoi(list, 3, "GTV", "2.25.1", List.of(rectangle(g, 0, 0, 0, 1, 1),
                rectangle(g, 1, 0, 0, 1, 1)));
        RtStructTestData.addRoi(list, 7, "Liver", "2.25.2", List.of());
        Path rs = RtStructTestData.save(list, dir.resolve("rois.dcm"));
        assertEquals(List.of(new RoiInfo(3, "GTV", 2, "2.25.1"), new RoiInfo(7, "Liver", 0, "2.25.2")),
                RtStructReader.listRois(rs));
    }

    @Test
    void anotherFrameOfReferenceIsPlacedWithAWarningOnlyWhenEveryContourLiesOnASlice() throws Exception {
        ImageGeometry g = RtStructTestData.axisAligned();
        SeriesReference images = RtStructTestData.series(g.nz());
        AttributeList list = RtStructTestData.structureSet();
        RtStructTestData.addRoi(list, 1, "GTV", "2.25.777", List.of(rectangle(g, 0, 0.5, 0.5, 1.5, 1.5)));
        Path onSlice = RtStructTestData.save(list, dir.resolve("for.dcm"));
        MaskRead read = RtStructReader.rasteriseWithFindings(onSlice, "GTV", g, images);
        assertEquals(1, read.mask().count());
        assertTrue(read.findings().stream().anyMatch(f -> f.code().equals(StructureSetReferences.FRAME_MISMATCH)
                && f.severity() == org.tacerisk.common.Severity.WARNING), read.findings()::toString);
        AttributeList between = RtStructTestData.structureSet();
        RtStructTestData.addRoi(between, 1, "GTV", "2.25.777", List.of(rectangle(g, 0.5, 0.5, 0.5, 1.5, 1.5)));
        Path offSlice = RtStructTestData.save(between, dir.resolve("between.dcm"));
        BadInputException e = assertThrows(BadInputException.class,
                () -> RtStructReader.rasterise(offSlice, "GTV", g, images));
        assertTrue(e.getMessage().contains("another frame of reference") && e.getMessage().contains("cannot be"
                + " placed"), e.getMessage());
        Path ok = oneRoi(dir, g, rectangle(g, 0, 0.5, 0.5, 1.5, 1.5));
        assertEquals(List.of(), RtStructReader.rasteriseWithFindings(ok, "GTV", g, images).findings());
    }
}
