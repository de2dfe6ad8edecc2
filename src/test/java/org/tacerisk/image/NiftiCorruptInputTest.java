package org.tacerisk.image;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;

/** Broken files must give a BadInputException whose message names the problem and the remedy, nothing else. */
class NiftiCorruptInputTest {

    @TempDir
    Path dir;

    private String failure(byte[] content, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        BadInputException e = assertThrows(BadInputException.class, () -> Nifti.readVolume(file));
        assertThrows(BadInputException.class, () -> Nifti.readMask(file));
        assertTrue(e.getMessage().contains(name), "message names the file: " + e.getMessage());
        return e.getMessage();
    }

    private static void assertContains(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "expected \"" + part + "\" in: " + message);
        }
    }

    @Test
    void emptyFile() throws Exception {
        assertContains(failure(new byte[0], "empty.nii"), "empty", "0 bytes");
    }

    @Test
    void randomBytes() throws Exception {
        byte[] junk = new byte[1000];
        new Random(42).nextBytes(junk);
        junk[0] = 0x12; // not the gzip magic
        String m = failure(junk, "junk.nii");
        assertContains(m, "not a NIfTI-1 file", "sizeof_hdr = 348",
                String.format("%02x", junk[0] & 0xff) + " " + String.format("%02x", junk[1] & 0xff));
        assertContains(failure(new byte[] {1, 2}, "tiny.nii"), "not a NIfTI-1 file", "01 02");
    }

    @Test
    void truncatedData() throws Exception {
        byte[] full = new NiftiBytes().bytes(); // 352 + 3*2*2*2 = 376 bytes
        String m = failure(Arrays.copyOf(full, 360), "cut.nii");
        assertContains(m, "truncated", "376 bytes", "only 360 bytes present", "int16");
    }

    @Test
    void truncatedHeader() throws Exception {
        assertContains(failure(Arrays.copyOf(new NiftiBytes().bytes(), 200), "head.nii"),
                "truncated inside the NIfTI header", "348 header bytes expected, 200 present");
    }

    @Test
    void truncatedGzip() throws Exception {
        NiftiBytes b = new NiftiBytes();
        b.dim = new short[] {3, 64, 64, 16, 1, 1, 1, 1};
        b.data = new byte[64 * 64 * 16 * 2];
        new Random(5).nextBytes(b.data); // incompressible, so half the .gz is about half the data
        byte[] gz = NiftiBytes.gzip(b.bytes());
        assertContains(failure(Arrays.copyOf(gz, gz.length / 2), "cut.nii.gz"), "truncated", "decompressed");
        byte[] broken = gz.clone();
        for (int n = 20; n < 200; n++) {
            broken[n] ^= 0x5a;
        }
        assertContains(failure(broken, "broken.nii.gz"), "gzip data are corrupt");
        // Damage inside stored (uncompressed) deflate blocks is only caught by the CRC in the gzip trailer.
        byte[] damagedData = gz.clone();
        for (int n = 2000; n < 2200; n++) {
            damagedData[n] ^= 0x5a;
        }
        assertContains(failure(damagedData, "crc.nii.gz"), "gzip data are corrupt", "copy or export it again");
        assertContains(failure(new byte[] {0x1f, (byte) 0x8b, 9, 9, 9}, "fake.nii.gz"), "gzip");
    }

    @Test
    void fourDimensional() throws Exception {
        NiftiBytes b = new NiftiBytes();
        b.dim = new short[] {4, 3, 2, 2, 5, 1, 1, 1};
        b.data = new byte[3 * 2 * 2 * 5 * 2];
        assertContains(failure(b.bytes(), "fmri.nii"), "4D images are not supported", "5 volumes", "choose one volume");
    }

    @Test
    void unsupportedDatatypes() throws Exception {
        NiftiBytes b = new NiftiBytes();
        b.datatype = 128;
        b.bitpix = 24;
        assertContains(failure(b.bytes(), "rgb.nii"), "unsupported NIfTI datatype RGB24", "int16 or float32");
        b.datatype = 32;
        assertContains(failure(b.bytes(), "complex.nii"), "complex64");
        b.datatype = 1;
        assertContains(failure(b.bytes(), "bits.nii"), "DT_BINARY");
    }

    @Test
    void otherFormats() throws Exception {
        byte[] n2 = new byte[600];
        ByteBuffer.wrap(n2).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 540);
        assertContains(failure(n2, "two.nii"), "NIfTI-2", "not read", "NIfTI-1");
        ByteBuffer.wrap(n2).order(ByteOrder.BIG_ENDIAN).putInt(0, 540);
        assertContains(failure(n2, "two-be.nii"), "NIfTI-2");

        NiftiBytes pair = new NiftiBytes();
        pair.magic = "ni1";
        assertContains(failure(pair.bytes(), "pair.nii"), ".hdr/.img pair", "single .nii");
        pair.magic = "";
        assertContains(failure(pair.bytes(), "analyze.nii"), "no NIfTI-1 magic", "ANALYZE");
        assertContains(failure(new NiftiBytes().bytes(), "image.hdr"), ".hdr/.img pairs are not supported");
    }

    @Test
    void impossibleSizes() throws Exception {
        NiftiBytes b = new NiftiBytes();
        b.dim = new short[] {3, 3, -2, 2, 1, 1, 1, 1};
        b.data = new byte[0];
        assertContains(failure(b.bytes(), "negative.nii"), "dim[2] = -2", "must be positive");
        b.dim = new short[] {0, 3, 2, 2, 1, 1, 1, 1};
        assertContains(failure(b.bytes(), "rank0.nii"), "dim[0] = 0");
        b.dim = new short[] {9, 3, 2, 2, 1, 1, 1, 1};
        assertContains(failure(b.bytes(), "rank9.nii"), "dim[0] = 9");
        // 32767^3 voxels: more than any Java array
        b.dim = new short[] {3, 32767, 32767, 32767, 1, 1, 1, 1};
        assertContains(failure(b.bytes(), "huge.nii"), "32767x32767x32767", "more than one image can hold");
        // 2 billion voxels (4 GB) announced by a tiny file: refused before allocating anything
        b.dim = new short[] {3, 32000, 32000, 2, 1, 1, 1, 1};
        assertContains(failure(b.bytes(), "big.nii"), "truncated", "4096000352 bytes");
        assertContains(failure(NiftiBytes.gzip(b.bytes()), "big.nii.gz"), "truncated", "cannot expand");
    }

    @Test
    void corruptFields() throws Exception {
        NiftiBytes b = new NiftiBytes();
        b.voxOffset = Float.NaN;
        assertContains(failure(b.bytes(), "offset.nii"), "vox_offset");
        b = new NiftiBytes().sform(Float.NaN, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0);
        assertContains(failure(b.bytes(), "nan.nii"), "sform", "non-finite");
        b = new NiftiBytes().sform(1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0); // two equal axes: singular
        assertContains(failure(b.bytes(), "singular.nii"), "sform", "not describe a valid voxel grid");
        b = new NiftiBytes();
        b.pixdim = new float[] {1, 0, 1, 1, 0, 0, 0, 0};
        assertContains(failure(b.bytes(), "pixdim.nii"), "pixdim[1]");
    }

    /**
     * Random damage to the header of a valid file: whatever the reader makes of it, it either returns an image or
     * throws BadInputException, never an unchecked exception or an out-of-memory error.
     */
    @Test
    void randomHeaderDamageOnlyEverGivesBadInput() throws Exception {
        ImageGeometry g = NiftiRoundTripTest.oblique(5, 4, 3, false);
        Path valid = dir.resolve("valid.nii");
        Nifti.write(Volume.ofShorts(g, new short[g.voxelCount()], ""), valid);
        byte[] original = Files.readAllBytes(valid);
        Random random = new Random(7);
        int[] fields = {0, 40, 42, 44, 46, 48, 50, 70, 72, 76, 80, 84, 88, 108, 112, 116, 252, 254, 256, 260, 264,
            268, 280, 284, 296, 312, 344};
        Path file = dir.resolve("damaged.nii");
        for (int trial = 0; trial < 3000; trial++) {
            byte[] bytes = original.clone();
            for (int hits = 1 + random.nextInt(3); hits > 0; hits--) {
                int at = fields[random.nextInt(fields.length)] + random.nextInt(4);
                bytes[at] = (byte) random.nextInt(256);
            }
            if (random.nextInt(4) == 0) {
                bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
            Files.write(file, bytes);
            try {
                Nifti.readVolume(file);
                Nifti.readMask(file);
            } catch (BadInputException expected) {
                // fine
            } catch (Throwable t) {
                fail("trial " + trial + ": " + t, t);
            }
        }
    }
}
