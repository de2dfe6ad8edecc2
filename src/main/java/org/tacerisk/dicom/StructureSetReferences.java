package org.tacerisk.dicom;

import com.pixelmed.dicom.AttributeList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tacerisk.common.Finding;

/**
 * How one ROI's references agree with the image series its contours are placed on: the ROI's frame of reference
 * (StructureSetROISequence > ReferencedFrameOfReferenceUID (3006,0024)), the frames the structure set references
 * (ReferencedFrameOfReferenceSequence (3006,0010) > FrameOfReferenceUID) and the images its contours name
 * (ContourSequence > ContourImageSequence (3006,0016) > ReferencedSOPInstanceUID). Re-anonymised or re-exported
 * data break these references while the contours still lie on the series' slices; the reader then places the
 * contours by their coordinates with a warning, and refuses only contours that cannot be placed.
 *
 * @param roiName               the ROI's name, for messages
 * @param roiFrameMissing       the ROI names no frame of reference
 * @param roiFrameDiffers       the ROI names a frame of reference other than the series'
 * @param setNamesSeriesFrame   the structure set's ReferencedFrameOfReferenceSequence holds the series' frame
 * @param contourImageRefs      contour image references of the ROI
 * @param unknownImageRefs      of those, the ones naming an image that is not in the series
 */
record StructureSetReferences(String roiName, boolean roiFrameMissing, boolean roiFrameDiffers,
        boolean setNamesSeriesFrame, int contourImageRefs, int unknownImageRefs) {

    static final String FRAME_MISMATCH = "RTSTRUCT_FRAME_OF_REFERENCE_MISMATCH";
    static final String UNKNOWN_IMAGES = "RTSTRUCT_UNKNOWN_IMAGE_REFERENCE";

    /**
     * @param seriesFrame the series' FrameOfReferenceUID
     * @param seriesSops  the SOP instance UIDs of the series' images
     */
    static StructureSetReferences of(AttributeList structureSet, RoiInfo roi, String seriesFrame,
            Collection<String> seriesSops) {
        boolean setNamesSeries = RoiDicom.items(structureSet, "ReferencedFrameOfReferenceSequence").stream()
                .anyMatch(item -> RoiDicom.string(item, "FrameOfReferenceUID").equals(seriesFrame));
        Set<String> known = new HashSet<>(seriesSops);
        int refs = 0;
        int unknown = 0;
        for (AttributeList item : RoiDicom.items(structureSet, "ROIContourSequence")) {
            if (RoiDicom.integer(item, "ReferencedROINumber", Integer.MIN_VALUE) != roi.number()) {
                continue;
            }
            for (AttributeList contour : RoiDicom.items(item, "ContourSequence")) {
                for (AttributeList image : RoiDicom.items(contour, "ContourImageSequence")) {
                    refs++;
                    if (!known.contains(RoiDicom.string(image, "ReferencedSOPInstanceUID"))) {
                        unknown++;
                    }
                }
            }
        }
        String roiFrame = roi.referencedFrameOfReferenceUid();
        return new StructureSetReferences(roi.name(), roiFrame.isEmpty(),
                !roiFrame.isEmpty() && !roiFrame.equals(seriesFrame), setNamesSeries, refs, unknown);
    }

    /**
     * Every structure set of {@code index} with the findings of its ROIs against the series it is drawn on (found
     * as {@link SeriesSelection#structureSets} finds them), as {@code dicom scan} shows them: what disagrees,
     * before anyone tries to place the contours. Other objects are returned as they are.
     *
     * @param sopsBySeries the SOP instance UIDs of each series' images, by SeriesInstanceUID
     */
    static List<NonImageObject> checkStructureSets(DicomIndex index, Map<String, Set<String>> sopsBySeries) {
        List<NonImageObject> out = new ArrayList<>();
        for (NonImageObject o : index.nonImageObjects()) {
            List<SeriesEntry> drawnOn = "RTSTRUCT".equals(o.modality()) ? index.allSeries().stream()
                    .filter(s -> SeriesSelection.structureSets(index, s).contains(o)).toList() : List.of();
            out.add(drawnOn.isEmpty() ? o : o.withFindings(check(o, drawnOn, sopsBySeries)));
        }
        return out;
    }

    private static List<Finding> check(NonImageObject rtstruct, List<SeriesEntry> drawnOn,
            Map<String, Set<String>> sopsBySeries) {
        String subject = rtstruct.file().getFileName().toString();
        AttributeList list;
        try {
            list = RtStructReader.readStructureSet(rtstruct.file());
        } catch (IOException | RuntimeException e) {
            return List.of(Finding.warning("RTSTRUCT_UNREADABLE", "the structure set could not be read in full ("
                    + e.getMessage() + ")", "export it again").about(subject));
        }
        List<Finding> findings = new ArrayList<>();
        for (SeriesEntry series : drawnOn) {
            for (RoiInfo roi : RtStructReader.listRois(list)) {
                StructureSetReferences refs = of(list, roi, series.frameOfReferenceUid(),
                        sopsBySeries.getOrDefault(series.seriesInstanceUid(), Set.of()));
                finding(refs, subject).ifPresent(findings::add);
            }
        }
        return findings;
    }

    /** The warning for what disagrees, if anything does (a missing frame is reported by the reader itself). */
    static Optional<Finding> finding(StructureSetReferences refs, String subject) {
        if (refs.roiFrameDiffers()) {
            return Optional.of(Finding.warning(FRAME_MISMATCH, "ROI '" + refs.roiName() + "' "
                    + refs.inconsistency() + "; its contours are placed by their coordinates, and only when every"
                    + " contour lies on a slice of the series inside the volume",
                    "check the outline on the images: the structure set may have been drawn on another scan")
                    .about(subject));
        }
        if (refs.unknownImageRefs() > 0) {
            return Optional.of(Finding.warning(UNKNOWN_IMAGES, "ROI '" + refs.roiName() + "': "
                    + refs.inconsistency() + " (re-anonymised or re-exported images?); its contours are placed by"
                    + " their coordinates in the series' frame of reference",
                    "check the outline on the images").about(subject));
        }
        return Optional.empty();
    }

    /** What disagrees, in words, e.g. "declares another frame of reference than the image series (...)". */
    String inconsistency() {
        List<String> parts = new ArrayList<>();
        if (roiFrameDiffers) {
            parts.add("declares another frame of reference than the image series"
                    + (setNamesSeriesFrame ? " (while the structure set as a whole references the series' frame)"
                            : ""));
        }
        if (unknownImageRefs > 0) {
            parts.add(unknownImageRefs + " of its " + contourImageRefs + " contour image references name images"
                    + " that are not in this series");
        }
        return String.join(", and ", parts);
    }
}
