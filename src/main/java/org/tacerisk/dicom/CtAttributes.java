package org.tacerisk.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.tacerisk.image.ImageGeometry;

/** Attribute building shared by the CT writers (Patient, General Study/Series, Frame of Reference, Image Pixel). */
final class CtAttributes {

    static final String CT_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.2";
    static final String ENHANCED_CT_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.2.1";

    private CtAttributes() {
    }

    /** Options with every generated value filled in (UIDs, date/time), so all slices share them. */
    static CtWriteOptions resolve(CtWriteOptions o) {
        LocalDateTime now = LocalDateTime.now();
        return new CtWriteOptions(o.patientName(), o.patientId(), o.patientBirthDate(), o.patientSex(),
                o.studyInstanceUid() != null ? o.studyInstanceUid() : DicomUids.newUid(),
                o.studyDate() != null ? o.studyDate() : now.format(DateTimeFormatter.BASIC_ISO_DATE),
                o.studyTime() != null ? o.studyTime() : now.format(DateTimeFormatter.ofPattern("HHmmss")),
                o.studyId(), o.accessionNumber(), o.referringPhysicianName(), o.studyDescription(),
                o.seriesInstanceUid() != null ? o.seriesInstanceUid() : DicomUids.newUid(), o.seriesNumber(),
                o.seriesDescription(), o.frameOfReferenceUid() != null ? o.frameOfReferenceUid() : DicomUids.newUid(),
                o.contrastBolusAgent(), o.imageType(), o.sliceThicknessMm(), o.rescaleIntercept(), o.unsignedPixels(),
                o.rescaleType(), o.transferSyntax(), o.fileNamePattern(), o.fileOrder(), o.shuffleSeed(),
                o.instanceOrder(), o.sopInstanceUids());
    }

    static void common(AttributeList l, CtWriteOptions o, ImageGeometry g) throws DicomException {
        put(l, TagFromName.PatientName, o.patientName());
        put(l, TagFromName.PatientID, o.patientId());
        put(l, TagFromName.PatientBirthDate, o.patientBirthDate());
        put(l, TagFromName.PatientSex, o.patientSex());
        put(l, TagFromName.StudyInstanceUID, o.studyInstanceUid());
        put(l, TagFromName.StudyDate, o.studyDate());
        put(l, TagFromName.StudyTime, o.studyTime());
        put(l, TagFromName.StudyID, o.studyId());
        put(l, TagFromName.AccessionNumber, o.accessionNumber());
        put(l, TagFromName.ReferringPhysicianName, o.referringPhysicianName());
        put(l, TagFromName.StudyDescription, o.studyDescription());
        put(l, TagFromName.Modality, "CT");
        put(l, TagFromName.SeriesInstanceUID, o.seriesInstanceUid());
        put(l, TagFromName.SeriesNumber, Integer.toString(o.seriesNumber()));
        put(l, TagFromName.SeriesDescription, o.seriesDescription());
        put(l, TagFromName.FrameOfReferenceUID, o.frameOfReferenceUid());
        put(l, TagFromName.PositionReferenceIndicator, "");
        put(l, TagFromName.Manufacturer, "TACE-Risk synthetic writer");
        put(l, TagFromName.ContrastBolusAgent, o.contrastBolusAgent() == null ? "" : o.contrastBolusAgent());
        put(l, new AttributeTag(0x0018, 0x0060), ""); // KVP, type 2
        put(l, TagFromName.SamplesPerPixel, "1");
        put(l, TagFromName.PhotometricInterpretation, "MONOCHROME2");
        put(l, TagFromName.Rows, Integer.toString(g.ny()));
        put(l, TagFromName.Columns, Integer.toString(g.nx()));
        put(l, TagFromName.BitsAllocated, "16");
        put(l, TagFromName.BitsStored, "16");
        put(l, TagFromName.HighBit, "15");
        put(l, TagFromName.PixelRepresentation, o.unsignedPixels() ? "0" : "1");
    }

    /** Stored values for slice k (or the whole volume when k < 0): HU − RescaleIntercept, range checked. */
    static short[] stored(short[] hu, int from, int count, CtWriteOptions o) {
        short[] out = new short[count];
        int min = o.unsignedPixels() ? 0 : Short.MIN_VALUE;
        int max = o.unsignedPixels() ? 0xffff : Short.MAX_VALUE;
        for (int n = 0; n < count; n++) {
            int v = hu[from + n] - o.rescaleIntercept();
            if (v < min || v > max) {
                throw new IllegalArgumentException("HU " + hu[from + n] + " does not fit the pixel encoding with"
                        + " RescaleIntercept " + o.rescaleIntercept() + (o.unsignedPixels() ? " (unsigned)" : ""));
            }
            out[n] = (short) v;
        }
        return out;
    }

    static void put(AttributeList l, AttributeTag tag, String... values) throws DicomException {
        Attribute a = l.putNewAttribute(tag);
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                a.addValue(v);
            }
        }
    }

    static void putDs(AttributeList l, AttributeTag tag, double... values) throws DicomException {
        String[] s = new String[values.length];
        for (int n = 0; n < values.length; n++) {
            s[n] = ds(values[n]);
        }
        put(l, tag, s);
    }

    /** A Decimal String of at most 16 characters (PS3.5 6.2) with as many significant digits as fit. */
    static String ds(double v) {
        if (v == 0 || Math.abs(v) < 1e-9) {
            return "0";
        }
        for (int digits = 15; digits > 0; digits--) {
            String s = new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros().toString();
            if (s.length() <= 16) {
                return s;
            }
        }
        throw new IllegalArgumentException("cannot encode " + v + " as DS");
    }

    /** Image Plane values of slice k: ImagePositionPatient, ImageOrientationPatient, PixelSpacing. */
    static void plane(AttributeList l, ImageGeometry g, int k, boolean withSpacing) throws DicomException {
        putDs(l, TagFromName.ImagePositionPatient, g.indexToPhysical(0, 0, k));
        orientation(l, g);
        if (withSpacing) {
            putDs(l, TagFromName.PixelSpacing, g.spacing(1), g.spacing(0));
        }
    }

    static void orientation(AttributeList l, ImageGeometry g) throws DicomException {
        double[] i = g.axis(0);
        double[] j = g.axis(1);
        putDs(l, TagFromName.ImageOrientationPatient, i[0], i[1], i[2], j[0], j[1], j[2]);
    }

    static SequenceAttribute sequenceWith(AttributeTag tag, AttributeList item) {
        SequenceAttribute s = new SequenceAttribute(tag);
        s.addItem(item);
        return s;
    }
}
