package org.tacerisk.dicom;

import com.pixelmed.dicom.AttributeList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.ChoiceRequiredException;
import org.tacerisk.common.Finding;
import org.tacerisk.common.NameMatch;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;

/**
 * Reads RT Structure Sets (PS3.3 A.19): lists their ROIs and rasterises one ROI's CLOSED_PLANAR contours onto an
 * image grid. A voxel is inside when its centre is inside under the even–odd rule over all contours of its slice
 * (holes and islands), with the half-open edge rule of {@link ContourRasteriser}.
 */
public final class RtStructReader {

    /** RT Structure Set Storage. */
    public static final String SOP_CLASS = "1.2.840.10008.5.1.4.1.1.481.3";
    /** A contour plane may be this far (in slices) from a slice centre: beyond it the grid is not the contours'. */
    public static final double PLANE_TOLERANCE_SLICES = 0.1;

    private static final Logger LOG = LoggerFactory.getLogger(RtStructReader.class);

    private RtStructReader() {
    }

    /** The ROIs of the Structure Set ROI Sequence (3006,0020), in file order, with their contour counts. */
    public static List<RoiInfo> listRois(Path rtstruct) throws IOException {
        return listRois(readStructureSet(rtstruct));
    }

    /** Rasterises ROI {@code roiName}; problems that do not stop it are logged (see {@link #rasteriseWithFindings}). */
    public static Mask rasterise(Path rtstruct, String roiName, ImageGeometry geometry) throws IOException {
        return rasterise(rtstruct, roiName, geometry, null);
    }

    /**
     * As {@link #rasterise(Path, String, ImageGeometry)}, and also checks the structure set's references against
     * the image series (see {@link #rasteriseWithFindings}).
     */
    public static Mask rasterise(Path rtstruct, String roiName, ImageGeometry geometry, SeriesReference images)
            throws IOException {
        MaskRead result = rasteriseWithFindings(rtstruct, roiName, geometry, images);
        for (Finding f : result.findings()) {
            LOG.warn("{}: {}", f.code(), f.message()); // no file name: names can carry patient identifiers
        }
        return result.mask();
    }

    /**
     * Rasterises ROI {@code roiName} onto {@code geometry}.
     *
     * <p>With the image series known, the structure set's references are checked against it. When the ROI declares
     * another frame of reference (or its contours name images that are not in the series, as after re-anonymising),
     * the contours are still placed by their coordinates, with a WARNING, but only if every contour lies on a slice
     * of the grid inside the volume; otherwise they cannot be placed and the file is refused.
     *
     * @param images the image series the grid comes from, or null to skip the reference checks
     * @throws BadInputException when the file is not an RTSTRUCT, the ROI is unknown or ambiguous (a
     *                           {@link ChoiceRequiredException}), a contour is not in a slice plane of the grid, or
     *                           contours in another frame of reference lie outside the volume
     */
    public static MaskRead rasteriseWithFindings(Path rtstruct, String roiName, ImageGeometry geometry,
            SeriesReference images) throws IOException {
        AttributeList list = readStructureSet(rtstruct);
        String subject = rtstruct.getFileName().toString();
        List<Finding> findings = new ArrayList<>();
        RoiInfo roi = findRoi(list, rtstruct, roiName, findings, subject);
        StructureSetReferences refs = null;
        if (images != null && images.frameOfReferenceUid() != null) {
            refs = StructureSetReferences.of(list, roi, images.frameOfReferenceUid(), images.sliceSopInstanceUids());
            if (refs.roiFrameMissing()) {
                findings.add(Finding.warning("RTSTRUCT_FRAME_OF_REFERENCE_MISSING",
                        "ROI '" + roi.name() + "' does not name its frame of reference",
                        "check visually that the contours lie on the tumour").about(subject));
            }
        }
        // Another frame: coordinates are trusted only where they fall exactly on this grid's slices, inside it.
        String unplaceableUnless = refs != null && refs.roiFrameDiffers() ? refs.inconsistency() : null;
        List<double[]> contours = closedPlanarContours(list, roi, findings, subject);
        Map<Integer, List<double[]>> bySlice = new TreeMap<>();
        int outside = 0;
        int clipped = 0;
        for (double[] points : contours) {
            double[] polygon = toSlicePolygon(points, geometry, roi, rtstruct, unplaceableUnless);
            int k = (int) polygon[polygon.length - 1];
            if (k < 0 || k >= geometry.nz()) {
                outside++;
                continue;
            }
            double[] ij = Arrays.copyOf(polygon, polygon.length - 1);
            if (extendsBeyond(ij, geometry)) {
                clipped++;
            }
            bySlice.computeIfAbsent(k, x -> new ArrayList<>()).add(ij);
        }
        if (unplaceableUnless != null && outside + clipped > 0) {
            throw new BadInputException(rtstruct, "ROI '" + roi.name() + "' " + unplaceableUnless + "; "
                    + (outside + clipped) + " of its " + contours.size() + " contours reach outside the image volume,"
                    + " so its contours cannot be placed on these images; choose the structure set drawn on this"
                    + " series");
        }
        if (refs != null) {
            StructureSetReferences.finding(refs, subject).ifPresent(findings::add);
        }
        if (outside > 0) {
            findings.add(Finding.warning("RTSTRUCT_CONTOUR_OUTSIDE_GRID", outside + " contour(s) of ROI '"
                    + roi.name() + "' lie on planes outside the image volume and were left out",
                    "check that the structure set belongs to this series").about(subject));
        }
        if (clipped > 0) {
            findings.add(Finding.warning("RTSTRUCT_CONTOUR_CLIPPED", clipped + " contour(s) of ROI '" + roi.name()
                    + "' reach beyond the image's field of view; only the part inside was used", "").about(subject));
        }
        byte[] voxels = new byte[geometry.voxelCount()];
        int size = geometry.sliceSize();
        for (Map.Entry<Integer, List<double[]>> e : bySlice.entrySet()) {
            ContourRasteriser.fill(e.getValue(), geometry.nx(), geometry.ny(), voxels, e.getKey() * size);
        }
        return new MaskRead(Mask.of(geometry, voxels), findings);
    }

    static AttributeList readStructureSet(Path rtstruct) throws IOException {
        AttributeList list = RoiDicom.read(rtstruct);
        RoiDicom.requireSopClass(list, rtstruct, SOP_CLASS, "an RT Structure Set");
        return list;
    }

    static List<RoiInfo> listRois(AttributeList list) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (AttributeList item : RoiDicom.items(list, "ROIContourSequence")) {
            int number = RoiDicom.integer(item, "ReferencedROINumber", Integer.MIN_VALUE);
            counts.merge(number, RoiDicom.items(item, "ContourSequence").size(), Integer::sum);
        }
        List<RoiInfo> rois = new ArrayList<>();
        for (AttributeList item : RoiDicom.items(list, "StructureSetROISequence")) {
            int number = RoiDicom.integer(item, "ROINumber", Integer.MIN_VALUE);
            rois.add(new RoiInfo(number, RoiDicom.string(item, "ROIName"), counts.getOrDefault(number, 0),
                    RoiDicom.string(item, "ReferencedFrameOfReferenceUID")));
        }
        return rois;
    }

    /**
     * The ROI named {@code roiName}: the exact (trimmed) name first, then a unique case-insensitive match with a
     * warning; otherwise a {@link ChoiceRequiredException} listing the ROIs (or the ambiguous ones).
     */
    private static RoiInfo findRoi(AttributeList list, Path file, String roiName, List<Finding> findings,
            String subject) {
        List<RoiInfo> rois = listRois(list);
        NameMatch match = NameMatch.find(file, ChoiceRequiredException.Subject.ROI, choices(rois), roiName);
        RoiInfo roi = rois.get(match.index());
        if (match.ignoringCase()) {
            findings.add(Finding.warning("RTSTRUCT_ROI_NAME_CASE", "no ROI is named exactly '" + roiName.trim()
                    + "'; ROI '" + roi.name() + "' was used, whose name differs only in upper and lower case",
                    "check that this is the ROI you meant, and give its name as written").about(subject));
        }
        return roi;
    }

    /** The ROIs as choices for a user: the name to give, and the name with its number and contour count. */
    static List<ChoiceRequiredException.Choice> choices(List<RoiInfo> rois) {
        return rois.stream().map(r -> new ChoiceRequiredException.Choice(r.name(), "'" + r.name() + "' (ROI "
                + r.number() + ", " + r.contourCount() + " contour" + (r.contourCount() == 1 ? "" : "s") + ")"))
                .toList();
    }

    /** ContourData (3006,0050) of the ROI's CLOSED_PLANAR contours; other geometric types become findings. */
    private static List<double[]> closedPlanarContours(AttributeList list, RoiInfo roi, List<Finding> findings,
            String subject) {
        List<double[]> contours = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        int degenerate = 0;
        boolean found = false;
        for (AttributeList item : RoiDicom.items(list, "ROIContourSequence")) {
            if (RoiDicom.integer(item, "ReferencedROINumber", Integer.MIN_VALUE) != roi.number()) {
                continue;
            }
            found = true;
            for (AttributeList contour : RoiDicom.items(item, "ContourSequence")) {
                String type = RoiDicom.string(contour, "ContourGeometricType");
                if (!"CLOSED_PLANAR".equals(type)) {
                    skipped.merge(type.isEmpty() ? "(no type)" : type, 1, Integer::sum);
                    continue;
                }
                double[] data = RoiDicom.doubles(contour, "ContourData");
                if (data.length < 9 || data.length % 3 != 0) {
                    degenerate++;
                    continue;
                }
                contours.add(data);
            }
        }
        if (!found || (contours.isEmpty() && skipped.isEmpty() && degenerate == 0)) {
            findings.add(Finding.warning("RTSTRUCT_ROI_EMPTY", "ROI '" + roi.name() + "' has no contours",
                    "the mask is empty; choose another ROI").about(subject));
        }
        if (!skipped.isEmpty()) {
            findings.add(Finding.warning("RTSTRUCT_CONTOUR_NOT_CLOSED", "ROI '" + roi.name() + "': contours that are"
                    + " not CLOSED_PLANAR enclose no volume and were skipped: " + skipped, "").about(subject));
        }
        if (degenerate > 0) {
            findings.add(Finding.warning("RTSTRUCT_CONTOUR_DEGENERATE", "ROI '" + roi.name() + "': " + degenerate
                    + " contour(s) with fewer than 3 points were skipped", "").about(subject));
        }
        return contours;
    }

    /**
     * Maps contour points (LPS mm) to index coordinates; returns {i0, j0, i1, j1, ..., k}. The whole contour must
     * lie in one slice plane of the grid (within {@link #PLANE_TOLERANCE_SLICES}).
     *
     * @param otherFrame what disagrees when the ROI is in another frame of reference (for the message), or null
     */
    private static double[] toSlicePolygon(double[] points, ImageGeometry g, RoiInfo roi, Path file,
            String otherFrame) {
        int n = points.length / 3;
        double[] result = new double[2 * n + 1];
        double minK = Double.POSITIVE_INFINITY;
        double maxK = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < n; p++) {
            double[] ijk = g.physicalToIndex(points[3 * p], points[3 * p + 1], points[3 * p + 2]);
            result[2 * p] = ijk[0];
            result[2 * p + 1] = ijk[1];
            minK = Math.min(minK, ijk[2]);
            maxK = Math.max(maxK, ijk[2]);
        }
        long k = Math.round((minK + maxK) / 2);
        if (k < 0 || k >= g.nz()) {
            result[2 * n] = -1; // outside the volume: reported by the caller, whatever its plane
            return result;
        }
        if (Math.abs(minK - k) > PLANE_TOLERANCE_SLICES || Math.abs(maxK - k) > PLANE_TOLERANCE_SLICES) {
            String z = String.format(Locale.ROOT, "%.3f", points[2]);
            String why = maxK - minK > 2 * PLANE_TOLERANCE_SLICES
                    ? "is not parallel to the image slices (it spans slice positions "
                            + String.format(Locale.ROOT, "%.2f to %.2f", minK, maxK) + ")"
                    : "lies between image slices (slice position " + String.format(Locale.ROOT, "%.2f", minK) + ")";
            throw new BadInputException(file, "a contour of ROI '" + roi.name() + "' at z = " + z + " mm " + why
                    + (otherFrame == null ? "; the structure set was drawn on a different slice grid than this series"
                            : "; as the ROI also " + otherFrame + ", its contours cannot be placed on these"
                                    + " images: choose the structure set drawn on this series"));
        }
        result[2 * n] = k;
        return result;
    }

    /** Beyond the grid's outer voxel edges (±0.5), with slack for outlines drawn exactly along them. */
    private static boolean extendsBeyond(double[] ij, ImageGeometry g) {
        double low = -0.5 - 0.01;
        for (int p = 0; p < ij.length; p += 2) {
            if (ij[p] < low || ij[p + 1] < low || ij[p] > g.nx() + low + 1 || ij[p + 1] > g.ny() + low + 1) {
                return true;
            }
        }
        return false;
    }
}
