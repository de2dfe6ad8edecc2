package org.tacerisk.dicom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;

/** A small CT series of a named patient, a tumour mask on it, and a minimal PDF, for the export tests. */
final class ExportFixtures {

    static final String NAME = "DOE^JANE";
    static final String ID = "PID-73519";
    static final String BIRTH_DATE = "19610203";
    static final String STUDY_DATE = "20240131";
    static final String ACCESSION = "ACC-98765";
    static final String REFERRING = "HOUSE^GREGORY";
    static final String STUDY_ID = "STUDY-42";

    /**
     * A hand-written one-page PDF (header, catalog, pages, page, trailer; no xref offsets needed by the tests) of
     * odd length, so the writer must pad it.
     */
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    /** A record report's stand-in: a PDF with the patient's name and ID in its text. */
    static final byte[] PDF_WITH_PATIENT = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
            + "% " + NAME + " " + ID + "\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private ExportFixtures() {
    }

    static ImageGeometry geometry() {
        return ImageGeometry.axisAligned(24, 20, 6, new double[] {0.8, 0.8, 2.5}, new double[] {-10, -8, 40});
    }

    /** The CT series, written into {@code folder}; every UID generated (2.25.&lt;39 digits&gt;). */
    static SeriesReference ct(Path folder) throws IOException {
        ImageGeometry g = geometry();
        short[] hu = new short[g.voxelCount()];
        for (int n = 0; n < hu.length; n++) {
            hu[n] = (short) (n % 200 - 100);
        }
        SeriesReference written = CtSeriesWriter.write(Volume.ofShorts(g, hu, Volume.HU), folder,
                CtWriteOptions.builder().patient(NAME, ID, BIRTH_DATE, "F")
                        .study(null, STUDY_DATE, "101500", STUDY_ID, ACCESSION, "CT liver")
                        .series(null, 3, "Arterial phase", null).build());
        // The writers copy ReferringPhysicianName from the reference; the CT options have no setter for it.
        PatientStudy p = written.patientStudy();
        return new SeriesReference(new PatientStudy(p.patientName(), p.patientId(), p.patientBirthDate(),
                p.patientSex(), p.studyInstanceUid(), p.studyDate(), p.studyTime(), p.studyId(), p.accessionNumber(),
                REFERRING), written.seriesInstanceUid(), written.frameOfReferenceUid(), written.modality(),
                written.sopClassUid(), written.sliceSopInstanceUids(), written.frameNumbers());
    }

    /** A box over slices 2–3 with a hole, so the SEG has frames on some slices only. */
    static Mask tumour() {
        ImageGeometry g = geometry();
        byte[] m = new byte[g.voxelCount()];
        for (int k = 2; k <= 3; k++) {
            for (int j = 5; j < 14; j++) {
                for (int i = 6; i < 17; i++) {
                    m[g.index(i, j, k)] = (byte) (i == 10 && j == 9 ? 0 : 1);
                }
            }
        }
        return Mask.of(g, m);
    }
}
