package org.tacerisk.radiomics;

/**
 * How texture matrices are built and aggregated (IBSI-1, "Feature aggregation"). For GLCM and GLRLM each approach
 * has an averaged and a merged variant; for GLSZM, GLDZM, NGTDM and NGLDM there is one per approach.
 */
public enum Approach {
    /** Per slice: 2D averaged (BTW3) and 2D slice-merged (SUJT); zone families 2D (8QNN). */
    TWO_D,
    /** Per slice, merged over slices: 2.5D direction-merged (JJUI) and merged (ZW7Z); zone families 2.5D (62GR). */
    TWO_AND_HALF_D,
    /** Whole volume: 3D averaged (ITBB) and 3D merged (IAZD); zone families 3D (KOBO). */
    THREE_D
}
