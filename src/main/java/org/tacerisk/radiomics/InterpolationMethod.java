package org.tacerisk.radiomics;

/**
 * How intensities (or the ROI mask) are carried onto the interpolation grid (IBSI-1 "Interpolation algorithms",
 * VTM2). LINEAR is bilinear when the slice spacing is kept (2D, configuration B) and trilinear otherwise
 * (configurations C, D); CUBIC_BSPLINE is the tricubic spline of configuration E.
 */
public enum InterpolationMethod {
    NEAREST,
    LINEAR,
    CUBIC_BSPLINE
}
