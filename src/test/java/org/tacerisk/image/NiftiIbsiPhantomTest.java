package org.tacerisk.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tacerisk.testsupport.SharedData;

/**
 * The IBSI phantoms as distributed in NIfTI (../shared). The CT phantom header has dim = [3, 204, 201, 60]
 * (i = 204 columns, j = 201 rows, k = 60 slices), float32 voxels holding integer HU, and an sform
 * diag(-0.977, -0.977, 3) in RAS, i.e. an identity direction in LPS.
 */
class NiftiIbsiPhantomTest {

    @Test
    void ctPhantomImage() throws Exception {
        Volume v = Nifti.readVolume(SharedData.ibsiCtPhantom().resolve("nifti/image/phantom.nii.gz"));
        ImageGeometry g = v.geometry();
        System.out.println("IBSI CT phantom NIfTI: " + g + " range " + java.util.Arrays.toString(v.range()));
        assertEquals(204, g.nx(), "columns (dim[1])");
        assertEquals(201, g.ny(), "rows (dim[2])");
        assertEquals(60, g.nz(), "slices (dim[3])");
        // float32 header values are read as their shortest decimals, so these are exact
        assertArrayEquals(new double[] {0.977, 0.977, 3.0}, g.spacing());
        assertArrayEquals(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, g.direction(), 1e-9);
        // sform offset (RAS) 174.3945, 79.6255, -100.4 as float32 -> LPS (-x, -y, z)
        assertArrayEquals(new double[] {-174.3945, -79.6255, -100.4}, g.origin());
        assertTrue(v.isShortBacked(), "float32 file with integer HU is held as 16-bit");
        assertArrayEquals(new float[] {-1000, 3065}, v.range());
        // spot values (checked with an independent script): i fastest, then j, then k
        assertEquals(-1000, v.get(0, 0, 0));
        assertEquals(-986, v.get(5, 7, 9));
        assertEquals(-395, v.get(203, 200, 59));
    }

    @Test
    void storedGeometryKeepsTheHeadersFloat32Values() throws Exception {
        Path image = SharedData.ibsiCtPhantom().resolve("nifti/image/phantom.nii.gz");
        ImageGeometry read = Nifti.readVolume(image).geometry();
        ImageGeometry stored = Nifti.storedGeometry(image);
        // pixdim 0.977f: the reader gives the decimal, the stored grid the float as ITK reads it
        assertEquals(0.977, read.spacing()[0], 0.0);
        assertEquals((double) 0.977f, stored.spacing()[0], 0.0);
        assertEquals(0.9769999980926514, stored.spacing()[1], 0.0);
        assertEquals(3.0, stored.spacing()[2], 0.0);
        // srow offsets 174.3945f, 79.6255f (RAS) → LPS −174.3945…, −79.6255…
        assertEquals(-(double) 174.3945f, stored.origin()[0], 0.0);
        assertEquals(-174.3945, read.origin()[0], 0.0);
        assertArrayEquals(read.direction(), stored.direction(), 0.0);
        assertEquals(read.nx() * read.ny() * read.nz(), stored.voxelCount());
    }

    @Test
    void ctPhantomMask() throws Exception {
        Path root = SharedData.ibsiCtPhantom();
        Mask m = Nifti.readMask(root.resolve("nifti/mask/mask.nii.gz"));
        System.out.println("IBSI CT phantom NIfTI mask: " + m.count() + " voxels");
        ImageGeometry image = Nifti.readVolume(root.resolve("nifti/image/phantom.nii.gz")).geometry();
        assertTrue(image.sameGrid(m.geometry(), 1e-9), "mask on the image grid");
        // 125 256 voxels x 0.977 x 0.977 x 3 mm = 358.7 cm3, the IBSI GTV volume
        assertEquals(125_256, m.count());
    }

    @Test
    void digitalPhantom() throws Exception {
        Path dir = SharedData.require("data/ibsi/ibsi_1_digital_phantom/nifti");
        Volume v = Nifti.readVolume(dir.resolve("image/phantom.nii.gz"));
        Mask m = Nifti.readMask(dir.resolve("mask/mask.nii.gz"));
        System.out.println("IBSI digital phantom: " + v + " range " + java.util.Arrays.toString(v.range())
                + ", mask " + m.count() + " voxels");
        ImageGeometry g = v.geometry();
        assertEquals(5, g.nx());
        assertEquals(4, g.ny());
        assertEquals(4, g.nz());
        assertArrayEquals(new double[] {2, 2, 2}, g.spacing(), 1e-9);
        assertEquals(ImageGeometry.axisAligned(5, 4, 4, new double[] {2, 2, 2}, new double[3]), g);
        assertTrue(v.isShortBacked());
        assertArrayEquals(new float[] {1, 9}, v.range());
        assertEquals(74, m.count());
        assertTrue(g.sameGrid(m.geometry(), 1e-9));
    }
}
