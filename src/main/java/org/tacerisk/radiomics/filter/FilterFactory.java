package org.tacerisk.radiomics.filter;

/**
 * Builds one kind of filter from the {@code parameters:} block of a filter spec. Each filter kind registers one
 * factory in {@link FilterRegistry} under its spec name ({@code mean}, {@code log}, {@code laws}, ...).
 */
@FunctionalInterface
public interface FilterFactory {

    /**
     * @param parameters the filter-specific parameters (the factory must read every key it supports; the caller
     *                   then refuses unused ones)
     * @param twoD       true: filter each axial slice in-plane (IBSI-2 "2D"); false: filter the volume in 3D
     * @param padding    boundary condition
     */
    ImageFilter create(FilterParameters parameters, boolean twoD, BoundaryCondition padding);

    /**
     * PyRadiomics' LoG image type at {@code sigmaMm} (SimpleITK's recursive-Gaussian Laplacian, normalised across
     * scale, on the whole region it is given), named {@code log-sigma-3-0-mm-3D}: what the {@code pyradiomics}
     * conventions use for {@code imageType: LoG}. The IBSI-2 LoG is {@code filter: log} ({@link LogFilter}).
     */
    static ImageFilter pyRadiomicsLog(double sigmaMm) {
        return new RecursiveLaplacianOfGaussian(sigmaMm);
    }
}
