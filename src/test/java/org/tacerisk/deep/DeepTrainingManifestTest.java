package org.tacerisk.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;

class DeepTrainingManifestTest {

    @Test
    void readsRowsWithPathsRelativeToTheManifest(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("cases/manifest.csv");
        Files.createDirectories(csv.getParent());
        Files.writeString(csv, "\uFEFFoutcome,patient_id,image,mask,roi\n"
                + "1,P1,img/p1.nii.gz,\"masks/p1, final.nii.gz\",\n"
                + "\n"
                + "0,P2,/abs/p2,rt/p2.dcm,GTV-1\n");
        TrainingManifest m = TrainingManifest.read(csv);
        assertEquals(2, m.entries().size());
        TrainingManifest.Entry p1 = m.entries().get(0);
        assertEquals("P1", p1.patientId());
        assertEquals(1, p1.outcome());
        assertEquals(dir.resolve("cases/img/p1.nii.gz").toAbsolutePath(), p1.image());
        assertEquals(dir.resolve("cases/masks/p1, final.nii.gz").toAbsolutePath(), p1.mask());
        assertNull(p1.roi());
        assertEquals(Path.of("/abs/p2"), m.entries().get(1).image());
        assertEquals("GTV-1", m.entries().get(1).roi());
        assertEquals(4, m.entries().get(1).line());
    }

    @Test
    void badManifestsAreRefusedByLine(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("m.csv");
        Files.writeString(csv, "patient_id,image,outcome\nP1,a,1\n");
        assertTrue(message(csv).contains("no \"mask\" column"), message(csv));
        Files.writeString(csv, "patient_id,image,mask,outcome\nP1,a,b,yes\n");
        assertTrue(message(csv).contains("line 2 (P1): outcome \"yes\" must be 0 or 1"), message(csv));
        Files.writeString(csv, "patient_id,image,mask,outcome\nP1,a,b,1\nP1,c,d,0\n");
        assertTrue(message(csv).contains("line 3: patient_id \"P1\" is listed twice"), message(csv));
        Files.writeString(csv, "patient_id,image,mask,outcome\nP1,a,b\n");
        assertTrue(message(csv).contains("line 2 has 3 fields but the header has 4"), message(csv));
        Files.writeString(csv, "patient_id,image,mask,outcome\n");
        assertTrue(message(csv).contains("lists no cases"), message(csv));
    }

    private static String message(Path csv) {
        return assertThrows(BadInputException.class, () -> TrainingManifest.read(csv)).getMessage();
    }
}
