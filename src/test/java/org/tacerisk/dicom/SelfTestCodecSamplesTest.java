package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.DataInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.dicom.TransferSyntaxFixtures.Variant;

/**
 * The self-test's embedded codec samples are what {@link SelfTestCodecSamples} makes: the reference HU are the
 * phantom's own values (computed from its formula, not decoded), and the PixelMed-written samples come out byte for
 * byte the same when made again.
 */
class SelfTestCodecSamplesTest {

    private static final String FOLDER = "/org/tacerisk/selftest/dicom/";

    @TempDir
    Path temp;

    @Test
    void theReferencesAreThePhantomsOwnValues() throws Exception {
        assertArrayEquals(SelfTestCodecSamples.referenceSlice(Variant.SIGNED16), read("signed16.hu"));
        assertArrayEquals(SelfTestCodecSamples.referenceSlice(Variant.UNSIGNED8), read("unsigned8.hu"));
    }

    @Test
    void theSamplesAreReproducible() throws Exception {
        SelfTestCodecSamples.main(new String[] {temp.toString()});
        for (String name : new String[] {"implicit-vr-le/CT00002.dcm", "explicit-vr-le/CT00003.dcm",
            "deflated-explicit-vr-le/CT00002.dcm", "explicit-vr-be/CT00003.dcm", "rle-lossless/CT00002.dcm",
            "jpeg2000-lossless/CT00003.dcm", "signed16.hu", "unsigned8.hu"}) {
            try (InputStream committed = SelfTestCodecSamplesTest.class.getResourceAsStream(FOLDER + name)) {
                assertNotNull(committed, name);
                assertArrayEquals(committed.readAllBytes(), Files.readAllBytes(temp.resolve(name)), name);
            }
        }
    }

    private static short[] read(String name) throws Exception {
        short[] hu = new short[TransferSyntaxFixtures.NX * TransferSyntaxFixtures.NY * 2];
        try (DataInputStream in = new DataInputStream(SelfTestCodecSamplesTest.class.getResourceAsStream(FOLDER
                + name))) {
            for (int n = 0; n < hu.length; n++) {
                hu[n] = in.readShort();
            }
        }
        return hu;
    }
}
