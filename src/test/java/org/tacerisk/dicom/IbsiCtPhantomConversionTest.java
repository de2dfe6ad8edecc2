package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;
import org.tacerisk.testsupport.SharedData;

/**
 * Acceptance: the IBSI-1 CT phantom read from DICOM (+ RTSTRUCT "GTV-1") and written as NIfTI lines up voxel for
 * voxel with the NIfTI copy that IBSI ships, and the rasterised mask agrees with IBSI's mask (Dice ≥ 0.99).
 */
class IbsiCtPhantomConversionTest {

    @TempDir
    Path out;

    @Test
    void convertedSeriesEqualsShippedNiftiVoxelForVoxel() throws IOException {
        Path phantom = SharedData.ibsiCtPhantom();
        DicomConversion.Result result = DicomConversion.convert(new DicomConversion.Request(
                phantom.resolve("dicom"), null, out.resolve("image.nii.gz"), null, "GTV-1",
                out.resolve("mask.nii.gz")));

        Volume converted = Nifti.readVolume(out.resolve("image.nii.gz"));
        Volume reference = Nifti.readVolume(phantom.resolve("nifti/image/phantom.nii.gz"));
        ImageGeometry g = converted.geometry();
        assertEquals(204, g.nx());
        assertEquals(201, g.ny());
        assertEquals(60, g.nz());
        assertEquals(0.977, g.spacing(0), 1e-6);
        assertEquals(0.977, g.spacing(1), 1e-6);
        assertEquals(3.0, g.spacing(2), 1e-6);
        // IBSI's NIfTI stores its affine in float32: positions agree to float precision, not beyond.
        assertTrue(g.sameGrid(reference.geometry(), 1e-3),
                () -> "grids differ:\n DICOM " + g + "\n NIfTI " + reference.geometry());
        assertTrue(converted.geometry().sameGrid(result.loaded().volume().geometry(), 1e-4),
                () -> "NIfTI round trip moved the grid: " + converted.geometry() + " vs " + result.loaded().volume());
        int differing = 0;
        for (int n = 0; n < converted.voxelCount(); n++) {
            differing += converted.get(n) != reference.get(n) ? 1 : 0;
        }
        assertEquals(0, differing, "voxels differing from IBSI's phantom.nii.gz");
        float[] range = converted.range();
        assertEquals(-1000f, range[0]);
        assertEquals(3065f, range[1]);

        Mask mask = Nifti.readMask(out.resolve("mask.nii.gz"));
        Mask referenceMask = Nifti.readMask(phantom.resolve("nifti/mask/mask.nii.gz"));
        double dice = mask.dice(referenceMask);
        System.out.printf("IBSI CT phantom GTV-1: %d voxels rasterised, %d in IBSI mask, %d differ, Dice %.5f%n",
                mask.count(), referenceMask.count(), mask.differingVoxels(referenceMask), dice);
        assertTrue(dice >= 0.99, "Dice " + dice + " with " + mask.differingVoxels(referenceMask) + " voxels differing");
    }
}
