package org.tacerisk.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading headers written byte by byte, with positions worked out by hand from nifti1.h and RAS -> LPS. */
class NiftiHandBuiltHeaderTest {

    private static final double TOL = 1e-5;

    @TempDir
    Path dir;

    /**
     * sform rows (RAS): x = -2i + 10, y = 3k - 20, z = 1.5j + 30. In LPS: x = 2i - 10, y = -3k + 20, z = 1.5j + 30.
     */
    private static NiftiBytes sformHeader() {
        NiftiBytes b = new NiftiBytes().sform(
                -2, 0, 0, 10,
                0, 0, 3, -20,
                0, 1.5f, 0, 30);
        b.dim = new short[] {3, 2, 3, 4, 1, 1, 1, 1};
        b.pixdim = new float[] {1, 2, 1.5f, 3, 0, 0, 0, 0};
        short[] values = new short[24];
        for (int n = 0; n < values.length; n++) {
            values[n] = (short) (10 * n - 100);
        }
        return b.shorts(values);
    }

    @Test
    void sformGivesHandComputedLpsPositions() throws Exception {
        Volume v = Nifti.readVolume(sformHeader().write(dir.resolve("s.nii")));
        assertSformGrid(v);
    }

    @Test
    void bigEndianFileReadsTheSame() throws Exception {
        NiftiBytes b = sformHeader();
        b.order = ByteOrder.BIG_ENDIAN;
        short[] values = new short[24];
        for (int n = 0; n < values.length; n++) {
            values[n] = (short) (10 * n - 100);
        }
        b.shorts(values); // re-encode the data big-endian too
        assertEquals(0x0000015c, ByteBuffer.wrap(b.bytes()).getInt(0), "sizeof_hdr 348 written big-endian");
        Volume v = Nifti.readVolume(b.write(dir.resolve("be.nii")));
        assertSformGrid(v);
    }

    private static void assertSformGrid(Volume v) {
        ImageGeometry g = v.geometry();
        assertEquals(2, g.nx());
        assertEquals(3, g.ny());
        assertEquals(4, g.nz());
        assertArrayEquals(new double[] {-10, 20, 30}, g.indexToPhysical(0, 0, 0), TOL);
        assertArrayEquals(new double[] {2 * 1 - 10, -3 * 3 + 20, 1.5 * 2 + 30}, g.indexToPhysical(1, 2, 3), TOL);
        assertArrayEquals(new double[] {2, 1.5, 3}, g.spacing(), TOL);
        // columns: i -> +L, j -> +S, k -> -P
        assertArrayEquals(new double[] {1, 0, 0, 0, 0, -1, 0, 1, 0}, g.direction(), TOL);
        assertTrue(v.isShortBacked());
        assertEquals("", v.unit());
        // data i fastest: voxel (1, 2, 3) is element 1 + 2*(2 + 3*3) = 23
        assertEquals(10 * 23 - 100, v.get(1, 2, 3));
        assertEquals(-100, v.get(0, 0, 0));
        assertEquals(10 * 1 - 100, v.get(1, 0, 0));
        assertEquals(10 * 2 - 100, v.get(0, 1, 0));
    }

    /**
     * qform only: quaternion (a, b, c, d) = (cos 45°, 0, 0, sin 45°) is +90° about z, R = [[0,-1,0],[1,0,0],[0,0,1]].
     * pixdim (2, 3, 4), qoffset (5, 6, 7): RAS x = -3j + 5, y = 2i + 6, z = qfac·4k + 7; LPS x = 3j - 5, y = -2i - 6.
     */
    @Test
    void qformRotationByHand() throws Exception {
        for (float qfac : new float[] {1, 0, -1}) {
            NiftiBytes b = new NiftiBytes();
            b.qformCode = 1;
            b.quatern = new float[] {0, 0, (float) Math.sin(Math.PI / 4)};
            b.qoffset = new float[] {5, 6, 7};
            b.pixdim = new float[] {qfac, 2, 3, 4, 0, 0, 0, 0};
            double zSign = qfac < 0 ? -1 : 1; // qfac 0 counts as 1 (nifti1.h)
            ImageGeometry g = Nifti.readVolume(b.write(dir.resolve("q.nii"))).geometry();
            assertArrayEquals(new double[] {-5, -6, 7}, g.indexToPhysical(0, 0, 0), TOL, "qfac " + qfac);
            assertArrayEquals(new double[] {3 * 2 - 5, -2 * 1 - 6, zSign * 4 * 3 + 7}, g.indexToPhysical(1, 2, 3), TOL,
                    "qfac " + qfac);
            assertArrayEquals(new double[] {2, 3, 4}, g.spacing(), TOL);
        }
    }

    @Test
    void sformWinsOverQformAndMethod1IsIdentity() throws Exception {
        NiftiBytes b = sformHeader();
        b.qformCode = 1;
        b.qoffset = new float[] {99, 99, 99};
        assertArrayEquals(new double[] {-10, 20, 30},
                Nifti.readVolume(b.write(dir.resolve("both.nii"))).geometry().origin(), TOL);

        NiftiBytes plain = new NiftiBytes();
        plain.pixdim = new float[] {1, 0.5f, 0.75f, 2.5f, 0, 0, 0, 0};
        ImageGeometry g = Nifti.readVolume(plain.write(dir.resolve("m1.nii"))).geometry();
        assertArrayEquals(new double[] {0, 0, 0}, g.origin());
        assertArrayEquals(new double[] {0.5, 0.75, 2.5}, g.spacing(), TOL);
        assertArrayEquals(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, g.direction());
    }

    @Test
    void spatialUnitsInMetresAndMicronsBecomeMm() throws Exception {
        NiftiBytes b = sformHeader();
        b.xyztUnits = 1; // NIFTI_UNITS_METER
        b.srow = new float[] {-0.002f, 0, 0, 0.01f, 0, 0, 0.003f, -0.02f, 0, 0.0015f, 0, 0.03f};
        ImageGeometry g = Nifti.readVolume(b.write(dir.resolve("m.nii"))).geometry();
        assertArrayEquals(new double[] {-10, 20, 30}, g.origin(), 1e-4);
        assertArrayEquals(new double[] {2, 1.5, 3}, g.spacing(), 1e-4);
    }

    @Test
    void twoDimensionalImageHasOneSlice() throws Exception {
        NiftiBytes b = new NiftiBytes().shorts((short) 1, (short) 2, (short) 3, (short) 4, (short) 5, (short) 6);
        b.dim = new short[] {2, 3, 2, 0, 0, 0, 0, 0};
        b.pixdim = new float[] {1, 0.8f, 0.8f, 0, 0, 0, 0, 0};
        b.sform(-0.8f, 0, 0, 1, 0, -0.8f, 0, 2, 0, 0, 0, 3); // third column zero, as 2D writers often leave it
        Volume v = Nifti.readVolume(b.write(dir.resolve("2d.nii")));
        assertEquals(1, v.geometry().nz());
        assertEquals(6, v.get(2, 1, 0));
        assertArrayEquals(new double[] {0, 0, 1}, v.geometry().axis(2), TOL);
        assertArrayEquals(new double[] {-1, -2, 3}, v.geometry().origin(), TOL);
    }

    @Test
    void datatypesAndScaling() throws Exception {
        // int16 with slope 2, inter -1024: integers -> stays 16-bit
        NiftiBytes b = new NiftiBytes().shorts((short) 0, (short) 1, (short) 512, (short) 600, (short) 2, (short) 3,
                (short) 4, (short) 5, (short) 6, (short) 7, (short) 8, (short) 9);
        b.sclSlope = 2;
        b.sclInter = -1024;
        Volume v = Nifti.readVolume(b.write(dir.resolve("scaled.nii")));
        assertTrue(v.isShortBacked());
        assertEquals(-1024, v.get(0));
        assertEquals(176, v.get(3));
        // slope 0.5: fractions -> float
        b.sclSlope = 0.5f;
        b.sclInter = 0;
        v = Nifti.readVolume(b.write(dir.resolve("half.nii")));
        assertFalse(v.isShortBacked());
        assertEquals(0.5f, v.get(1));
        // slope 1, inter 0 means "no scaling" and must not turn data into float
        b.sclSlope = 1;
        assertTrue(Nifti.readVolume(b.write(dir.resolve("one.nii"))).isShortBacked());

        assertEquals(40000f, readTyped(512, 2, bb -> bb.putShort(0, (short) 40000)).get(0), "uint16");
        assertFalse(readTyped(512, 2, bb -> bb.putShort(0, (short) 40000)).isShortBacked(), "40000 needs float");
        assertEquals(200f, readTyped(2, 1, bb -> bb.put(0, (byte) 200)).get(0), "uint8");
        assertEquals(-56f, readTyped(256, 1, bb -> bb.put(0, (byte) -56)).get(0), "int8");
        assertEquals(-1000f, readTyped(8, 4, bb -> bb.putInt(0, -1000)).get(0), "int32");
        assertTrue(readTyped(8, 4, bb -> bb.putInt(0, -1000)).isShortBacked(), "int32 in short range");
        assertEquals(4e9f, readTyped(768, 4, bb -> bb.putInt(0, (int) 4_000_000_000L)).get(0), "uint32");
        assertEquals(-7f, readTyped(1024, 8, bb -> bb.putLong(0, -7)).get(0), "int64");
        assertEquals(0.1f, readTyped(64, 8, bb -> bb.putDouble(0, 0.1)).get(0), "float64");
        assertEquals(2.5f, readTyped(16, 4, bb -> bb.putFloat(0, 2.5f)).get(0), "float32");
        assertTrue(readTyped(16, 4, bb -> bb.putFloat(0, 3f)).isShortBacked(), "integral float32 -> 16-bit");
    }

    private Volume readTyped(int datatype, int bytes, java.util.function.Consumer<ByteBuffer> first) throws Exception {
        NiftiBytes b = new NiftiBytes();
        b.datatype = (short) datatype;
        b.bitpix = (short) (8 * bytes);
        ByteBuffer bb = ByteBuffer.allocate(12 * bytes).order(b.order);
        first.accept(bb);
        b.data = bb.array();
        return Nifti.readVolume(b.write(dir.resolve("t" + datatype + ".nii")));
    }

    @Test
    void maskIsItsOnlyLabelAndGzipIsFoundByContent() throws Exception {
        NiftiBytes b = new NiftiBytes().shorts((short) 0, (short) 7, (short) 7, (short) 0, (short) 0, (short) 7,
                (short) 0, (short) 0, (short) 0, (short) 0, (short) 0, (short) 7);
        Mask m = Nifti.readMask(b.writeGzip(dir.resolve("gzipped-but-named.nii")));
        assertEquals(4, m.count());
        assertTrue(m.contains(1) && m.contains(2) && m.contains(5) && m.contains(11));
    }
}
