package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.dicom.RtStructTestData.picture;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.AttributeTagAttribute;
import com.pixelmed.dicom.DicomException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.ChoiceRequiredException;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;

/** Mask → DICOM SEG → mask must be the identity; the bits must be packed as PS3.5 says. */
class SegRoundTripTest {

    @TempDir
    Path dir;

    static Mask roundTrip(Mask mask, Path file) throws IOException {
        SegWriter.write(mask, RtStructTestData.series(mask.geometry().nz()), "Tumour", file);
        return SegReader.read(file, "Tumour", mask.geometry());
    }

    static java.util.stream.Stream<Mask> awkwardMasks() {
        return RtStructRoundTripTest.awkwardMasks();
    }

    @ParameterizedTest
    @MethodSource("awkwardMasks")
    void awkwardMasksSurviveExactly(Mask mask) throws IOException {
        assertArrayEquals(mask.toByteArray(), roundTrip(mask, dir.resolve("seg.dcm")).toByteArray());
    }

    @Property(tries = 200)
    void randomMasksSurviveExactly(@ForAll(supplier = ContourMasks.class) Mask mask) throws IOException {
        Path file = Files.createTempFile("seg-property", ".dcm");
        try {
            assertArrayEquals(mask.toByteArray(), roundTrip(mask, file).toByteArray());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static byte[] pixelBytes(Path file) throws Exception {
        Attribute a = RoiDicom.read(file).get(RoiDicom.tag("PixelData"));
        return a.getByteValues();
    }

    /** 3 × 3 frame: pixel n = i + 3j is bit n % 8 of byte n / 8, least significant bit first. */
    @Test
    void bitsArePackedLittleEndianWithoutPaddingBetweenFrames() throws Exception {
        ImageGeometry g = ImageGeometry.axisAligned(3, 3, 2, new double[] {1, 1, 1}, new double[] {0, 0, 0});
        Mask one = picture(g, 0, "#..", ".##", "#.#"); // pixels 0, 4, 5, 6, 8
        Path file = dir.resolve("one.dcm");
        SegWriter.write(one, RtStructTestData.series(2), "Tumour", file);
        assertArrayEquals(new byte[] {0b0111_0001, 0b0000_0001}, pixelBytes(file), "1 frame: 9 bits, padded to 2");

        byte[] v = one.toByteArray();
        for (int n = 9; n < 18; n++) {
            v[n] = 1; // slice 1 full: bits 9..17 of the stream
        }
        Mask two = Mask.of(g, v);
        SegWriter.write(two, RtStructTestData.series(2), "Tumour", file);
        assertArrayEquals(new byte[] {0b0111_0001, (byte) 0b1111_1111, 0b0000_0011, 0}, pixelBytes(file),
                "frame 2 starts at bit 9, not at a byte boundary; 18 bits padded to 4 bytes");
        assertArrayEquals(v, SegReader.read(file, "Tumour", g).toByteArray());
    }

    @Test
    void fileIsABinarySegmentationWithFramesOnlyForMaskSlices() throws Exception {
        ImageGeometry g = RtStructTestData.oblique();
        byte[] v = picture(g, 1, "", ".##").toByteArray();
        v[g.index(7, 6, 3)] = 1;
        Mask mask = Mask.of(g, v);
        SeriesReference images = RtStructTestData.series(g.nz());
        Path file = dir.resolve("seg.dcm");
        SegWriter.write(mask, images, "Tumour", file);

        AttributeList list = RoiDicom.read(file);
        assertEquals("1.2.840.10008.1.2.1", RoiDicom.string(list, "TransferSyntaxUID"));
        assertEquals(SegWriter.SOP_CLASS, RoiDicom.string(list, "SOPClassUID"));
        assertEquals("BINARY", RoiDicom.string(list, "SegmentationType"));
        assertEquals(1, RoiDicom.integer(list, "BitsAllocated", -1));
        assertEquals(2, RoiDicom.integer(list, "NumberOfFrames", -1));
        assertEquals(RtStructTestData.FRAME_OF_REFERENCE, RoiDicom.string(list, "FrameOfReferenceUID"));
        AttributeList segment = RoiDicom.item(list, "SegmentSequence");
        assertEquals("MANUAL", RoiDicom.string(segment, "SegmentAlgorithmType"));
        assertEquals("372087000", RoiDicom.string(RoiDicom.item(segment, "SegmentedPropertyTypeCodeSequence"),
                "CodeValue"));
        List<AttributeList> frames = RoiDicom.items(list, "PerFrameFunctionalGroupsSequence");
        int[] slices = {1, 3};
        for (int f = 0; f < 2; f++) {
            AttributeList source = RoiDicom.item(RoiDicom.item(frames.get(f), "DerivationImageSequence"),
                    "SourceImageSequence");
            assertEquals(images.sliceSopInstanceUids().get(slices[f]),
                    RoiDicom.string(source, "ReferencedSOPInstanceUID"));
            double[] ipp = RoiDicom.doubles(RoiDicom.item(frames.get(f), "PlanePositionSequence"),
                    "ImagePositionPatient");
            assertArrayEquals(g.indexToPhysical(0, 0, slices[f]), ipp, 1e-6);
            assertArrayEquals(new double[] {1, f + 1}, RoiDicom.doubles(
                    RoiDicom.item(frames.get(f), "FrameContentSequence"), "DimensionIndexValues"));
        }
        List<AttributeList> dimensions = RoiDicom.items(list, "DimensionIndexSequence");
        assertEquals(List.of(RoiDicom.tag("ReferencedSegmentNumber"), RoiDicom.tag("ImagePositionPatient")),
                dimensions.stream().map(d -> pointer(d, "DimensionIndexPointer")).toList());
        assertEquals(List.of(RoiDicom.tag("SegmentIdentificationSequence"), RoiDicom.tag("PlanePositionSequence")),
                dimensions.stream().map(d -> pointer(d, "FunctionalGroupPointer")).toList());
        assertEquals(List.of("Tumour"), SegReader.segmentLabels(file));
    }

    private static AttributeTag pointer(AttributeList item, String keyword) {
        try {
            return ((AttributeTagAttribute) item.get(RoiDicom.tag(keyword))).getAttributeTagValues()[0];
        } catch (DicomException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void unknownLabelListsTheLabels() throws Exception {
        ImageGeometry g = RtStructTestData.axisAligned();
        Path file = dir.resolve("seg.dcm");
        SegWriter.write(Mask.empty(g), RtStructTestData.series(g.nz()), "Liver tumour", file);
        ChoiceRequiredException e = assertThrows(ChoiceRequiredException.class, () -> SegReader.read(file, "GTV", g));
        assertTrue(e.getMessage().contains("no segment named 'GTV'")
                && e.getMessage().contains("'Liver tumour'"), e.getMessage());
        assertEquals(List.of("Liver tumour"), e.choices().stream().map(ChoiceRequiredException.Choice::value)
                .toList());
        assertTrue(SegReader.read(file, "liver TUMOUR", g).isEmpty());
    }

    @Test
    void segmentationOnAnotherGridIsRefused() throws Exception {
        ImageGeometry g = RtStructTestData.axisAligned();
        Path file = dir.resolve("seg.dcm");
        SegWriter.write(picture(g, 2, "#"), RtStructTestData.series(g.nz()), "Tumour", file);
        ImageGeometry shifted = ImageGeometry.axisAligned(8, 7, 4, g.spacing(), new double[] {-10.3, 20.1, 31.9});
        BadInputException e = assertThrows(BadInputException.class, () -> SegReader.read(file, "Tumour", shifted));
        assertTrue(e.getMessage().contains("not on a slice"), e.getMessage());
        BadInputException o = assertThrows(BadInputException.class,
                () -> SegReader.read(file, "Tumour", RtStructTestData.oblique()));
        assertTrue(o.getMessage().contains("oriented differently"), o.getMessage());
        assertThrows(BadInputException.class, () -> SegReader.read(file, "Tumour", g.withSize(8, 6, 4)));
    }

    @Test
    void rtStructIsNotASegmentation() throws Exception {
        ImageGeometry g = RtStructTestData.axisAligned();
        Path rs = dir.resolve("rs.dcm");
        RtStructWriter.write(Mask.empty(g), RtStructTestData.series(g.nz()), "GTV", rs);
        BadInputException e = assertThrows(BadInputException.class, () -> SegReader.segmentLabels(rs));
        assertTrue(e.getMessage().contains(RtStructReader.SOP_CLASS), e.getMessage());
    }

    /** What a case file checks a SEG against: the study, frame of reference and series it was drawn on. */
    @Test
    void referencesNameTheStudyFrameOfReferenceAndSeries() throws IOException {
        ImageGeometry g = ImageGeometry.axisAligned(3, 3, 2, new double[] {1, 1, 1}, new double[] {0, 0, 0});
        Path file = dir.resolve("refs.dcm");
        SegWriter.write(picture(g, 1, "...", ".#.", "..."), RtStructTestData.series(2), "Tumour", file);
        assertEquals(new SegReader.References("2.25.111", RtStructTestData.FRAME_OF_REFERENCE, List.of("2.25.222")),
                SegReader.references(file));
    }
}
