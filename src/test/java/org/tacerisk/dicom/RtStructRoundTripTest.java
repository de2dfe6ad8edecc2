package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.tacerisk.dicom.RtStructTestData.picture;

import com.pixelmed.dicom.AttributeList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;

/** Mask → RTSTRUCT → mask must be the identity, and the file must be a proper structure set. */
class RtStructRoundTripTest {

    @TempDir
    Path dir;

    static Mask roundTrip(Mask mask, Path file) throws IOException {
        SeriesReference images = RtStructTestData.series(mask.geometry().nz());
        RtStructWriter.write(mask, images, "GTV", file);
        return RtStructReader.rasterise(file, "GTV", mask.geometry(), images);
    }

    static Stream<Mask> awkwardMasks() {
        return RtStructTestData.allGeometries().stream().flatMap(g -> Stream.of(
                Mask.empty(g),
                picture(g, 1, "", "", "...#"),
                picture(g, 0, "#.#.#.#.", ".#.#.#.#", "#.#.#.#.", ".#.#.#.#", "#.#.#.#.", ".#.#.#.#", "#.#.#.#."),
                picture(g, 2, "########", "#......#", "#.####.#", "#.#..#.#", "#.####.#", "#......#", "########"),
                picture(g, 3, "##......", "##......", "..##....", "..##..##", "......##", "#......#", "##....##"),
                picture(g, 3, "###", "#.#", "###.", "...#"),
                full(g)));
    }

    private static Mask full(ImageGeometry g) {
        byte[] v = new byte[g.voxelCount()];
        java.util.Arrays.fill(v, (byte) 1);
        return Mask.of(g, v);
    }

    @ParameterizedTest
    @MethodSource("awkwardMasks")
    void awkwardMasksSurviveExactly(Mask mask) throws IOException {
        Mask back = roundTrip(mask, dir.resolve("rs.dcm"));
        assertArrayEquals(mask.toByteArray(), back.toByteArray());
    }

    @Property(tries = 200)
    void randomMasksSurviveExactly(@ForAll(supplier = ContourMasks.class) Mask mask) throws IOException {
        Path file = Files.createTempFile("rtstruct-property", ".dcm");
        try {
            assertArrayEquals(mask.toByteArray(), roundTrip(mask, file).toByteArray());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void fileIsACompleteStructureSetReferencingTheImages() throws Exception {
        ImageGeometry g = RtStructTestData.reversedK();
        Mask ring = picture(g, 2, "", ".####", ".#..#", ".####");
        SeriesReference images = RtStructTestData.series(g.nz());
        Path file = dir.resolve("out/rs.dcm");
        RtStructWriter.write(ring, images, "Tumour", new RtStructWriter.Options("ORGAN", "AUTOMATIC",
                new int[] {0, 255, 0}, "LBL"), file);

        AttributeList list = RoiDicom.read(file);
        assertEquals("1.2.840.10008.1.2.1", RoiDicom.string(list, "TransferSyntaxUID"));
        assertEquals(RtStructReader.SOP_CLASS, RoiDicom.string(list, "MediaStorageSOPClassUID"));
        assertEquals(RoiDicom.string(list, "SOPInstanceUID"), RoiDicom.string(list, "MediaStorageSOPInstanceUID"));
        assertEquals("RTSTRUCT", RoiDicom.string(list, "Modality"));
        assertEquals("TEST-1", RoiDicom.string(list, "PatientID"));
        assertEquals(images.patientStudy().studyInstanceUid(), RoiDicom.string(list, "StudyInstanceUID"));
        assertNotEquals(images.seriesInstanceUid(), RoiDicom.string(list, "SeriesInstanceUID"));

        AttributeList frame = RoiDicom.item(list, "ReferencedFrameOfReferenceSequence");
        assertEquals(RtStructTestData.FRAME_OF_REFERENCE, RoiDicom.string(frame, "FrameOfReferenceUID"));
        AttributeList series = RoiDicom.item(RoiDicom.item(frame, "RTReferencedStudySequence"),
                "RTReferencedSeriesSequence");
        assertEquals(images.seriesInstanceUid(), RoiDicom.string(series, "SeriesInstanceUID"));
        assertEquals(images.sliceSopInstanceUids(), RoiDicom.items(series, "ContourImageSequence").stream()
                .map(i -> RoiDicom.string(i, "ReferencedSOPInstanceUID")).toList());

        assertEquals(List.of(new RoiInfo(1, "Tumour", 2, RtStructTestData.FRAME_OF_REFERENCE)),
                RtStructReader.listRois(file));
        AttributeList roiContour = RoiDicom.item(list, "ROIContourSequence");
        assertArrayEquals(new double[] {0, 255, 0}, RoiDicom.doubles(roiContour, "ROIDisplayColor"));
        for (AttributeList c : RoiDicom.items(roiContour, "ContourSequence")) {
            assertEquals("CLOSED_PLANAR", RoiDicom.string(c, "ContourGeometricType"));
            assertEquals(4, RoiDicom.integer(c, "NumberOfContourPoints", -1), "rectangles need 4 vertices");
            assertEquals(images.sliceSopInstanceUids().get(2), RoiDicom.string(
                    RoiDicom.item(c, "ContourImageSequence"), "ReferencedSOPInstanceUID"));
            double[] xyz = RoiDicom.doubles(c, "ContourData");
            assertEquals(g.indexToPhysical(0, 0, 2)[2], xyz[2], 1e-6, "contours lie in the plane of slice 2");
        }
        AttributeList observation = RoiDicom.item(list, "RTROIObservationsSequence");
        assertEquals("ORGAN", RoiDicom.string(observation, "RTROIInterpretedType"));
        assertEquals("AUTOMATIC", RoiDicom.string(RoiDicom.item(list, "StructureSetROISequence"),
                "ROIGenerationAlgorithm"));
        assertEquals(ring.count(), RtStructReader.rasterise(file, "Tumour", g).count());
    }

    @Test
    void seriesWithTheWrongSliceCountIsRefused() {
        Mask m = Mask.empty(RtStructTestData.axisAligned());
        assertThrows(IllegalArgumentException.class,
                () -> RtStructWriter.write(m, RtStructTestData.series(3), "GTV", dir.resolve("x.dcm")));
    }
}
