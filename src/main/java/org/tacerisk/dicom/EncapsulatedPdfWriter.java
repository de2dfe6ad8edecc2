package org.tacerisk.dicom;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.UnsignedLongAttribute;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.tacerisk.common.SoftwareVersion;

/**
 * Writes a PDF as a DICOM Encapsulated PDF object (PS3.3 A.45.1) in a new series (modality DOC) of the image
 * series' study, so that a report can be sent to PACS and filed with the images it was made from.
 *
 * <p>The patient and study attributes are copied from the {@link SeriesReference}; the image slices go into the
 * SourceInstanceSequence (the report's key images come from them). The PDF is stored as-is: whatever it shows
 * (patient name on the page) is the caller's responsibility, hence BurnedInAnnotation YES.
 */
public final class EncapsulatedPdfWriter {

    /** Encapsulated PDF Storage. */
    public static final String SOP_CLASS = "1.2.840.10008.5.1.4.1.1.104.1";

    /**
     * @param seriesDescription SeriesDescription of the new series, e.g. "TACE-Risk report"
     * @param documentTitle     DocumentTitle (0042,0010)
     * @param studyDescription  StudyDescription (0008,1030) of the image study, which {@link SeriesReference} does
     *                          not hold; null leaves it out (Type 3)
     */
    public record Options(String seriesDescription, String documentTitle, String studyDescription) {

        public Options {
            Objects.requireNonNull(seriesDescription, "seriesDescription");
            Objects.requireNonNull(documentTitle, "documentTitle");
        }
    }

    private EncapsulatedPdfWriter() {
    }

    /** Reads {@code pdf} and writes it as {@link #write(byte[], SeriesReference, Options, Path)} does. */
    public static void write(Path pdf, SeriesReference images, Options options, Path out) throws IOException {
        write(Files.readAllBytes(pdf), images, options, out);
    }

    /**
     * Writes {@code pdf} into a new DOC series of the study of {@code images}, atomically, as explicit VR little
     * endian.
     *
     * @throws IllegalArgumentException when {@code pdf} does not start with the PDF header "%PDF-"
     */
    public static void write(byte[] pdf, SeriesReference images, Options options, Path out) throws IOException {
        Objects.requireNonNull(options, "options");
        requirePdf(pdf);
        AttributeList list = new AttributeList();
        RoiDicom.putNewInstance(list, SOP_CLASS, "DOC", options.seriesDescription());
        RoiDicom.putPatientAndStudy(list, images);
        if (options.studyDescription() != null) {
            RoiDicom.put(list, "StudyDescription", options.studyDescription());
        }
        // General Equipment (C.7.5.1) and SC Equipment (C.8.6.1): made on a workstation.
        RoiDicom.put(list, "SoftwareVersions", SoftwareVersion.current());
        RoiDicom.put(list, "ConversionType", "WSD");
        // Encapsulated Document module (C.24.2).
        RoiDicom.put(list, "AcquisitionDateTime", "");
        RoiDicom.put(list, "BurnedInAnnotation", "YES");
        RoiDicom.put(list, "DocumentTitle", options.documentTitle());
        RoiDicom.putSequence(list, "ConceptNameCodeSequence", List.of()); // Type 2: no coded title
        List<AttributeList> sources = sourceInstances(images);
        if (!sources.isEmpty()) {
            RoiDicom.putSequence(list, "SourceInstanceSequence", sources);
        }
        RoiDicom.put(list, "MIMETypeOfEncapsulatedDocument", "application/pdf");
        putDocument(list, pdf);
        RoiDicom.write(list, out);
    }

    private static void requirePdf(byte[] pdf) {
        Objects.requireNonNull(pdf, "pdf");
        byte[] header = "%PDF-".getBytes(StandardCharsets.US_ASCII);
        if (pdf.length < header.length || !Arrays.equals(Arrays.copyOf(pdf, header.length), header)) {
            throw new IllegalArgumentException("not a PDF: the document does not start with %PDF-");
        }
    }

    /** One item per distinct image instance of the series (a multi-frame image is one instance). */
    private static List<AttributeList> sourceInstances(SeriesReference images) {
        return RoiDicom.instanceReferences(images, new LinkedHashSet<>(images.sliceSopInstanceUids()));
    }

    /**
     * EncapsulatedDocument must have even length (PS3.5 §7.1.1): an odd PDF gets one trailing 0x00, and
     * EncapsulatedDocumentLength (0042,0015) keeps the true length so a reader can drop the pad.
     */
    static void putDocument(AttributeList list, byte[] pdf) throws IOException {
        byte[] even = pdf.length % 2 == 0 ? pdf : Arrays.copyOf(pdf, pdf.length + 1);
        try {
            OtherByteAttribute document = new OtherByteAttribute(RoiDicom.tag("EncapsulatedDocument"));
            document.setValues(even);
            list.put(document);
            UnsignedLongAttribute length = new UnsignedLongAttribute(RoiDicom.tag("EncapsulatedDocumentLength"));
            length.addValue(pdf.length);
            list.put(length);
        } catch (DicomException e) {
            throw new IOException("cannot set the encapsulated document: " + e.getMessage(), e);
        }
    }
}
