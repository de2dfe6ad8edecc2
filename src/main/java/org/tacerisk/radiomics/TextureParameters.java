package org.tacerisk.radiomics;

/**
 * Parameters of the texture families (IBSI-1 defaults: distance 1, Chebyshev norm, symmetric GLCM, α = 0).
 *
 * @param glcmDistance      neighbour distance δ for GLCM (voxels, Chebyshev)
 * @param ngtdmDistance     neighbourhood distance δ for NGTDM
 * @param ngldmDistance     neighbourhood distance δ for NGLDM
 * @param ngldmAlpha        coarseness parameter α for NGLDM
 * @param linkageDistance   zone linkage distance for GLSZM and GLDZM (Chebyshev)
 * @param glcmSymmetric     count each pair in both directions
 */
public record TextureParameters(int glcmDistance, int ngtdmDistance, int ngldmDistance, int ngldmAlpha,
        int linkageDistance, boolean glcmSymmetric) {

    public static TextureParameters ibsiDefaults() {
        return new TextureParameters(1, 1, 1, 0, 1, true);
    }
}
