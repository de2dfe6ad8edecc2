package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;

/**
 * Image and mask as PyRadiomics reads them: the NIfTI header's float32 spacing, and a warning when the wavelet's
 * precision does not follow the file's voxel type.
 */
class CaseInputsSimpleItkGridTest {

    @TempDir
    Path dir;

    private static final ImageGeometry GRID = ImageGeometry.axisAligned(4, 3, 2, new double[] {0.977, 0.977, 3},
            new double[] {-10.1, 5.3, 20});

    private Path write(Volume v, String name) throws Exception {
        Path file = dir.resolve(name);
        Nifti.write(v, file);
        return file;
    }

    @Test
    void theGridIsTheHeadersFloatsAndThePrecisionFollowsTheFile() throws Exception {
        Path floats = write(Volume.ofFloats(GRID, new float[24], Volume.HU), "floats.nii.gz");
        Path shorts = write(Volume.ofShorts(GRID, new short[24], Volume.HU), "shorts.nii.gz");
        Volume read = Nifti.readVolume(floats);
        Mask mask = Mask.empty(read.geometry());
        assertEquals(0.977, read.geometry().spacing()[0], 0.0);

        CaseInputs.ImageAndMask asStored = CaseInputs.asSimpleItkReads(floats, read, mask, true);
        assertEquals((double) 0.977f, asStored.volume().geometry().spacing()[0], 0.0);
        assertEquals(asStored.volume().geometry(), asStored.mask().geometry());
        assertTrue(asStored.findings().isEmpty(), asStored.findings().toString());

        // a float32 file with a double wavelet, an integer file with a float32 one: warned, with the remedy
        CaseInputs.ImageAndMask missing = CaseInputs.asSimpleItkReads(floats, read, mask, false);
        assertEquals(CaseInputs.WAVELET_PRECISION, missing.findings().get(0).code());
        assertTrue(missing.findings().get(0).advice().contains("declare the image float32"));
        CaseInputs.ImageAndMask extra = CaseInputs.asSimpleItkReads(shorts, Nifti.readVolume(shorts), mask, true);
        assertTrue(extra.findings().get(0).advice().contains("do not declare this image float32"));
        // no wavelet (null): nothing to say
        assertTrue(CaseInputs.asSimpleItkReads(shorts, Nifti.readVolume(shorts), mask, null).findings().isEmpty());
    }
}
