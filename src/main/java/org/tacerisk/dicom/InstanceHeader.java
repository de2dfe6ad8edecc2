package org.tacerisk.dicom;

import java.nio.file.Path;
import java.util.List;

/**
 * What the scanner and loader need from one DICOM file, read from its header only (everything before PixelData).
 * Holds patient data: {@link #toString()} prints none of it.
 *
 * @param patientStudy   the patient and study attributes (a derived object copies them)
 * @param frames         the geometry of each frame (one for single-frame images; from the functional groups for
 *                       enhanced multi-frame images)
 * @param pixelDataEnd   file offset where native pixel data would end, or -1 when unknown (deflate, encapsulated)
 */
record InstanceHeader(
        Path file,
        long fileSize,
        String transferSyntaxUid,
        String sopClassUid,
        String sopInstanceUid,
        String modality,
        PatientStudy patientStudy,
        String studyDescription,
        String seriesInstanceUid,
        Integer seriesNumber,
        String seriesDescription,
        String frameOfReferenceUid,
        Integer instanceNumber,
        List<String> imageType,
        String contrastBolusAgent,
        int rows,
        int columns,
        int bitsAllocated,
        int bitsStored,
        int samplesPerPixel,
        int pixelRepresentation,
        int numberOfFrames,
        boolean hasPixelData,
        long pixelDataEnd,
        boolean rescalePresent,
        List<FrameGeometry> frames,
        List<String> referencedSeriesUids,
        String referencedFrameOfReferenceUid) {

    /**
     * Geometry and value mapping of one frame. Arrays are null when the attribute is absent.
     *
     * @param position     ImagePositionPatient (0020,0032): centre of the first voxel, LPS mm
     * @param orientation  ImageOrientationPatient (0020,0037): row cosine then column cosine
     * @param pixelSpacing PixelSpacing (0028,0030): distance between rows, then between columns
     */
    record FrameGeometry(double[] position, double[] orientation, double[] pixelSpacing, Double sliceThickness,
            double rescaleSlope, double rescaleIntercept, String rescaleType, int frameNumber) {

        boolean hasGeometry() {
            return position != null && position.length == 3 && orientation != null && orientation.length == 6
                    && pixelSpacing != null && pixelSpacing.length == 2 && pixelSpacing[0] > 0 && pixelSpacing[1] > 0
                    && finite(position) && finite(orientation) && finite(pixelSpacing);
        }

        private static boolean finite(double[] values) {
            for (double v : values) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
            return true;
        }
    }

    boolean isLocalizer() {
        return imageType.stream().anyMatch(t -> t.equalsIgnoreCase("LOCALIZER"));
    }

    boolean isMultiFrame() {
        return frames.size() > 1 || numberOfFrames > 1;
    }

    String fileName() {
        return file.getFileName().toString();
    }

    @Override
    public String toString() {
        return "InstanceHeader[" + fileName() + ", " + modality + ", " + rows + "x" + columns + ", " + frames.size()
                + " frame(s)]";
    }
}
