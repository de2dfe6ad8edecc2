package org.tacerisk.dicom;

import com.pixelmed.dicom.AttributeList;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;

/**
 * Writes a {@link Mask} as an RT Structure Set (PS3.3 A.19) with one ROI. Each slice's regions and holes are traced
 * along voxel edges ({@link ContourTracer}) into CLOSED_PLANAR contours, so that reading the file back with
 * {@link RtStructReader} (even–odd, centre inside) reproduces the mask exactly.
 */
public final class RtStructWriter {

    /**
     * What the ROI is.
     *
     * @param interpretedType     RTROIInterpretedType (3006,00A4), e.g. "GTV", "ORGAN"; "" leaves it unknown
     * @param generationAlgorithm ROIGenerationAlgorithm (3006,0036): "MANUAL", "SEMIAUTOMATIC", "AUTOMATIC" or ""
     * @param displayColor        ROIDisplayColor (3006,002A) as {r, g, b} 0–255
     * @param structureSetLabel   StructureSetLabel (3006,0002), at most 16 characters
     */
    public record Options(String interpretedType, String generationAlgorithm, int[] displayColor,
            String structureSetLabel) {

        public Options {
            interpretedType = interpretedType == null ? "" : interpretedType;
            generationAlgorithm = generationAlgorithm == null ? "" : generationAlgorithm;
            displayColor = displayColor == null ? new int[] {255, 0, 0} : displayColor.clone();
            if (displayColor.length != 3) {
                throw new IllegalArgumentException("display colour needs r, g, b");
            }
            structureSetLabel = structureSetLabel == null || structureSetLabel.isBlank() ? "TACE-Risk" : structureSetLabel;
        }

        @Override
        public int[] displayColor() {
            return displayColor.clone();
        }

        /** A gross tumour volume in red, generation algorithm unknown. */
        public static Options gtv() {
            return new Options("GTV", "", new int[] {255, 0, 0}, "TACE-Risk");
        }
    }

    private RtStructWriter() {
    }

    /** Writes {@code mask} as ROI {@code roiName} of type GTV (see {@link Options#gtv()}). */
    public static void write(Mask mask, SeriesReference images, String roiName, Path out) throws IOException {
        write(mask, images, roiName, Options.gtv(), out);
    }

    /**
     * @param images the series the mask's grid comes from: slice k of the mask is image
     *               {@code images.sliceSopInstanceUids().get(k)}
     */
    public static void write(Mask mask, SeriesReference images, String roiName, Options options, Path out)
            throws IOException {
        Objects.requireNonNull(roiName, "roiName");
        ImageGeometry g = mask.geometry();
        RoiDicom.requireSlices(images, g.nz());
        AttributeList list = new AttributeList();
        RoiDicom.putNewInstance(list, RtStructReader.SOP_CLASS, "RTSTRUCT", "RT structure set " + roiName);
        RoiDicom.putPatientAndStudy(list, images);
        LocalDateTime now = LocalDateTime.now();
        // Structure Set module (PS3.3 C.8.8.5).
        RoiDicom.put(list, "StructureSetLabel", truncate(options.structureSetLabel(), 16));
        RoiDicom.put(list, "StructureSetDate", now.format(DateTimeFormatter.BASIC_ISO_DATE));
        RoiDicom.put(list, "StructureSetTime", now.format(DateTimeFormatter.ofPattern("HHmmss")));
        RoiDicom.put(list, "OperatorsName", "");
        RoiDicom.putSequence(list, "ReferencedFrameOfReferenceSequence", frameOfReferenceItem(images));
        int roiNumber = 1;
        AttributeList roi = new AttributeList();
        RoiDicom.put(roi, "ROINumber", String.valueOf(roiNumber));
        RoiDicom.put(roi, "ReferencedFrameOfReferenceUID", images.frameOfReferenceUid());
        RoiDicom.put(roi, "ROIName", roiName);
        RoiDicom.put(roi, "ROIGenerationAlgorithm", options.generationAlgorithm());
        RoiDicom.putSequence(list, "StructureSetROISequence", roi);
        // ROI Contour module (PS3.3 C.8.8.6).
        AttributeList roiContour = new AttributeList();
        int[] c = options.displayColor();
        RoiDicom.put(roiContour, "ROIDisplayColor", String.valueOf(c[0]), String.valueOf(c[1]), String.valueOf(c[2]));
        List<AttributeList> contours = contours(mask, images);
        if (!contours.isEmpty()) {
            RoiDicom.putSequence(roiContour, "ContourSequence", contours); // Type 3: absent for an empty mask
        }
        RoiDicom.put(roiContour, "ReferencedROINumber", String.valueOf(roiNumber));
        RoiDicom.putSequence(list, "ROIContourSequence", roiContour);
        // RT ROI Observations module (PS3.3 C.8.8.8).
        AttributeList observation = new AttributeList();
        RoiDicom.put(observation, "ObservationNumber", "1");
        RoiDicom.put(observation, "ReferencedROINumber", String.valueOf(roiNumber));
        RoiDicom.put(observation, "RTROIInterpretedType", options.interpretedType());
        RoiDicom.put(observation, "ROIInterpreter", "");
        RoiDicom.putSequence(list, "RTROIObservationsSequence", observation);
        RoiDicom.write(list, out);
    }

    /** ReferencedFrameOfReferenceSequence → RTReferencedStudySequence → RTReferencedSeriesSequence → images. */
    private static AttributeList frameOfReferenceItem(SeriesReference images) {
        List<AttributeList> imageItems = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int k = 0; k < images.sliceSopInstanceUids().size(); k++) {
            String uid = images.sliceSopInstanceUids().get(k);
            int frame = RoiDicom.frameNumber(images, k);
            if (frame == 0 && seen.contains(uid)) {
                continue;
            }
            seen.add(uid);
            imageItems.add(imageReference(images, k));
        }
        AttributeList series = new AttributeList();
        RoiDicom.put(series, "SeriesInstanceUID", images.seriesInstanceUid());
        RoiDicom.putSequence(series, "ContourImageSequence", imageItems);
        AttributeList study = new AttributeList();
        // The retired Detached Study Management SOP class is what PS3.3 C.8.8.5 still asks for here.
        RoiDicom.put(study, "ReferencedSOPClassUID", "1.2.840.10008.3.1.2.3.1");
        RoiDicom.put(study, "ReferencedSOPInstanceUID", images.patientStudy().studyInstanceUid());
        RoiDicom.putSequence(study, "RTReferencedSeriesSequence", series);
        AttributeList frameOfReference = new AttributeList();
        RoiDicom.put(frameOfReference, "FrameOfReferenceUID", images.frameOfReferenceUid());
        RoiDicom.putSequence(frameOfReference, "RTReferencedStudySequence", study);
        return frameOfReference;
    }

    /** One item of a ContourImageSequence: the image (and frame) of slice k. */
    private static AttributeList imageReference(SeriesReference images, int k) {
        AttributeList item = new AttributeList();
        RoiDicom.put(item, "ReferencedSOPClassUID", RoiDicom.imageSopClass(images));
        RoiDicom.put(item, "ReferencedSOPInstanceUID", images.sliceSopInstanceUids().get(k));
        int frame = RoiDicom.frameNumber(images, k);
        if (frame > 0) {
            RoiDicom.put(item, "ReferencedFrameNumber", String.valueOf(frame));
        }
        return item;
    }

    /** One ContourSequence item per traced loop, slice by slice. */
    private static List<AttributeList> contours(Mask mask, SeriesReference images) {
        ImageGeometry g = mask.geometry();
        byte[] voxels = mask.toByteArray();
        List<AttributeList> items = new ArrayList<>();
        for (int k = 0; k < g.nz(); k++) {
            if (mask.countInSlice(k) == 0) {
                continue;
            }
            for (double[] loop : ContourTracer.trace(voxels, k * g.sliceSize(), g.nx(), g.ny())) {
                int n = loop.length / 2;
                double[] xyz = new double[3 * n];
                for (int p = 0; p < n; p++) {
                    double[] lps = g.indexToPhysical(loop[2 * p], loop[2 * p + 1], k);
                    System.arraycopy(lps, 0, xyz, 3 * p, 3);
                }
                AttributeList item = new AttributeList();
                RoiDicom.put(item, "ContourNumber", String.valueOf(items.size() + 1));
                RoiDicom.putSequence(item, "ContourImageSequence", imageReference(images, k));
                RoiDicom.put(item, "ContourGeometricType", "CLOSED_PLANAR");
                RoiDicom.put(item, "NumberOfContourPoints", String.valueOf(n));
                RoiDicom.putDecimals(item, "ContourData", xyz);
                items.add(item);
            }
        }
        return items;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
