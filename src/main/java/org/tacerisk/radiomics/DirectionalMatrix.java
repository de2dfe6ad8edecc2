package org.tacerisk.radiomics;

/**
 * A directional texture matrix (GLCM, GLRLM) that can be merged with others of its kind, as IBSI-1's merged
 * aggregation methods require: merging sums the counts element by element (and, for GLRLM, the voxel counts N_v).
 * An empty matrix (e.g. no voxel pair along a direction in a one-voxel-wide slice) carries no information and is
 * left out of every average and merge.
 *
 * @param <M> the matrix type
 */
interface DirectionalMatrix<M extends DirectionalMatrix<M>> extends TextureMatrix {

    /** A new matrix holding the element-wise sum of this and {@code other}. */
    M plus(M other);

    /** True when the matrix counts nothing. */
    boolean isEmpty();

    @Override
    default String undefinedReason() {
        return isEmpty() ? "the matrix counts nothing" : "";
    }
}
