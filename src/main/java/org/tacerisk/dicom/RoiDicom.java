package org.tacerisk.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.AttributeTagAttribute;
import com.pixelmed.dicom.DicomDictionary;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.SequenceItem;
import com.pixelmed.dicom.TransferSyntax;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.common.BadInputException;

/**
 * The PixelMed plumbing shared by the RTSTRUCT and SEG readers and writers, so that nothing PixelMed-specific leaks
 * into their public API. Tags are looked up by DICOM keyword in PixelMed's standard dictionary because Debian's
 * {@code TagFromName} lacks the RT tags (ROIName, ROIContourSequence, ...).
 */
final class RoiDicom {

    static final String IMPLEMENTATION_NAME = "TACERISK";
    /** Source application entity title written into the meta header. */
    private static final String SOURCE_AE = "TACERISK";
    private static final Map<String, AttributeTag> TAGS = new ConcurrentHashMap<>();

    private RoiDicom() {
    }

    /** The tag of a DICOM keyword; fails loudly on a typo instead of silently writing nothing. */
    static AttributeTag tag(String keyword) {
        return TAGS.computeIfAbsent(keyword, k -> {
            AttributeTag t = DicomDictionary.StandardDictionary.getTagFromName(k);
            if (t == null) {
                throw new IllegalStateException("DICOM keyword not in PixelMed's dictionary: " + k);
            }
            return t;
        });
    }

    /** Reads a whole DICOM file; anything unreadable becomes a BadInputException naming the file. */
    static AttributeList read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, "no such file");
        }
        AttributeList list = new AttributeList();
        try {
            list.read(file.toFile());
        } catch (DicomException | IOException | RuntimeException e) {
            // PixelMed reports damaged content as a plain IOException ("Not a DICOM file", an early end of file):
            // the file exists and was opened, so this is the file's problem (issue 16, found by CaseFileFuzzTest)
            throw new BadInputException(file, "not a readable DICOM file (" + e.getMessage() + ")", e);
        }
        return list;
    }

    /** The SOP class of {@code list}, or a BadInputException naming what was found instead of {@code expected}. */
    static void requireSopClass(AttributeList list, Path file, String expected, String what) {
        String found = string(list, "SOPClassUID");
        if (found.isEmpty()) {
            found = string(list, "MediaStorageSOPClassUID");
        }
        if (!expected.equals(found)) {
            String modality = string(list, "Modality");
            throw new BadInputException(file, "not " + what + ": SOP class is "
                    + (found.isEmpty() ? "missing" : found) + (modality.isEmpty() ? "" : " (modality " + modality + ")")
                    + ", expected " + expected);
        }
    }

    /**
     * Writes {@code list} atomically as explicit VR little endian with a Part 10 meta header (PS3.10 §7.1) built
     * from its SOPClassUID and SOPInstanceUID.
     */
    static void write(AttributeList list, Path out) throws IOException {
        try {
            FileMetaInformation.addFileMetaInformation(list, TransferSyntax.ExplicitVRLittleEndian, SOURCE_AE);
        } catch (DicomException e) {
            throw new IOException("cannot build the DICOM meta header: " + e.getMessage(), e);
        }
        AtomicFiles.write(out, stream -> {
            try {
                list.write(stream, TransferSyntax.ExplicitVRLittleEndian, true, true);
            } catch (DicomException e) {
                throw new IOException("cannot encode DICOM: " + e.getMessage(), e);
            }
        });
    }

    static String newUid() {
        return DicomUids.newUid();
    }

    // ---- reading values --------------------------------------------------------------------------------------

    /** First value of a string attribute, trimmed; "" when absent or empty. */
    static String string(AttributeList list, String keyword) {
        return Attribute.getSingleStringValueOrEmptyString(list, tag(keyword)).trim();
    }

    static int integer(AttributeList list, String keyword, int fallback) {
        return Attribute.getSingleIntegerValueOrDefault(list, tag(keyword), fallback);
    }

    static double[] doubles(AttributeList list, String keyword) {
        double[] values = Attribute.getDoubleValues(list, tag(keyword));
        return values == null ? new double[0] : values;
    }

    /** The items of a sequence as attribute lists; empty when the sequence is absent. */
    static List<AttributeList> items(AttributeList list, String keyword) {
        List<AttributeList> result = new ArrayList<>();
        if (list != null && list.get(tag(keyword)) instanceof SequenceAttribute seq) {
            for (int n = 0; n < seq.getNumberOfItems(); n++) {
                result.add(seq.getItem(n).getAttributeList());
            }
        }
        return result;
    }

    /** The single (first) item of a sequence, or null. */
    static AttributeList item(AttributeList list, String keyword) {
        List<AttributeList> all = items(list, keyword);
        return all.isEmpty() ? null : all.get(0);
    }

    // ---- building values -------------------------------------------------------------------------------------

    /** Puts a string attribute (VR from the dictionary); null becomes an empty (Type 2) value. */
    static void put(AttributeList list, String keyword, String... values) {
        try {
            Attribute a = AttributeFactory.newAttribute(tag(keyword));
            for (String v : values) {
                if (v != null && !v.isEmpty()) {
                    a.addValue(v);
                }
            }
            list.put(a);
        } catch (DicomException e) {
            throw new IllegalStateException("cannot set " + keyword, e);
        }
    }

    static void put(AttributeList list, String keyword, int... values) {
        try {
            Attribute a = AttributeFactory.newAttribute(tag(keyword));
            for (int v : values) {
                a.addValue(v);
            }
            list.put(a);
        } catch (DicomException e) {
            throw new IllegalStateException("cannot set " + keyword, e);
        }
    }

    /** Puts a DS attribute, each value formatted to fit the 16-character DS limit (PS3.5 §6.2). */
    static void putDecimals(AttributeList list, String keyword, double... values) {
        String[] text = new String[values.length];
        for (int n = 0; n < values.length; n++) {
            text[n] = decimalString(values[n]);
        }
        put(list, keyword, text);
    }

    /** Puts an AT attribute (e.g. DimensionIndexPointer) holding tags. */
    static void putTags(AttributeList list, String keyword, AttributeTag... tags) {
        try {
            AttributeTagAttribute a = new AttributeTagAttribute(tag(keyword));
            for (AttributeTag t : tags) {
                a.addValue(t);
            }
            list.put(a);
        } catch (DicomException e) {
            throw new IllegalStateException("cannot set " + keyword, e);
        }
    }

    /** Puts a sequence holding {@code items} (possibly none) and returns it. */
    static SequenceAttribute putSequence(AttributeList list, String keyword, List<AttributeList> items) {
        SequenceAttribute seq = new SequenceAttribute(tag(keyword));
        for (AttributeList item : items) {
            seq.addItem(new SequenceItem(item));
        }
        list.put(seq);
        return seq;
    }

    static void putSequence(AttributeList list, String keyword, AttributeList item) {
        putSequence(list, keyword, List.of(item));
    }

    /** A code sequence item (Code Sequence Macro, PS3.3 Table 8.8-1). */
    static AttributeList code(String value, String scheme, String meaning) {
        AttributeList item = new AttributeList();
        put(item, "CodeValue", value);
        put(item, "CodingSchemeDesignator", scheme);
        put(item, "CodeMeaning", meaning);
        return item;
    }

    /**
     * The most precise decimal that fits the 16-character DS limit (PS3.5 §6.2): at most 10 decimals (well below
     * any voxel), fewer for large magnitudes; never exponent notation, which some readers mishandle.
     */
    static String decimalString(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite value: " + v);
        }
        BigDecimal exact = new BigDecimal(v);
        for (int scale = 10; scale >= 0; scale--) {
            BigDecimal d = exact.setScale(scale, RoundingMode.HALF_EVEN);
            String text = d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
            if (text.length() <= 16) {
                return text;
            }
        }
        throw new IllegalArgumentException("value too large for a DS: " + v);
    }

    /**
     * Patient (PS3.3 C.7.1.1), General Study (C.7.2.1) and the SOP Common date/time attributes, copied from the image
     * series so the derived object files under the same patient and study.
     */
    static void putPatientAndStudy(AttributeList list, SeriesReference images) {
        PatientStudy study = images.patientStudy();
        put(list, "PatientName", study.patientName());
        put(list, "PatientID", study.patientId());
        put(list, "PatientBirthDate", study.patientBirthDate());
        put(list, "PatientSex", study.patientSex());
        put(list, "StudyInstanceUID", study.studyInstanceUid());
        put(list, "StudyDate", study.studyDate());
        put(list, "StudyTime", study.studyTime());
        put(list, "StudyID", study.studyId());
        put(list, "AccessionNumber", study.accessionNumber());
        put(list, "ReferringPhysicianName", study.referringPhysicianName());
    }

    /** SOP Common, General Series and General Equipment attributes of a new derived instance. */
    static void putNewInstance(AttributeList list, String sopClassUid, String modality, String seriesDescription) {
        LocalDateTime now = LocalDateTime.now();
        String date = now.format(DateTimeFormatter.BASIC_ISO_DATE);
        String time = now.format(DateTimeFormatter.ofPattern("HHmmss"));
        put(list, "SpecificCharacterSet", "ISO_IR 192");
        put(list, "SOPClassUID", sopClassUid);
        put(list, "SOPInstanceUID", newUid());
        put(list, "InstanceCreationDate", date);
        put(list, "InstanceCreationTime", time);
        put(list, "Modality", modality);
        put(list, "SeriesInstanceUID", newUid());
        put(list, "SeriesNumber", "999");
        put(list, "SeriesDescription", seriesDescription);
        put(list, "InstanceNumber", "1");
        put(list, "Manufacturer", "TACE-Risk");
        put(list, "ContentDate", date);
        put(list, "ContentTime", time);
    }

    /** The slice count of {@code images} must match the mask's k extent, or references would be wrong. */
    static void requireSlices(SeriesReference images, int nz) {
        if (images.sliceSopInstanceUids().size() != nz) {
            throw new IllegalArgumentException("the image series has " + images.sliceSopInstanceUids().size()
                    + " slices but the mask has " + nz);
        }
        if (images.frameOfReferenceUid() == null || images.frameOfReferenceUid().isBlank()) {
            throw new IllegalArgumentException("the image series has no FrameOfReferenceUID");
        }
    }

    /** ReferencedFrameNumber for slice k of a multi-frame image, or 0 for single-frame slices. */
    static int frameNumber(SeriesReference images, int k) {
        List<Integer> frames = images.frameNumbers();
        List<String> uids = images.sliceSopInstanceUids();
        boolean multiFrame = !frames.isEmpty() && uids.stream().distinct().count() < uids.size();
        return multiFrame ? frames.get(k) : 0;
    }

    /** One item (ReferencedSOPClassUID, ReferencedSOPInstanceUID) per image instance of {@code images} named. */
    static List<AttributeList> instanceReferences(SeriesReference images, java.util.Collection<String> uids) {
        List<AttributeList> items = new ArrayList<>();
        for (String uid : uids) {
            AttributeList item = new AttributeList();
            put(item, "ReferencedSOPClassUID", imageSopClass(images));
            put(item, "ReferencedSOPInstanceUID", uid);
            items.add(item);
        }
        return items;
    }

    /** SOP class of the image slices; CT Image Storage when the reference does not say. */
    static String imageSopClass(SeriesReference images) {
        String c = images.sopClassUid();
        return c == null || c.isBlank() ? "1.2.840.10008.5.1.4.1.1.2" : c;
    }
}
