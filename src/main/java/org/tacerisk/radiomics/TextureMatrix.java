package org.tacerisk.radiomics;

/** A texture family's matrix, computed once per slice or volume; its features are short formulas over it. */
interface TextureMatrix {

    /** Why no feature of this matrix is defined (e.g. an empty ROI), or "" when they are. */
    String undefinedReason();
}
