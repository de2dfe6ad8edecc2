package org.tacerisk.dicom;

import static org.tacerisk.dicom.DicomFindings.ADVICE_REEXPORT;
import static org.tacerisk.dicom.DicomFindings.mm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tacerisk.common.Finding;
import org.tacerisk.dicom.InstanceHeader.FrameGeometry;

/**
 * Checks that the slices of one series form a regular 3D grid and works out that grid (the {@link SlicePlan}).
 *
 * <p>Slices are ordered by their position along the slice normal n = row cosine × column cosine, d = IPP · n
 * (ImagePositionPatient (0020,0032), ImageOrientationPatient (0020,0037)) — never by file name or InstanceNumber,
 * which scanners and PACS exports number in either direction.
 */
final class SeriesGeometryCheck {

    /** Positions closer than this along n are the same slice. */
    static final double SAME_POSITION_MM = 0.01;
    /** Below this the stack is taken as untilted (positions are stored with limited decimals). */
    static final double TILT_DEGREES = 0.25;

    /** Compares the pixel data of two slices (used only for duplicates). */
    @FunctionalInterface
    interface PixelComparator {
        boolean samePixels(SlicePlan.Slice a, SlicePlan.Slice b) throws IOException;
    }

    private SeriesGeometryCheck() {
    }

    static SlicePlan check(List<InstanceHeader> headers, PixelComparator comparator) {
        List<Finding> findings = new ArrayList<>();
        List<SlicePlan.Slice> slices = new ArrayList<>();
        SeriesContentCheck.check(headers, findings, slices);
        slices = excludeLocalizersAndOrientations(slices, findings);
        if (slices.isEmpty()) {
            if (!Finding.anyError(findings)) {
                findings.add(Finding.error(DicomFindings.MISSING_GEOMETRY, "The series has no usable image slices.",
                        ADVICE_REEXPORT));
            }
            return SlicePlan.failed(findings);
        }
        FrameGeometry first = slices.get(0).frame();
        double[] row = Arrays.copyOfRange(first.orientation(), 0, 3);
        double[] col = Arrays.copyOfRange(first.orientation(), 3, 6);
        if (Math.abs(Vec.dot(row, col)) > 1e-3 || Math.abs(Vec.norm(row) - 1) > 1e-2
                || Math.abs(Vec.norm(col) - 1) > 1e-2) {
            findings.add(Finding.error(DicomFindings.NON_ORTHOGONAL, String.format(Locale.ROOT,
                    "The image row and column directions are not perpendicular (angle %.2f°): the image geometry"
                            + " (ImageOrientationPatient) is invalid.",
                    Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, Vec.dot(Vec.unit(row), Vec.unit(col))))))),
                    "Ask the CT team or PACS administrator to check the export; " + ADVICE_REEXPORT));
            return SlicePlan.failed(findings);
        }
        row = Vec.unit(row);
        col = Vec.unit(col);
        double[] normal = Vec.unit(Vec.cross(row, col));
        checkMatrix(slices, findings);
        for (int n = 0; n < slices.size(); n++) {
            slices.set(n, slices.get(n).withD(Vec.dot(slices.get(n).frame().position(), normal)));
        }
        slices.sort(Comparator.comparingDouble(SlicePlan.Slice::d)
                .thenComparing(s -> s.header().file().toString()).thenComparingInt(s -> s.frame().frameNumber()));
        slices = DuplicateCheck.removeDuplicates(slices, comparator, findings);
        double[] ps = first.pixelSpacing();
        if (slices.size() == 1) {
            findings.add(Finding.error(DicomFindings.SINGLE_SLICE,
                    "The series has a single image slice: a 3D tumour volume cannot be measured on it.",
                    "Choose the axial series that covers the liver, not a single image or a scout."));
            Double thickness = first.sliceThickness();
            double k = thickness != null && thickness > 0 ? thickness : 1.0;
            return new SlicePlan(slices, row, col, normal, new double[] {ps[1], ps[0], k}, findings);
        }
        double[] diffs = new double[slices.size() - 1];
        for (int n = 0; n < diffs.length; n++) {
            diffs[n] = slices.get(n + 1).d() - slices.get(n).d();
        }
        double median = median(diffs);
        SpacingCheck.check(slices, diffs, median, findings);
        double[] kAxis = normal;
        double kSpacing = median;
        double[] span = Vec.sub(slices.get(slices.size() - 1).frame().position(), slices.get(0).frame().position());
        double cos = Vec.dot(span, normal) / Vec.norm(span);
        double tilt = Math.toDegrees(Math.acos(Math.min(1, cos)));
        if (tilt > TILT_DEGREES) {
            // Keep the true geometry: the k axis runs along the actual stacking direction (a sheared grid).
            kAxis = Vec.unit(span);
            kSpacing = median / cos;
            findings.add(Finding.warning(DicomFindings.GANTRY_TILT, String.format(Locale.ROOT,
                    "The slices were acquired with a tilted gantry (%.1f°): they are stacked obliquely, not"
                            + " perpendicular to the image plane. The volume keeps the true geometry (sheared voxels).",
                    tilt),
                    "Prefer a reconstruction without gantry tilt if available; shape and texture features on a sheared"
                            + " grid may differ slightly from those of untilted scans."));
        }
        return new SlicePlan(slices, row, col, kAxis, new double[] {ps[1], ps[0], kSpacing}, findings);
    }

    /** Scouts (ImageType LOCALIZER) and the odd image in another orientation are left out of the volume. */
    private static List<SlicePlan.Slice> excludeLocalizersAndOrientations(List<SlicePlan.Slice> slices,
            List<Finding> findings) {
        List<SlicePlan.Slice> kept = new ArrayList<>();
        int localizers = 0;
        for (SlicePlan.Slice s : slices) {
            if (s.header().isLocalizer()) {
                localizers++;
            } else {
                kept.add(s);
            }
        }
        Map<String, List<SlicePlan.Slice>> byOrientation = new LinkedHashMap<>();
        for (SlicePlan.Slice s : kept) {
            byOrientation.computeIfAbsent(orientationKey(s.frame().orientation()), key -> new ArrayList<>()).add(s);
        }
        if (byOrientation.size() > 1) {
            List<SlicePlan.Slice> majority = byOrientation.values().stream()
                    .max(Comparator.comparingInt(List::size)).orElseThrow();
            int others = kept.size() - majority.size();
            if (others <= 5 && others * 2 < majority.size()) {
                localizers += others;
                kept = new ArrayList<>(majority);
            } else {
                findings.add(Finding.error(DicomFindings.MIXED_ORIENTATION, "The series mixes " + byOrientation.size()
                        + " image orientations (ImageOrientationPatient), e.g. axial and coronal images; they do not"
                        + " form one volume.", "Choose a series that contains only the axial images."));
                return List.of();
            }
        }
        if (localizers > 0) {
            findings.add(Finding.warning(DicomFindings.LOCALIZER, localizers + " localiser (scout) image"
                    + (localizers == 1 ? " was" : "s were") + " found in the series and left out of the volume.",
                    "Nothing to do, unless the remaining images are not the intended axial series."));
        }
        return kept;
    }

    private static String orientationKey(double[] iop) {
        StringBuilder sb = new StringBuilder();
        for (double v : iop) {
            sb.append(Math.round(v * 1000)).append(',');
        }
        return sb.toString();
    }

    private static void checkMatrix(List<SlicePlan.Slice> slices, List<Finding> findings) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (SlicePlan.Slice s : slices) {
            double[] ps = s.frame().pixelSpacing();
            String key = s.header().columns() + " × " + s.header().rows() + " pixels of "
                    + String.format(Locale.ROOT, "%.3f × %.3f mm", ps[1], ps[0]);
            sizes.merge(key, 1, Integer::sum);
        }
        if (sizes.size() > 1) {
            StringBuilder sb = new StringBuilder();
            sizes.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "; ").append(v).append(" slice(s) of ")
                    .append(k));
            findings.add(Finding.error(DicomFindings.MIXED_MATRIX,
                    "The slices do not all have the same image size or pixel spacing (" + sb + ").",
                    "The series probably mixes two reconstructions: " + ADVICE_REEXPORT));
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static String where(double a, double b) {
        return "between " + mm(a) + " and " + mm(b) + " along the slice axis";
    }
}
