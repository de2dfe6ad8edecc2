package org.tacerisk.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.SequenceItem;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tacerisk.dicom.InstanceHeader.FrameGeometry;

/**
 * Reads the header of one DICOM file (everything before PixelData (7FE0,0010)) into an {@link InstanceHeader}.
 * Never reads pixel data; for native encodings it remembers where the pixel data should end, so that a truncated
 * file is caught at scan time.
 */
final class HeaderReader {

    /** Guard against absurd NumberOfFrames in damaged headers (an enhanced CT of 10 000 frames is already huge). */
    static final int MAX_FRAMES = 10_000;

    private HeaderReader() {
    }

    /** Thrown for files that are not DICOM at all (no "DICM" marker and no plausible raw data set). */
    static final class NotDicomException extends IOException {
        private static final long serialVersionUID = 1L;

        NotDicomException(String message) {
            super(message);
        }
    }

    static InstanceHeader read(Path file) throws IOException {
        long size = Files.size(file);
        checkLooksLikeDicom(file, size);
        AttributeList list = new AttributeList();
        long[] pixelDataOffset = {-1};
        DicomStructureGuard.Checked checked = DicomStructureGuard.check(file, true);
        DicomInputStream dis;
        long bytesRead;
        try (InputStream in = checked.datasetOnly() ? checked.stream()
                : new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            dis = checked.datasetOnly()
                    ? new DicomInputStream(in, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN, false)
                    : new DicomInputStream(in);
            // Stop at the top-level PixelData only: an IconImageSequence (0088,0200) has its own nested PixelData.
            bytesRead = list.read(dis, (al, tag, offset) -> {
                if (al == list && isPixelDataTag(tag)) {
                    pixelDataOffset[0] = offset;
                    return true;
                }
                return false;
            });
        } catch (DicomException e) {
            throw new IOException("not a valid DICOM data set: " + e.getMessage(), e);
        }
        // PixelMed logs some read errors and returns what it had: a short read without PixelData is a damaged file.
        if (pixelDataOffset[0] < 0 && bytesRead < (checked.datasetOnly() ? checked.length() : size)) {
            throw new IOException("the header is damaged or truncated (readable up to byte " + bytesRead + " of "
                    + size + ")");
        }
        if (DicomAttributes.string(list, TagFromName.SOPInstanceUID) == null) {
            throw new IOException("the header is incomplete (no SOPInstanceUID): damaged or truncated file");
        }
        String ts = checked.datasetOnly() ? checked.transferSyntaxUid()
                : DicomAttributes.string(list, TagFromName.TransferSyntaxUID);
        if (ts == null) {
            TransferSyntax inUse = dis.getTransferSyntaxToReadDataSet();
            ts = inUse == null ? TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN : inUse.getUID();
        }
        return build(file, size, ts, list, pixelDataOffset[0]);
    }

    private static boolean isPixelDataTag(AttributeTag tag) {
        return tag.getGroup() == 0x7FE0 && (tag.getElement() == 0x0010 || tag.getElement() == 0x0008
                || tag.getElement() == 0x0009);
    }

    /** DICOM Part 10 files carry "DICM" at offset 128; old raw files start with a group 0008 (or 0002) tag. */
    private static void checkLooksLikeDicom(Path file, long size) throws IOException {
        byte[] head = new byte[132];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n == 132 && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M') {
            return;
        }
        boolean rawDataSet = n >= 8 && (head[0] == 0x08 || head[0] == 0x02) && head[1] == 0x00 && head[3] == 0x00;
        if (!rawDataSet) {
            throw new NotDicomException(size == 0 ? "empty file" : "no DICOM marker");
        }
    }

    private static InstanceHeader build(Path file, long size, String ts, AttributeList l, long pixelDataOffset) {
        int rows = DicomAttributes.integer(l, TagFromName.Rows, 0);
        int columns = DicomAttributes.integer(l, TagFromName.Columns, 0);
        int bitsAllocated = DicomAttributes.integer(l, TagFromName.BitsAllocated, 0);
        int samples = DicomAttributes.integer(l, TagFromName.SamplesPerPixel, 1);
        int frames = Math.max(1, DicomAttributes.integer(l, TagFromName.NumberOfFrames, 1));
        boolean hasPixels = pixelDataOffset >= 0;
        long pixelDataEnd = -1;
        if (hasPixels && !TransferSyntax.isEncapsulated(ts) && !TransferSyntaxes.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN
                .equals(ts)) {
            // PixelMed reports the offset just after the 4-byte tag; the rest of the element header is the length
            // (4 bytes) for implicit VR, VR + reserved + length (8 bytes) for explicit VR OB/OW (PS3.5 7.1.2).
            long header = TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN.equals(ts) ? 4 : 8;
            long bytes = (long) rows * columns * samples * frames * Math.max(1, bitsAllocated / 8);
            pixelDataEnd = pixelDataOffset + header + bytes;
        }
        boolean rescalePresent = l.get(TagFromName.RescaleSlope) != null || l.get(TagFromName.RescaleIntercept) != null;
        Set<String> referencedSeries = new TreeSet<>();
        collectNestedSeriesUids(l, referencedSeries, 0);
        return new InstanceHeader(file, size, ts,
                DicomAttributes.string(l, TagFromName.SOPClassUID),
                DicomAttributes.string(l, TagFromName.SOPInstanceUID),
                DicomAttributes.string(l, TagFromName.Modality),
                new PatientStudy(DicomAttributes.string(l, TagFromName.PatientName),
                        DicomAttributes.string(l, TagFromName.PatientID),
                        DicomAttributes.string(l, TagFromName.PatientBirthDate),
                        DicomAttributes.string(l, TagFromName.PatientSex),
                        DicomAttributes.string(l, TagFromName.StudyInstanceUID),
                        DicomAttributes.string(l, TagFromName.StudyDate),
                        DicomAttributes.string(l, TagFromName.StudyTime),
                        DicomAttributes.string(l, TagFromName.StudyID),
                        DicomAttributes.string(l, TagFromName.AccessionNumber),
                        DicomAttributes.string(l, TagFromName.ReferringPhysicianName)),
                DicomAttributes.string(l, TagFromName.StudyDescription),
                DicomAttributes.string(l, TagFromName.SeriesInstanceUID),
                DicomAttributes.integerOrNull(l, TagFromName.SeriesNumber),
                DicomAttributes.string(l, TagFromName.SeriesDescription),
                DicomAttributes.string(l, TagFromName.FrameOfReferenceUID),
                DicomAttributes.integerOrNull(l, TagFromName.InstanceNumber),
                DicomAttributes.strings(l, TagFromName.ImageType),
                DicomAttributes.string(l, TagFromName.ContrastBolusAgent),
                rows, columns, bitsAllocated,
                DicomAttributes.integer(l, TagFromName.BitsStored, bitsAllocated), samples,
                DicomAttributes.integer(l, TagFromName.PixelRepresentation, 0),
                frames, hasPixels, pixelDataEnd, rescalePresent,
                frames(l, frames),
                List.copyOf(referencedSeries),
                referencedFrameOfReference(l));
    }

    /** Single-frame: the top-level attributes. Enhanced: per-frame group, falling back to the shared group. */
    private static List<FrameGeometry> frames(AttributeList l, int numberOfFrames) {
        SequenceAttribute shared = sequence(l, TagFromName.SharedFunctionalGroupsSequence);
        SequenceAttribute perFrame = sequence(l, TagFromName.PerFrameFunctionalGroupsSequence);
        if (shared == null && perFrame == null) {
            return List.of(frameFrom(l, l, l, l, 1));
        }
        AttributeList sharedItem = shared != null && shared.getNumberOfItems() > 0
                ? shared.getItem(0).getAttributeList() : new AttributeList();
        int n = Math.min(numberOfFrames, MAX_FRAMES);
        List<FrameGeometry> result = new ArrayList<>(n);
        for (int f = 0; f < n; f++) {
            AttributeList item = perFrame != null && f < perFrame.getNumberOfItems()
                    ? perFrame.getItem(f).getAttributeList() : new AttributeList();
            result.add(frameFrom(
                    group(item, sharedItem, TagFromName.PlanePositionSequence),
                    group(item, sharedItem, TagFromName.PlaneOrientationSequence),
                    group(item, sharedItem, TagFromName.PixelMeasuresSequence),
                    group(item, sharedItem, TagFromName.PixelValueTransformationSequence),
                    f + 1));
        }
        return List.copyOf(result);
    }

    private static FrameGeometry frameFrom(AttributeList pos, AttributeList orient, AttributeList measures,
            AttributeList rescale, int frameNumber) {
        return new FrameGeometry(
                DicomAttributes.doubles(pos, TagFromName.ImagePositionPatient),
                DicomAttributes.doubles(orient, TagFromName.ImageOrientationPatient),
                DicomAttributes.doubles(measures, TagFromName.PixelSpacing),
                DicomAttributes.doubleOrNull(measures, TagFromName.SliceThickness),
                DicomAttributes.doubleOr(rescale, TagFromName.RescaleSlope, 1.0),
                DicomAttributes.doubleOr(rescale, TagFromName.RescaleIntercept, 0.0),
                DicomAttributes.string(rescale, TagFromName.RescaleType),
                frameNumber);
    }

    /** The item list of a functional group macro: per-frame first, then shared (PS3.3 C.7.6.16). */
    private static AttributeList group(AttributeList perFrameItem, AttributeList sharedItem, AttributeTag macro) {
        for (AttributeList candidate : List.of(perFrameItem, sharedItem)) {
            SequenceAttribute s = sequence(candidate, macro);
            if (s != null && s.getNumberOfItems() > 0) {
                return s.getItem(0).getAttributeList();
            }
        }
        return new AttributeList();
    }

    static SequenceAttribute sequence(AttributeList l, AttributeTag tag) {
        Attribute a = l.get(tag);
        return a instanceof SequenceAttribute s ? s : null;
    }

    /**
     * Series referenced from inside sequences: RTSTRUCT's ReferencedFrameOfReferenceSequence (3006,0010) >
     * RTReferencedStudySequence > RTReferencedSeriesSequence, SEG/PR ReferencedSeriesSequence (0008,1115), SR/KO
     * CurrentRequestedProcedureEvidenceSequence (0040,A375): every nested SeriesInstanceUID (0020,000E).
     */
    private static void collectNestedSeriesUids(AttributeList l, Set<String> out, int depth) {
        if (depth > 12) {
            return;
        }
        for (Attribute a : l.values()) {
            if (a instanceof SequenceAttribute s && !s.getTag().equals(TagFromName.PerFrameFunctionalGroupsSequence)) {
                for (int i = 0; i < s.getNumberOfItems(); i++) {
                    SequenceItem item = s.getItem(i);
                    AttributeList nested = item.getAttributeList();
                    String uid = DicomAttributes.string(nested, TagFromName.SeriesInstanceUID);
                    if (uid != null) {
                        out.add(uid);
                    }
                    collectNestedSeriesUids(nested, out, depth + 1);
                }
            }
        }
    }

    /** RTSTRUCT: ReferencedFrameOfReferenceSequence (3006,0010) > FrameOfReferenceUID; else the top-level one. */
    private static String referencedFrameOfReference(AttributeList l) {
        SequenceAttribute s = sequence(l, DicomAttributes.REFERENCED_FRAME_OF_REFERENCE_SEQUENCE);
        if (s != null && s.getNumberOfItems() > 0) {
            String uid = DicomAttributes.string(s.getItem(0).getAttributeList(), TagFromName.FrameOfReferenceUID);
            if (uid != null) {
                return uid;
            }
        }
        return DicomAttributes.string(l, TagFromName.FrameOfReferenceUID);
    }
}
