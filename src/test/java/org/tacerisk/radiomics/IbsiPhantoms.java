package org.tacerisk.radiomics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumSet;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;
import org.tacerisk.testsupport.SharedData;

/**
 * The IBSI-1 digital phantom as a processed ROI. It needs no processing (configurations.csv, dig_phantom): its
 * values 1..6 are the grey levels (N_g = 6), both masks are the mask, and the IVH is the discrete case with
 * G = [1, 6], w = 1, which are the ROI's minimum and maximum.
 */
final class IbsiPhantoms {

    private IbsiPhantoms() {
    }

    static final String FOLDER = "data/ibsi/ibsi_1_digital_phantom/nifti";

    static ProcessedRoi digitalPhantom() {
        Path dir = SharedData.require(FOLDER);
        Volume image;
        Mask mask;
        try {
            image = Nifti.readVolume(dir.resolve("image/phantom.nii.gz"));
            mask = Nifti.readMask(dir.resolve("mask/mask.nii.gz"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float[] intensities = image.toFloatArray();
        byte[] inside = mask.toByteArray();
        int[] levels = new int[intensities.length];
        for (int v = 0; v < levels.length; v++) {
            levels[v] = inside[v] != 0 ? Math.round(intensities[v]) : 0;
        }
        return new ProcessedRoi(image.geometry(), intensities, inside, inside.clone(), levels, 6);
    }

    /** All approaches, IBSI's texture defaults (δ = 1, symmetric), IVH without discretisation, G = ROI range. */
    static FamilyContext digitalPhantomContext() {
        return new FamilyContext(EnumSet.allOf(Approach.class), TextureParameters.ibsiDefaults(),
                IvhDiscretisation.none(null, null));
    }
}
