package org.tacerisk.dicom;

import java.util.List;

/**
 * How {@link CtSeriesWriter} and {@link EnhancedCtWriter} write a volume: patient/study/series attributes, UIDs
 * (null: generated), encoding, file naming and numbering. Build with {@link #builder()}.
 *
 * @param rescaleIntercept RescaleIntercept (0028,1052); stored value = HU − intercept, RescaleSlope 1
 * @param unsignedPixels   PixelRepresentation (0028,0103) 0 (stored values 0..65535) instead of 1 (signed)
 * @param sliceThicknessMm SliceThickness (0018,0050); null = the k spacing
 * @param sopInstanceUids  one per slice in volume order, or null to generate
 */
public record CtWriteOptions(String patientName, String patientId, String patientBirthDate, String patientSex,
        String studyInstanceUid, String studyDate, String studyTime, String studyId, String accessionNumber,
        String referringPhysicianName, String studyDescription, String seriesInstanceUid, int seriesNumber,
        String seriesDescription, String frameOfReferenceUid, String contrastBolusAgent, List<String> imageType,
        Double sliceThicknessMm, int rescaleIntercept, boolean unsignedPixels, String rescaleType,
        OutputSyntax transferSyntax, String fileNamePattern, FileOrder fileOrder, long shuffleSeed,
        InstanceOrder instanceOrder, List<String> sopInstanceUids) {

    /** Transfer syntaxes the writers can produce. */
    public enum OutputSyntax {
        IMPLICIT_VR_LITTLE_ENDIAN(TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN),
        EXPLICIT_VR_LITTLE_ENDIAN(TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN),
        EXPLICIT_VR_BIG_ENDIAN(TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN),
        DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN(TransferSyntaxes.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN),
        RLE_LOSSLESS(TransferSyntaxes.RLE_LOSSLESS);

        private final String uid;

        OutputSyntax(String uid) {
            this.uid = uid;
        }

        public String uid() {
            return uid;
        }
    }

    /** Which number goes into the file name of slice k (0 = lowest position). */
    public enum FileOrder { BY_POSITION, REVERSED, SHUFFLED }

    /** InstanceNumber (0020,0013) along the stack: 1 at the lowest position, or 1 at the highest. */
    public enum InstanceOrder { ASCENDING, DESCENDING }

    public CtWriteOptions {
        imageType = imageType == null ? List.of("ORIGINAL", "PRIMARY", "AXIAL") : List.copyOf(imageType);
        sopInstanceUids = sopInstanceUids == null ? null : List.copyOf(sopInstanceUids);
    }

    /** The patient and study attributes these options write (what a {@link SeriesReference} of the series holds). */
    public PatientStudy patientStudy() {
        return new PatientStudy(patientName, patientId, patientBirthDate, patientSex, studyInstanceUid, studyDate,
                studyTime, studyId, accessionNumber, referringPhysicianName);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options (e.g. to write a second series into the same study). */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.o = this;
        return b;
    }

    @Override
    public String toString() {
        return "CtWriteOptions[" + transferSyntax + ", " + fileOrder + ", " + instanceOrder + "]";
    }

    /** Fluent builder; every setter returns a builder over a new immutable options value. */
    public static final class Builder {
        private CtWriteOptions o = new CtWriteOptions("PHANTOM^SYNTHETIC", "TACERISK-0000", "", "O", null, null,
                null, "1", "", "", "Synthetic CT", null, 1, "Synthetic CT", null, null, null, null, -1024, false,
                null, OutputSyntax.EXPLICIT_VR_LITTLE_ENDIAN, "CT%05d.dcm", FileOrder.BY_POSITION, 1L,
                InstanceOrder.ASCENDING, null);

        public Builder patient(String name, String id, String birthDate, String sex) {
            o = new CtWriteOptions(name, id, birthDate, sex, o.studyInstanceUid, o.studyDate, o.studyTime, o.studyId,
                    o.accessionNumber, o.referringPhysicianName, o.studyDescription, o.seriesInstanceUid,
                    o.seriesNumber, o.seriesDescription, o.frameOfReferenceUid, o.contrastBolusAgent, o.imageType,
                    o.sliceThicknessMm, o.rescaleIntercept, o.unsignedPixels, o.rescaleType, o.transferSyntax,
                    o.fileNamePattern, o.fileOrder, o.shuffleSeed, o.instanceOrder, o.sopInstanceUids);
            return this;
        }

        public Builder study(String uid, String date, String time, String id, String accession, String description) {
            o = new CtWriteOptions(o.patientName, o.patientId, o.patientBirthDate, o.patientSex, uid, date, time, id,
                    accession, o.referringPhysicianName, description, o.seriesInstanceUid, o.seriesNumber,
                    o.seriesDescription, o.frameOfReferenceUid, o.contrastBolusAgent, o.imageType,
                    o.sliceThicknessMm, o.rescaleIntercept, o.unsignedPixels, o.rescaleType, o.transferSyntax,
                    o.fileNamePattern, o.fileOrder, o.shuffleSeed, o.instanceOrder, o.sopInstanceUids);
            return this;
        }

        public Builder series(String uid, int number, String description, String frameOfReferenceUid) {
            o = new CtWriteOptions(o.patientName, o.patientId, o.patientBirthDate, o.patientSex, o.studyInstanceUid,
                    o.studyDate, o.studyTime, o.studyId, o.accessionNumber, o.referringPhysicianName,
                    o.studyDescription, uid, number, description, frameOfReferenceUid, o.contrastBolusAgent,
                    o.imageType, o.sliceThicknessMm, o.rescaleIntercept, o.unsignedPixels, o.rescaleType,
                    o.transferSyntax, o.fileNamePattern, o.fileOrder, o.shuffleSeed, o.instanceOrder,
                    o.sopInstanceUids);
            return this;
        }

        public Builder image(List<String> imageType, String contrastBolusAgent, Double sliceThicknessMm) {
            o = new CtWriteOptions(o.patientName, o.patientId, o.patientBirthDate, o.patientSex, o.studyInstanceUid,
                    o.studyDate, o.studyTime, o.studyId, o.accessionNumber, o.referringPhysicianName,
                    o.studyDescription, o.seriesInstanceUid, o.seriesNumber, o.seriesDescription,
                    o.frameOfReferenceUid, contrastBolusAgent, imageType, sliceThicknessMm, o.rescaleIntercept,
                    o.unsignedPixels, o.rescaleType, o.transferSyntax, o.fileNamePattern, o.fileOrder,
                    o.shuffleSeed, o.instanceOrder, o.sopInstanceUids);
            return this;
        }

        public Builder rescale(int intercept, boolean unsigned, String rescaleType) {
            o = new CtWriteOptions(o.patientName, o.patientId, o.patientBirthDate, o.patientSex, o.studyInstanceUid,
                    o.studyDate, o.studyTime, o.studyId, o.accessionNumber, o.referringPhysicianName,
                    o.studyDescription, o.seriesInstanceUid, o.seriesNumber, o.seriesDescription,
                    o.frameOfReferenceUid, o.contrastBolusAgent, o.imageType, o.sliceThicknessMm, intercept,
                    unsigned, rescaleType, o.transferSyntax, o.fileNamePattern, o.fileOrder, o.shuffleSeed,
                    o.instanceOrder, o.sopInstanceUids);
            return this;
        }

        public Builder transferSyntax(OutputSyntax syntax) {
            o = new CtWriteOptions(o.patientName, o.patientId, o.patientBirthDate, o.patientSex, o.studyInstanceUid,
                    o.studyDate, o.studyTime, o.studyId, o.accessionNumber, o.referringPhysicianName,
                    o.studyDescription, o.seriesInstanceUid, o.seriesNumber, o.seriesDescription,
                    o.frameOfReferenceUid, o.contrastBolusAgent, o.imageType, o.sliceThicknessMm,
                    o.rescaleIntercept, o.unsignedPixels, o.rescaleType, syntax, o.fileNamePattern, o.fileOrder,
                    o.shuffleSeed, o.instanceOrder, o.sopInstanceUids);
            return this;
        }

        /** @param pattern a String.format pattern with one integer, e.g. "IM%04d" or "slice_%03d.dcm" */
        public Builder files(String pattern, FileOrder order, long shuffleSeed, InstanceOrder instanceOrder) {
            o = new CtWriteOptions(o.patientName, o.patientId, o.patientBirthDate, o.patientSex, o.studyInstanceUid,
                    o.studyDate, o.studyTime, o.studyId, o.accessionNumber, o.referringPhysicianName,
                    o.studyDescription, o.seriesInstanceUid, o.seriesNumber, o.seriesDescription,
                    o.frameOfReferenceUid, o.contrastBolusAgent, o.imageType, o.sliceThicknessMm,
                    o.rescaleIntercept, o.unsignedPixels, o.rescaleType, o.transferSyntax, pattern, order,
                    shuffleSeed, instanceOrder, o.sopInstanceUids);
            return this;
        }

        public Builder sopInstanceUids(List<String> uids) {
            o = new CtWriteOptions(o.patientName, o.patientId, o.patientBirthDate, o.patientSex, o.studyInstanceUid,
                    o.studyDate, o.studyTime, o.studyId, o.accessionNumber, o.referringPhysicianName,
                    o.studyDescription, o.seriesInstanceUid, o.seriesNumber, o.seriesDescription,
                    o.frameOfReferenceUid, o.contrastBolusAgent, o.imageType, o.sliceThicknessMm,
                    o.rescaleIntercept, o.unsignedPixels, o.rescaleType, o.transferSyntax, o.fileNamePattern,
                    o.fileOrder, o.shuffleSeed, o.instanceOrder, uids);
            return this;
        }

        public CtWriteOptions build() {
            return o;
        }
    }
}
