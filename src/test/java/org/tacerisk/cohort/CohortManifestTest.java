package org.tacerisk.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Severity;

/** Manifest validation: each bad input gives its own per-row message and the other rows are kept. */
class CohortManifestTest {

    @TempDir
    Path dir;

    private static final String HEADER = "patient_id,cohort,image,mask,outcome,age,AFP\n";

    private Path manifest(String rows) throws IOException {
        for (String f : List.of("a.nii.gz", "m.nii.gz")) {
            Files.write(dir.resolve(f), new byte[] {0});
        }
        Files.createDirectories(dir.resolve("dicom"));
        Path csv = dir.resolve("m.csv");
        Files.writeString(csv, HEADER + "OK1,train,a.nii.gz,m.nii.gz,1,60,3\n" + rows
                + "OK2,external,dicom,m.nii.gz,0,61,4\n");
        return csv;
    }

    /** The only ERROR of the manifest, which must keep OK1 and OK2. */
    private CohortManifest.RowFinding onlyError(String rows, int expectedRows) throws IOException {
        CohortManifest m = CohortManifest.read(manifest(rows));
        assertEquals(expectedRows, m.rows().size(), () -> m.findings().toString());
        assertEquals("OK1", m.rows().get(0).patientId());
        assertEquals("OK2", m.rows().get(m.rows().size() - 1).patientId());
        assertEquals(1, m.errors().size(), () -> m.findings().toString());
        return m.errors().get(0);
    }

    @Test
    void goodRowsAreReadWithClinicalColumnsInOrder() throws IOException {
        CohortManifest m = CohortManifest.read(manifest("P,Test,a.nii.gz,m.nii.gz,,NA,\n"));
        assertEquals(List.of("age", "AFP"), m.clinicalColumns());
        assertEquals(3, m.rows().size());
        CohortManifest.Row p = m.rows().get(1);
        assertEquals(CohortManifest.Cohort.TEST, p.cohort());
        assertNull(p.outcome(), "an empty outcome is a prediction-only row");
        assertEquals(List.of("", ""), p.clinical());
        assertEquals(dir.resolve("a.nii.gz").toAbsolutePath(), p.image());
        assertTrue(m.findings().isEmpty(), m.findings()::toString);
    }

    @Test
    void duplicateIdsExcludeBothRowsAndNameBothLines() throws IOException {
        CohortManifest m = CohortManifest.read(manifest("D,train,a.nii.gz,m.nii.gz,1,1,1\n"
                + "D,test,a.nii.gz,m.nii.gz,0,1,1\n"));
        assertEquals(List.of("OK1", "OK2"), m.rows().stream().map(CohortManifest.Row::patientId).toList());
        assertEquals(2, m.errors().size());
        for (CohortManifest.RowFinding f : m.errors()) {
            assertEquals("DUPLICATE_PATIENT_ID", f.finding().code());
            assertTrue(f.finding().message().contains("lines 3 and 4"), f::describe);
        }
    }

    @Test
    void unknownCohortLabel() throws IOException {
        CohortManifest.RowFinding f = onlyError("X,validation,a.nii.gz,m.nii.gz,1,1,1\n", 2);
        assertEquals("UNKNOWN_COHORT", f.finding().code());
        assertTrue(f.describe().contains("line 3 (X)") && f.describe().contains("\"validation\""), f::describe);
    }

    @Test
    void missingFilesAreNamed() throws IOException {
        CohortManifest.RowFinding f = onlyError("X,train,a.nii.gz,nope/mask.nii.gz,1,1,1\n", 2);
        assertEquals("MISSING_FILE", f.finding().code());
        assertTrue(f.finding().message().contains("mask \"nope/mask.nii.gz\" does not exist"), f::describe);
        f = onlyError("X,train,ct-folder,m.nii.gz,1,1,1\n", 2);
        assertTrue(f.finding().message().contains("image \"ct-folder\""), f::describe);
    }

    @Test
    void outcomeMustBeZeroOrOne() throws IOException {
        CohortManifest.RowFinding f = onlyError("X,train,a.nii.gz,m.nii.gz,2,1,1\n", 2);
        assertEquals("BAD_OUTCOME", f.finding().code());
        assertTrue(f.finding().message().contains("outcome \"2\" must be 0 or 1"), f::describe);
    }

    @Test
    void nonNumericClinicalValueNamesTheColumn() throws IOException {
        CohortManifest.RowFinding f = onlyError("X,train,a.nii.gz,m.nii.gz,1,sixty,1\n", 2);
        assertEquals("NOT_A_NUMBER", f.finding().code());
        assertTrue(f.finding().message().contains("column \"age\": \"sixty\""), f::describe);
        assertEquals("NOT_A_NUMBER", onlyError("X,train,a.nii.gz,m.nii.gz,1,12f,1\n", 2).finding().code(),
                "Java's parser takes 12f; a clinical value must not");
    }

    @Test
    void censoredValuesUseTheLimitWithAWarning() throws IOException {
        CohortManifest m = CohortManifest.read(manifest("L,train,a.nii.gz,m.nii.gz,1,50,<2\n"
                + "H,train,a.nii.gz,m.nii.gz,0,50,> 100000\n"));
        assertEquals(4, m.rows().size());
        assertEquals("2", m.rows().get(1).clinical().get(1));
        assertEquals("100000", m.rows().get(2).clinical().get(1));
        assertTrue(m.errors().isEmpty());
        assertEquals(2, m.findings().size());
        m.findings().forEach(f -> {
            assertEquals(Severity.WARNING, f.finding().severity());
            assertEquals("CENSORED_VALUE", f.finding().code());
            assertTrue(f.finding().message().contains("column \"AFP\""), f::describe);
        });
    }

    @Test
    void malformedLinesAreRowErrors() throws IOException {
        assertEquals("FIELD_COUNT", onlyError("X,train,a.nii.gz\n", 2).finding().code());
        assertEquals("MALFORMED_LINE", onlyError("X,train,\"a.nii.gz,m.nii.gz,1,1,1\n", 2).finding().code());
        assertEquals("EMPTY_PATIENT_ID", onlyError(",train,a.nii.gz,m.nii.gz,1,1,1\n", 2).finding().code());
    }

    @Test
    void fileLevelProblemsStopTheRead() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "patient_id,image,mask,outcome\nP1,a,b,1\n");
        assertTrue(assertThrows(BadInputException.class, () -> CohortManifest.read(csv)).getMessage()
                .contains("no cohort column"));
        Files.writeString(csv, "patient_id,cohort,image,mask,outcome,age,Age\n");
        assertTrue(assertThrows(BadInputException.class, () -> CohortManifest.read(csv)).getMessage()
                .contains("\"Age\" appears twice"));
        Files.writeString(csv, "");
        assertTrue(assertThrows(BadInputException.class, () -> CohortManifest.read(csv)).getMessage()
                .contains("empty"));
    }
}
