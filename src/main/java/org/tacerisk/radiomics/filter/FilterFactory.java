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
}
