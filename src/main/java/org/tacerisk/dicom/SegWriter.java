package org.tacerisk.dicom;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherByteAttribute;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;

/**
 * Writes a {@link Mask} as a binary DICOM Segmentation (PS3.3 A.51) with one segment.
 *
 * <p>Frames are written only for slices that contain part of the mask (ascending k), which keeps tumour SEGs small;
 * {@link SegReader} treats missing slices as empty. An empty mask gets one empty frame on slice 0, because a SEG
 * needs at least one frame. Every frame carries its ImagePositionPatient, so the grid is recoverable exactly.
 */
public final class SegWriter {

    /** Segmentation Storage. */
    public static final String SOP_CLASS = "1.2.840.10008.5.1.4.1.1.66.4";

    /** A coded concept (Code Sequence Macro): value, coding scheme designator, meaning. */
    public record Code(String value, String scheme, String meaning) {
    }

    /**
     * What the segment is (Segment Description Macro, PS3.3 C.8.20.2).
     *
     * @param algorithmType "MANUAL", "SEMIAUTOMATIC" or "AUTOMATIC"
     * @param algorithmName required unless MANUAL
     * @param category      SegmentedPropertyCategoryCodeSequence (CID 7150)
     * @param type          SegmentedPropertyTypeCodeSequence (CID 7151)
     */
    public record Options(String algorithmType, String algorithmName, Code category, Code type) {

        public Options {
            Objects.requireNonNull(algorithmType, "algorithmType");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(type, "type");
            if (!List.of("MANUAL", "SEMIAUTOMATIC", "AUTOMATIC").contains(algorithmType)) {
                throw new IllegalArgumentException("SegmentAlgorithmType must be MANUAL, SEMIAUTOMATIC or AUTOMATIC");
            }
            if (!"MANUAL".equals(algorithmType) && (algorithmName == null || algorithmName.isBlank())) {
                throw new IllegalArgumentException(algorithmType + " segments need an algorithm name");
            }
        }

        /** A manually drawn primary tumour: SCT "Morphologically Abnormal Structure" / "Neoplasm, Primary". */
        public static Options manualPrimaryTumour() {
            return new Options("MANUAL", null, new Code("49755003", "SCT", "Morphologically Abnormal Structure"),
                    new Code("372087000", "SCT", "Neoplasm, Primary"));
        }
    }

    private SegWriter() {
    }

    /** Writes {@code mask} as segment {@code segmentLabel}, a manually drawn primary tumour. */
    public static void write(Mask mask, SeriesReference images, String segmentLabel, Path out) throws IOException {
        write(mask, images, segmentLabel, Options.manualPrimaryTumour(), out);
    }

    /**
     * @param images the series the mask's grid comes from: slice k of the mask is image
     *               {@code images.sliceSopInstanceUids().get(k)}
     */
    public static void write(Mask mask, SeriesReference images, String segmentLabel, Options options, Path out)
            throws IOException {
        Objects.requireNonNull(segmentLabel, "segmentLabel");
        ImageGeometry g = mask.geometry();
        RoiDicom.requireSlices(images, g.nz());
        List<Integer> slices = new ArrayList<>();
        for (int k = 0; k < g.nz(); k++) {
            if (mask.countInSlice(k) > 0) {
                slices.add(k);
            }
        }
        if (slices.isEmpty()) {
            slices.add(0);
        }
        AttributeList list = new AttributeList();
        RoiDicom.putNewInstance(list, SOP_CLASS, "SEG", "Segmentation " + segmentLabel);
        RoiDicom.putPatientAndStudy(list, images);
        // Frame of Reference (C.7.4.1) and Enhanced General Equipment (C.7.5.2) modules.
        RoiDicom.put(list, "FrameOfReferenceUID", images.frameOfReferenceUid());
        RoiDicom.put(list, "PositionReferenceIndicator", "");
        RoiDicom.put(list, "ManufacturerModelName", "TACE-Risk");
        RoiDicom.put(list, "DeviceSerialNumber", "1");
        RoiDicom.put(list, "SoftwareVersions", softwareVersion());
        // Image Pixel (C.7.6.3) with the Segmentation Image module's constraints (C.8.20.2): 1 bit, MONOCHROME2.
        RoiDicom.put(list, "ImageType", "DERIVED", "PRIMARY");
        RoiDicom.put(list, "SamplesPerPixel", 1);
        RoiDicom.put(list, "PhotometricInterpretation", "MONOCHROME2");
        RoiDicom.put(list, "Rows", g.ny());
        RoiDicom.put(list, "Columns", g.nx());
        RoiDicom.put(list, "BitsAllocated", 1);
        RoiDicom.put(list, "BitsStored", 1);
        RoiDicom.put(list, "HighBit", 0);
        RoiDicom.put(list, "PixelRepresentation", 0);
        RoiDicom.put(list, "LossyImageCompression", "00");
        RoiDicom.put(list, "SegmentationType", "BINARY");
        RoiDicom.put(list, "ContentLabel", contentLabel(segmentLabel));
        RoiDicom.put(list, "ContentDescription", segmentLabel);
        RoiDicom.put(list, "ContentCreatorName", "");
        RoiDicom.putSequence(list, "SegmentSequence", segment(segmentLabel, options));
        RoiDicom.put(list, "NumberOfFrames", String.valueOf(slices.size()));
        putDimensions(list);
        RoiDicom.putSequence(list, "SharedFunctionalGroupsSequence", sharedGroups(g));
        List<AttributeList> perFrame = new ArrayList<>();
        for (int f = 0; f < slices.size(); f++) {
            perFrame.add(frameGroups(g, images, slices.get(f), f + 1));
        }
        RoiDicom.putSequence(list, "PerFrameFunctionalGroupsSequence", perFrame);
        putReferencedSeries(list, images, slices);
        putPixelData(list, mask, slices);
        RoiDicom.write(list, out);
    }

    private static AttributeList segment(String label, Options options) {
        AttributeList segment = new AttributeList();
        RoiDicom.put(segment, "SegmentNumber", 1);
        RoiDicom.put(segment, "SegmentLabel", label);
        RoiDicom.put(segment, "SegmentAlgorithmType", options.algorithmType());
        if (options.algorithmName() != null && !options.algorithmName().isBlank()) {
            RoiDicom.put(segment, "SegmentAlgorithmName", options.algorithmName());
        }
        RoiDicom.putSequence(segment, "SegmentedPropertyCategoryCodeSequence", code(options.category()));
        RoiDicom.putSequence(segment, "SegmentedPropertyTypeCodeSequence", code(options.type()));
        return segment;
    }

    /**
     * Multi-frame Dimension module (C.7.6.17): frames are indexed by ReferencedSegmentNumber, then by
     * ImagePositionPatient, the usual organisation of segmentations of a volume.
     */
    private static void putDimensions(AttributeList list) {
        String uid = RoiDicom.newUid();
        AttributeList organisation = new AttributeList();
        RoiDicom.put(organisation, "DimensionOrganizationUID", uid);
        RoiDicom.putSequence(list, "DimensionOrganizationSequence", organisation);
        AttributeList bySegment = new AttributeList();
        RoiDicom.put(bySegment, "DimensionOrganizationUID", uid);
        RoiDicom.putTags(bySegment, "DimensionIndexPointer", RoiDicom.tag("ReferencedSegmentNumber"));
        RoiDicom.putTags(bySegment, "FunctionalGroupPointer", RoiDicom.tag("SegmentIdentificationSequence"));
        RoiDicom.put(bySegment, "DimensionDescriptionLabel", "ReferencedSegmentNumber");
        AttributeList byPosition = new AttributeList();
        RoiDicom.put(byPosition, "DimensionOrganizationUID", uid);
        RoiDicom.putTags(byPosition, "DimensionIndexPointer", RoiDicom.tag("ImagePositionPatient"));
        RoiDicom.putTags(byPosition, "FunctionalGroupPointer", RoiDicom.tag("PlanePositionSequence"));
        RoiDicom.put(byPosition, "DimensionDescriptionLabel", "ImagePositionPatient");
        RoiDicom.putSequence(list, "DimensionIndexSequence", List.of(bySegment, byPosition));
    }

    /** Pixel Measures (C.7.6.16.2.1) and Plane Orientation (C.7.6.16.2.4), the same for every frame. */
    private static AttributeList sharedGroups(ImageGeometry g) {
        AttributeList measures = new AttributeList();
        // PixelSpacing is row spacing (along j) then column spacing (along i).
        RoiDicom.putDecimals(measures, "PixelSpacing", g.spacing(1), g.spacing(0));
        RoiDicom.putDecimals(measures, "SliceThickness", g.spacing(2));
        RoiDicom.putDecimals(measures, "SpacingBetweenSlices", g.spacing(2));
        AttributeList orientation = new AttributeList();
        double[] row = g.axis(0);
        double[] column = g.axis(1);
        RoiDicom.putDecimals(orientation, "ImageOrientationPatient", row[0], row[1], row[2], column[0], column[1],
                column[2]);
        AttributeList shared = new AttributeList();
        RoiDicom.putSequence(shared, "PixelMeasuresSequence", measures);
        RoiDicom.putSequence(shared, "PlaneOrientationSequence", orientation);
        return shared;
    }

    /** Frame Content, Plane Position, Derivation Image and Segment Identification for the frame of slice k. */
    private static AttributeList frameGroups(ImageGeometry g, SeriesReference images, int k, int positionIndex) {
        AttributeList content = new AttributeList();
        content.put(dimensionIndexValues(positionIndex));
        AttributeList position = new AttributeList();
        double[] ipp = g.indexToPhysical(0, 0, k);
        RoiDicom.putDecimals(position, "ImagePositionPatient", ipp);
        AttributeList source = new AttributeList();
        RoiDicom.put(source, "ReferencedSOPClassUID", RoiDicom.imageSopClass(images));
        RoiDicom.put(source, "ReferencedSOPInstanceUID", images.sliceSopInstanceUids().get(k));
        int frame = RoiDicom.frameNumber(images, k);
        if (frame > 0) {
            RoiDicom.put(source, "ReferencedFrameNumber", String.valueOf(frame));
        }
        RoiDicom.putSequence(source, "PurposeOfReferenceCodeSequence",
                RoiDicom.code("121322", "DCM", "Source image for image processing operation"));
        AttributeList derivation = new AttributeList();
        RoiDicom.putSequence(derivation, "DerivationCodeSequence", RoiDicom.code("113076", "DCM", "Segmentation"));
        RoiDicom.putSequence(derivation, "SourceImageSequence", source);
        AttributeList segment = new AttributeList();
        RoiDicom.put(segment, "ReferencedSegmentNumber", 1);
        AttributeList groups = new AttributeList();
        RoiDicom.putSequence(groups, "FrameContentSequence", content);
        RoiDicom.putSequence(groups, "PlanePositionSequence", position);
        RoiDicom.putSequence(groups, "DerivationImageSequence", derivation);
        RoiDicom.putSequence(groups, "SegmentIdentificationSequence", segment);
        return groups;
    }

    private static com.pixelmed.dicom.Attribute dimensionIndexValues(int positionIndex) {
        AttributeList holder = new AttributeList();
        RoiDicom.put(holder, "DimensionIndexValues", 1, positionIndex); // segment 1, position rank (1-based)
        return holder.get(RoiDicom.tag("DimensionIndexValues"));
    }

    /** Common Instance Reference module (C.12.2): the source images the frames were derived from. */
    private static void putReferencedSeries(AttributeList list, SeriesReference images, List<Integer> slices) {
        Set<String> uids = new LinkedHashSet<>();
        for (int k : slices) {
            uids.add(images.sliceSopInstanceUids().get(k));
        }
        List<AttributeList> instances = RoiDicom.instanceReferences(images, uids);
        AttributeList series = new AttributeList();
        RoiDicom.put(series, "SeriesInstanceUID", images.seriesInstanceUid());
        RoiDicom.putSequence(series, "ReferencedInstanceSequence", instances);
        RoiDicom.putSequence(list, "ReferencedSeriesSequence", series);
    }

    /** Pixel Data as OB, bit-packed over all frames ({@link SegBits}). */
    private static void putPixelData(AttributeList list, Mask mask, List<Integer> slices) throws IOException {
        ImageGeometry g = mask.geometry();
        int size = g.sliceSize();
        byte[] packed = new byte[SegBits.packedLength((long) size * slices.size())];
        for (int f = 0; f < slices.size(); f++) {
            int start = slices.get(f) * size;
            long bit = (long) f * size;
            for (int n = 0; n < size; n++) {
                if (mask.contains(start + n)) {
                    SegBits.set(packed, bit + n);
                }
            }
        }
        OtherByteAttribute pixels = new OtherByteAttribute(RoiDicom.tag("PixelData"));
        try {
            pixels.setValues(packed);
        } catch (DicomException e) {
            throw new IOException("cannot set Pixel Data: " + e.getMessage(), e);
        }
        list.put(pixels);
    }

    private static AttributeList code(Code c) {
        return RoiDicom.code(c.value(), c.scheme(), c.meaning());
    }

    /** ContentLabel is a CS: upper case, digits, space and underscore, at most 16 characters. */
    static String contentLabel(String label) {
        String cs = label.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9 _]", "_").strip();
        cs = cs.length() > 16 ? cs.substring(0, 16) : cs;
        return cs.isEmpty() ? "SEGMENTATION" : cs;
    }

    private static String softwareVersion() {
        return org.tacerisk.common.SoftwareVersion.current();
    }
}
