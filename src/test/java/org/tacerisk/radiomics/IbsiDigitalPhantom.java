package org.tacerisk.radiomics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;
import org.tacerisk.testsupport.SharedData;

/**
 * The IBSI-1 digital phantom as a {@link ProcessedRoi}: no processing (IBSI-1 reference data sets), both masks
 * the phantom mask, grey levels the intensities themselves (1..6).
 */
final class IbsiDigitalPhantom {

    static final String FOLDER = "data/ibsi/ibsi_1_digital_phantom/nifti";

    private IbsiDigitalPhantom() {
    }

    static ProcessedRoi load() {
        Path dir = SharedData.require(FOLDER);
        try {
            Volume image = Nifti.readVolume(dir.resolve("image/phantom.nii.gz"));
            Mask mask = Nifti.readMask(dir.resolve("mask/mask.nii.gz"));
            float[] x = image.toFloatArray();
            byte[] m = mask.toByteArray();
            int[] levels = new int[x.length];
            for (int n = 0; n < x.length; n++) {
                levels[n] = m[n] != 0 ? Math.round(x[n]) : 0;
            }
            return new ProcessedRoi(image.geometry(), x, m, m.clone(), levels, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
