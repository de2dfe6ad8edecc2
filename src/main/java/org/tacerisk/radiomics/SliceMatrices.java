package org.tacerisk.radiomics;

import java.util.List;

/**
 * A family's in-plane matrices: one per slice that holds intensity-mask voxels (2D, IBSI 8QNN: features per slice,
 * then averaged) and the matrix merged over those slices (2.5D, IBSI 62GR: counts and N_v summed).
 */
record SliceMatrices<M extends TextureMatrix>(List<M> slices, M merged) {

    SliceMatrices {
        slices = List.copyOf(slices);
    }
}
