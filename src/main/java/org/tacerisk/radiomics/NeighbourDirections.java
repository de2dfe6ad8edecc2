package org.tacerisk.radiomics;

/**
 * The direction vectors m = (di, dj, dk) of IBSI-1's directional texture matrices (GLCM, GLRLM) for Chebyshev
 * distance 1: one of each ±m pair, since a symmetric GLCM and a run-length matrix count both senses alike. GLCM
 * multiplies them by the distance δ.
 */
final class NeighbourDirections {

    /** The 4 in-plane directions of the 8-connected 2D neighbourhood: (1,0), (1,1), (0,1), (−1,1). */
    static final int[][] IN_PLANE = {{1, 0, 0}, {1, 1, 0}, {0, 1, 0}, {-1, 1, 0}};

    /** The 13 directions of the 26-connected 3D neighbourhood, in the manual's order. */
    static final int[][] VOLUME = {
        {0, 0, 1}, {0, 1, 0}, {1, 0, 0}, {0, 1, 1}, {0, 1, -1}, {1, 0, 1}, {1, 0, -1}, {1, 1, 0}, {1, -1, 0},
        {1, 1, 1}, {1, 1, -1}, {1, -1, 1}, {1, -1, -1}};

    private NeighbourDirections() {
    }
}
