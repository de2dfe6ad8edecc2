package org.tacerisk.radiomics.filter;

/**
 * The filters of PyRadiomics' image types ({@code conventions: pyradiomics}), registered in {@link FilterRegistry}
 * as {@code pyradiomics-log}, {@code pyradiomics-wavelet} and {@code pyradiomics-intensity}.
 */
public final class PyRadiomicsFilters {

    private PyRadiomicsFilters() {
    }

    /**
     * The LoG of PyRadiomics' {@code LoG} image type at σ (mm), named {@code log-sigma-<σ>-mm-3D}: the one place
     * that chooses it. PyRadiomics uses SimpleITK's LaplacianRecursiveGaussianImageFilter (recursive Gaussian,
     * normalised across scale) on the whole image: {@link RecursiveLaplacianOfGaussian}, its re-derivation here.
     */
    public static ImageFilter log(double sigmaMm) {
        return FilterFactory.pyRadiomicsLog(sigmaMm);
    }

    /** Spec parameters: {@code sigma_mm}. */
    static ImageFilter logFromSpec(FilterParameters p, boolean twoD, BoundaryCondition padding) {
        if (twoD) {
            throw p.bad("dimensions", "PyRadiomics' LoG is 3D only; use filter: log for a 2D LoG");
        }
        return log(LogFilter.sigmaMm(p));
    }
}
