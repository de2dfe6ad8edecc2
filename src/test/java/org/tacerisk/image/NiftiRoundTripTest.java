package org.tacerisk.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tacerisk.common.BadInputException;

/**
 * Write then read. The header stores the affine as float32, so positions come back to within half a float32 ulp of
 * each affine entry: about 4e-6 mm for origins within ±128 mm and ~1e-7 relative for spacing and direction.
 */
class NiftiRoundTripTest {

    /** Positions: origin within ±128 mm (half ulp 3.8e-6) plus index · float32-rounded column; observed 3.6e-6. */
    private static final double POSITION_TOL_MM = 1e-5;
    /** Spacing and direction: float32 epsilon (1.2e-7); observed errors are 3.5e-8 and 9e-9. */
    private static final double RELATIVE_TOL = 1.2e-7;

    @TempDir
    Path dir;

    /** A right-handed oblique grid: rotation by 20° about (1, 2, 3), anisotropic spacing, origin away from 0. */
    static ImageGeometry oblique(int nx, int ny, int nz, boolean leftHanded) {
        double[] axis = {1, 2, 3};
        double len = Math.sqrt(14);
        double x = axis[0] / len;
        double y = axis[1] / len;
        double z = axis[2] / len;
        double c = Math.cos(Math.toRadians(20));
        double s = Math.sin(Math.toRadians(20));
        double t = 1 - c;
        double[] d = {
            t * x * x + c, t * x * y - s * z, t * x * z + s * y,
            t * x * y + s * z, t * y * y + c, t * y * z - s * x,
            t * x * z - s * y, t * y * z + s * x, t * z * z + c};
        if (leftHanded) { // k axis reversed, as in many DICOM series sorted feet-first
            d[2] = -d[2];
            d[5] = -d[5];
            d[8] = -d[8];
        }
        return new ImageGeometry(nx, ny, nz, new double[] {0.7421875, 0.8125, 2.5},
                new double[] {-123.456789, 87.654321, -45.2}, d);
    }

    static void assertSameGeometry(ImageGeometry expected, ImageGeometry actual) {
        assertTrue(expected.sameGrid(actual, POSITION_TOL_MM), () -> expected + " vs " + actual);
        for (int n = 0; n < 3; n++) {
            assertEquals(expected.spacing(n), actual.spacing(n), RELATIVE_TOL * expected.spacing(n), "spacing " + n);
        }
        assertArrayEquals(expected.direction(), actual.direction(), RELATIVE_TOL, "direction");
        assertArrayEquals(expected.origin(), actual.origin(), POSITION_TOL_MM, "origin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ct.nii", "ct.nii.gz", "ct-left.nii", "ct-left.nii.gz"})
    void shortVolumeRoundTrip(String name) throws Exception {
        ImageGeometry g = oblique(7, 5, 4, name.contains("left"));
        short[] voxels = new short[g.voxelCount()];
        Random random = new Random(1);
        for (int n = 0; n < voxels.length; n++) {
            voxels[n] = (short) random.nextInt(65536);
        }
        voxels[0] = Short.MIN_VALUE;
        voxels[1] = Short.MAX_VALUE;
        Volume written = Volume.ofShorts(g, voxels.clone(), Volume.HU);
        Path file = dir.resolve(name);
        Nifti.write(written, file);
        Volume read = Nifti.readVolume(file);
        assertTrue(read.isShortBacked());
        assertArrayEquals(voxels, read.toShortArray());
        assertEquals(Volume.HU, read.unit());
        assertSameGeometry(g, read.geometry());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary files left behind");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"f.nii", "f.nii.gz"})
    void floatVolumeRoundTripIsBitIdentical(String name) throws Exception {
        ImageGeometry g = oblique(6, 4, 3, false);
        float[] voxels = new float[g.voxelCount()];
        Random random = new Random(2);
        for (int n = 0; n < voxels.length; n++) {
            voxels[n] = (float) (random.nextGaussian() * 1000);
        }
        float[] specials = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, -0.0f, Float.MIN_VALUE,
            Float.MAX_VALUE, -Float.MAX_VALUE, 1e-40f};
        System.arraycopy(specials, 0, voxels, 0, specials.length);
        Path file = dir.resolve(name);
        Nifti.write(Volume.ofFloats(g, voxels.clone(), "SUV"), file);
        Volume read = Nifti.readVolume(file);
        assertFalse(read.isShortBacked());
        assertEquals("SUV", read.unit());
        float[] back = read.toFloatArray();
        for (int n = 0; n < voxels.length; n++) {
            assertEquals(Float.floatToRawIntBits(voxels[n]), Float.floatToRawIntBits(back[n]), "voxel " + n);
        }
        assertSameGeometry(g, read.geometry());
    }

    @ParameterizedTest
    @ValueSource(strings = {"m.nii", "m.nii.gz"})
    void maskRoundTrip(String name) throws Exception {
        ImageGeometry g = oblique(9, 8, 7, false);
        byte[] voxels = new byte[g.voxelCount()];
        Random random = new Random(3);
        for (int n = 0; n < voxels.length; n++) {
            voxels[n] = (byte) (random.nextInt(3) == 0 ? 1 : 0);
        }
        Mask mask = Mask.of(g, voxels.clone());
        Path file = dir.resolve(name);
        Nifti.write(mask, file);
        Mask read = Nifti.readMask(file);
        assertArrayEquals(voxels, read.toByteArray());
        assertSameGeometry(g, read.geometry());
    }

    @Test
    void writtenHeaderFollowsNifti1() throws Exception {
        ImageGeometry g = oblique(3, 2, 2, true);
        Path file = dir.resolve("h.nii");
        Nifti.write(Volume.ofShorts(g, new short[12], Volume.HU), file);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(352 + 12 * 2, bytes.length);
        ByteBuffer bb = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(348, bb.getInt(0), "sizeof_hdr, little endian");
        assertEquals(3, bb.getShort(40), "dim[0]");
        assertEquals(4, bb.getShort(70), "datatype int16");
        assertEquals(16, bb.getShort(72), "bitpix");
        assertEquals(-1f, bb.getFloat(76), "pixdim[0] = qfac for a left-handed grid");
        assertEquals(352f, bb.getFloat(108), "vox_offset");
        assertEquals(2, bytes[123], "xyzt_units = NIFTI_UNITS_MM");
        assertEquals(1, bb.getShort(252), "qform_code");
        assertEquals(1, bb.getShort(254), "sform_code");
        assertEquals("n+1\0", new String(bytes, 344, 4, java.nio.charset.StandardCharsets.US_ASCII));
        // srow_x[3] is the RAS x of voxel 0 = -(LPS x)
        assertEquals(123.456789f, bb.getFloat(280 + 12));
        Nifti.write(Mask.empty(g), dir.resolve("m.nii"));
        assertEquals(2, ByteBuffer.wrap(Files.readAllBytes(dir.resolve("m.nii"))).order(ByteOrder.LITTLE_ENDIAN)
                .getShort(70), "masks are uint8");
    }

    /** The qform (quaternion + qfac + pixdim + qoffset) written alongside must describe the same grid. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void qformAgreesWithSform(boolean leftHanded) throws Exception {
        ImageGeometry g = oblique(50, 40, 30, leftHanded);
        Path file = dir.resolve("q.nii");
        Nifti.write(Volume.ofShorts(g, new short[g.voxelCount()], ""), file);
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putShort(254, (short) 0); // sform_code = 0
        Files.write(file, bytes);
        // float32 quaternion: ~1e-7 rad, over a 100 mm extent ~1e-5 mm.
        ImageGeometry q = Nifti.readVolume(file).geometry();
        assertTrue(g.sameGrid(q, 5e-5), () -> g + " vs " + q);
    }

    /** Far from the scanner origin float32 is coarser: the error is bounded by one float32 ulp of the coordinate. */
    @Test
    void largeTablePositionKeepsFloat32Precision() throws Exception {
        double z = -1234.5678;
        ImageGeometry g = ImageGeometry.axisAligned(4, 4, 4, new double[] {0.5, 0.5, 1.25},
                new double[] {250.25, -310.75, z});
        Path file = dir.resolve("far.nii.gz");
        Nifti.write(Mask.empty(g), file);
        ImageGeometry read = Nifti.readMask(file).geometry();
        assertEquals(z, read.origin()[2], Math.ulp((float) z));
        assertTrue(g.sameGrid(read, Math.ulp((float) z)));
    }

    /** Decimal DICOM-style values on an axis-aligned grid come back exactly (shortest-decimal reading of float32). */
    @Test
    void typicalAxisAlignedGeometryComesBackEqual() throws Exception {
        ImageGeometry g = ImageGeometry.axisAligned(4, 3, 2, new double[] {0.977, 0.683594, 1.25},
                new double[] {-174.3945, -79.6255, -1100.4});
        Path file = dir.resolve("axis.nii.gz");
        Nifti.write(Mask.empty(g), file);
        assertEquals(g, Nifti.readMask(file).geometry());
    }

    @Test
    void twoDimensionalVolumeRoundTrip() throws Exception {
        ImageGeometry g = oblique(5, 6, 1, false);
        short[] voxels = new short[30];
        for (int n = 0; n < 30; n++) {
            voxels[n] = (short) (n * 7 - 100);
        }
        Path file = dir.resolve("slice.nii");
        Nifti.write(Volume.ofShorts(g, voxels.clone(), ""), file);
        Volume read = Nifti.readVolume(file);
        assertArrayEquals(voxels, read.toShortArray());
        assertSameGeometry(g, read.geometry());
    }

    @Test
    void writeRefusesOtherNames() {
        Volume v = Volume.ofShorts(ImageGeometry.axisAligned(1, 1, 1, new double[] {1, 1, 1}, new double[3]),
                new short[1], "");
        BadInputException e = assertThrows(BadInputException.class, () -> Nifti.write(v, dir.resolve("x.hdr")));
        assertTrue(e.getMessage().contains(".nii or .nii.gz"), e.getMessage());
    }
}
