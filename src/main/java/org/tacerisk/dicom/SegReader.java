package org.tacerisk.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.OtherWordAttribute;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.ChoiceRequiredException;
import org.tacerisk.common.NameMatch;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;

/**
 * Reads one segment of a binary DICOM Segmentation (PS3.3 A.51) onto a given image grid. Each frame is placed by its
 * ImagePositionPatient (Plane Position functional group) on slice k of the grid; slices without a frame are empty.
 * Frames must lie exactly on the grid: orientation, pixel spacing and in-plane position must match, because a SEG
 * made on another grid would need resampling, which this reader refuses to do silently.
 */
public final class SegReader {

    /** In-plane tolerance for a frame's origin, in voxels; generous against DS rounding, far below a voxel. */
    static final double IN_PLANE_TOLERANCE = 0.05;
    /** A frame may be this far (in slices) from a slice centre, as for RTSTRUCT contours. */
    static final double PLANE_TOLERANCE_SLICES = RtStructReader.PLANE_TOLERANCE_SLICES;

    private SegReader() {
    }

    /** SegmentLabel (0062,0005) of each item of the SegmentSequence, in file order. */
    public static List<String> segmentLabels(Path seg) throws IOException {
        AttributeList list = readSegmentation(seg);
        List<String> labels = new ArrayList<>();
        for (AttributeList segment : RoiDicom.items(list, "SegmentSequence")) {
            labels.add(RoiDicom.string(segment, "SegmentLabel"));
        }
        return labels;
    }

    /**
     * What a segmentation says it was drawn on: its StudyInstanceUID and FrameOfReferenceUID (empty when absent)
     * and the SeriesInstanceUID of each item of its ReferencedSeriesSequence, in file order.
     */
    public record References(String studyInstanceUid, String frameOfReferenceUid, List<String> seriesInstanceUids) {

        public References {
            seriesInstanceUids = List.copyOf(seriesInstanceUids);
        }
    }

    /** The series a segmentation references ({@link References}); reads the header, not the frames' placement. */
    public static References references(Path seg) throws IOException {
        AttributeList list = readSegmentation(seg);
        List<String> series = new ArrayList<>();
        for (AttributeList item : RoiDicom.items(list, "ReferencedSeriesSequence")) {
            series.add(RoiDicom.string(item, "SeriesInstanceUID"));
        }
        return new References(RoiDicom.string(list, "StudyInstanceUID"),
                RoiDicom.string(list, "FrameOfReferenceUID"), series);
    }

    /**
     * The voxels of segment {@code segmentLabel} on {@code geometry}.
     *
     * @throws BadInputException when the file is not a binary SEG, the label is unknown, or a frame is not on the grid
     */
    public static Mask read(Path seg, String segmentLabel, ImageGeometry geometry) throws IOException {
        AttributeList list = readSegmentation(seg);
        String type = RoiDicom.string(list, "SegmentationType");
        if (!"BINARY".equals(type)) {
            throw new BadInputException(seg, "SegmentationType is " + (type.isEmpty() ? "missing" : type)
                    + "; only BINARY segmentations can be read as a mask");
        }
        int segmentNumber = findSegment(list, seg, segmentLabel);
        int rows = RoiDicom.integer(list, "Rows", -1);
        int columns = RoiDicom.integer(list, "Columns", -1);
        if (rows != geometry.ny() || columns != geometry.nx() || RoiDicom.integer(list, "BitsAllocated", -1) != 1) {
            throw new BadInputException(seg, "frames are " + columns + " x " + rows + " pixels, "
                    + RoiDicom.integer(list, "BitsAllocated", -1) + " bit, but the image grid is " + geometry.nx()
                    + " x " + geometry.ny() + " and a binary SEG has 1 bit per pixel");
        }
        int frames = RoiDicom.integer(list, "NumberOfFrames", 1);
        AttributeList shared = RoiDicom.item(list, "SharedFunctionalGroupsSequence");
        List<AttributeList> perFrame = RoiDicom.items(list, "PerFrameFunctionalGroupsSequence");
        if (perFrame.size() != frames) {
            throw new BadInputException(seg, "NumberOfFrames is " + frames + " but there are " + perFrame.size()
                    + " per-frame functional group items");
        }
        byte[] packed = pixelData(list, seg);
        int size = geometry.sliceSize();
        if ((long) packed.length * 8 < (long) frames * size) {
            throw new BadInputException(seg, "Pixel Data holds " + packed.length + " bytes, too few for " + frames
                    + " frames of " + columns + " x " + rows + " bits (is it compressed?)");
        }
        byte[] voxels = new byte[geometry.voxelCount()];
        for (int f = 0; f < frames; f++) {
            AttributeList groups = perFrame.get(f);
            AttributeList identification = group(groups, shared, "SegmentIdentificationSequence");
            if (RoiDicom.integer(identification, "ReferencedSegmentNumber", -1) != segmentNumber) {
                continue;
            }
            long first = (long) f * size;
            boolean any = false;
            for (int n = 0; n < size && !any; n++) {
                any = SegBits.get(packed, first + n);
            }
            if (!any) {
                continue; // an empty frame adds nothing, wherever it lies
            }
            checkPlane(group(groups, shared, "PlaneOrientationSequence"), group(groups, shared,
                    "PixelMeasuresSequence"), geometry, seg);
            int k = sliceOf(group(groups, shared, "PlanePositionSequence"), geometry, seg, f + 1);
            int start = k * size;
            for (int n = 0; n < size; n++) {
                if (SegBits.get(packed, first + n)) {
                    voxels[start + n] = 1;
                }
            }
        }
        return Mask.of(geometry, voxels);
    }

    private static AttributeList readSegmentation(Path seg) throws IOException {
        AttributeList list = RoiDicom.read(seg);
        RoiDicom.requireSopClass(list, seg, SegWriter.SOP_CLASS, "a DICOM Segmentation");
        return list;
    }

    /**
     * Exact (trimmed) label first, then a unique case-insensitive match; returns the SegmentNumber. No match, or
     * several, is a {@link ChoiceRequiredException} listing the segments.
     */
    private static int findSegment(AttributeList list, Path seg, String label) {
        List<AttributeList> segments = RoiDicom.items(list, "SegmentSequence");
        List<ChoiceRequiredException.Choice> choices = segments.stream().map(s -> new ChoiceRequiredException.Choice(
                RoiDicom.string(s, "SegmentLabel"), "'" + RoiDicom.string(s, "SegmentLabel") + "' (segment "
                        + RoiDicom.integer(s, "SegmentNumber", -1) + ")")).toList();
        NameMatch match = NameMatch.find(seg, ChoiceRequiredException.Subject.SEGMENT, choices, label);
        return RoiDicom.integer(segments.get(match.index()), "SegmentNumber", -1);
    }

    /** A functional group of a frame: its own (per-frame) item if present, else the shared one (C.7.6.16). */
    private static AttributeList group(AttributeList perFrame, AttributeList shared, String sequence) {
        AttributeList own = RoiDicom.item(perFrame, sequence);
        return own != null ? own : RoiDicom.item(shared, sequence);
    }

    private static void checkPlane(AttributeList orientation, AttributeList measures, ImageGeometry g, Path seg) {
        double[] iop = orientation == null ? new double[0] : RoiDicom.doubles(orientation, "ImageOrientationPatient");
        if (iop.length != 6) {
            throw new BadInputException(seg, "a frame has no ImageOrientationPatient");
        }
        double[] row = g.axis(0);
        double[] column = g.axis(1);
        for (int d = 0; d < 3; d++) {
            if (Math.abs(iop[d] - row[d]) > 1e-4 || Math.abs(iop[3 + d] - column[d]) > 1e-4) {
                throw new BadInputException(seg, "the segmentation's frames are oriented differently from the image"
                        + " grid; it was made on another series or reformat");
            }
        }
        double[] spacing = measures == null ? new double[0] : RoiDicom.doubles(measures, "PixelSpacing");
        if (spacing.length != 2 || Math.abs(spacing[0] - g.spacing(1)) > 1e-4 * g.spacing(1)
                || Math.abs(spacing[1] - g.spacing(0)) > 1e-4 * g.spacing(0)) {
            throw new BadInputException(seg, "the segmentation's pixel spacing differs from the image grid's");
        }
    }

    /** The slice k whose origin is the frame's ImagePositionPatient. */
    private static int sliceOf(AttributeList position, ImageGeometry g, Path seg, int frame) {
        double[] ipp = position == null ? new double[0] : RoiDicom.doubles(position, "ImagePositionPatient");
        if (ipp.length != 3) {
            throw new BadInputException(seg, "frame " + frame + " has no ImagePositionPatient");
        }
        double[] ijk = g.physicalToIndex(ipp[0], ipp[1], ipp[2]);
        long k = Math.round(ijk[2]);
        if (Math.abs(ijk[0]) > IN_PLANE_TOLERANCE || Math.abs(ijk[1]) > IN_PLANE_TOLERANCE
                || Math.abs(ijk[2] - k) > PLANE_TOLERANCE_SLICES || k < 0 || k >= g.nz()) {
            throw new BadInputException(seg, String.format(Locale.ROOT, "frame %d at z = %.3f mm is not on a slice"
                    + " of the image grid (grid position i %.2f, j %.2f, k %.2f); the segmentation was made on"
                    + " another series", frame, ipp[2], ijk[0], ijk[1], ijk[2]));
        }
        return (int) k;
    }

    /** Pixel Data as bytes, whichever of OB or OW it was read as (OW is little-endian on the wire). */
    private static byte[] pixelData(AttributeList list, Path seg) {
        Attribute a = list.get(RoiDicom.tag("PixelData"));
        try {
            if (a instanceof OtherByteAttribute ob) {
                return ob.getByteValues();
            }
            if (a instanceof OtherWordAttribute ow) {
                short[] words = ow.getShortValues();
                byte[] bytes = new byte[2 * words.length];
                for (int n = 0; n < words.length; n++) {
                    bytes[2 * n] = (byte) words[n];
                    bytes[2 * n + 1] = (byte) (words[n] >> 8);
                }
                return bytes;
            }
        } catch (DicomException e) {
            throw new BadInputException(seg, "cannot read Pixel Data: " + e.getMessage(), e);
        }
        throw new BadInputException(seg, "no uncompressed Pixel Data (found "
                + (a == null ? "none" : a.getClass().getSimpleName()) + ")");
    }
}
