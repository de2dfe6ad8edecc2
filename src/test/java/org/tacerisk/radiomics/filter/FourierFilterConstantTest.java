package org.tacerisk.radiomics.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;

/**
 * Issue 11 for the Fourier-domain filters: a Simoncelli band and a Riesz transform of order ≥ 1 have no DC gain, so
 * a constant image gives 0 with every padding that keeps it constant (periodic, nearest, mirror; zero padding makes
 * the padded image a box, whose band-passed edges reach every voxel of a global filter, so it is not checked).
 * On the centred frequency grid of IBSI-2 the bin that holds the image mean sits at π/(n − 1) along every axis of
 * even length n, which a coarse band reached: Simoncelli level 4, periodic, 40³ turned 100 into 71.5 before the
 * mean's bin was set to 0 (band(4, √3·π/39) = 0.715).
 */
class FourierFilterConstantTest {

    private static final double CONSTANT = 100;
    private static final List<BoundaryCondition> KEEP_CONSTANT = List.of(BoundaryCondition.PERIODIC,
            BoundaryCondition.NEAREST, BoundaryCondition.MIRROR);

    /** Even (the centred grid's mean bin off 0), odd, thick-slice and tiny grids. */
    private static final List<ImageGeometry> GRIDS = List.of(
            ImageGeometry.axisAligned(24, 24, 24, new double[] {1, 1, 1}, new double[3]),
            ImageGeometry.axisAligned(21, 19, 15, new double[] {1, 1, 1}, new double[3]),
            ImageGeometry.axisAligned(24, 22, 12, new double[] {0.98, 0.98, 3.27}, new double[3]),
            ImageGeometry.axisAligned(6, 6, 4, new double[] {0.98, 0.98, 3.27}, new double[3]));

    @Test
    void simoncelliLevel4OnAPeriodic40CubeGivesZeroForAConstant() {
        ImageGeometry g = ImageGeometry.axisAligned(40, 40, 40, new double[] {1, 1, 1}, new double[3]);
        float[] r = new SimoncelliFilter(4, false, BoundaryCondition.PERIODIC).apply(PolynomialImages.constant(g,
                CONSTANT), g);
        assertEquals(0.715, SimoncelliFilter.band(4, Math.sqrt(3) * Math.PI / 39), 5e-4, "the mean's bin is in band");
        assertTrue(PolynomialImages.worst(r, 0) < 1e-6 * CONSTANT, "response " + r[0]);
    }

    /**
     * Every level 1–8 in 2D and 3D on every grid, periodic; nearest and mirror (which pad every axis to about twice
     * its length, always even) in 3D on the thick and tiny grids: |response| ≤ 10⁻⁶ of the constant.
     */
    @Test
    void everySimoncelliLevelGivesZeroForAConstant() {
        for (ImageGeometry g : GRIDS) {
            float[] image = PolynomialImages.constant(g, CONSTANT);
            for (BoundaryCondition padding : KEEP_CONSTANT) {
                for (boolean twoD : new boolean[] {false, true}) {
                    if (padding != BoundaryCondition.PERIODIC && (twoD || g.spacing(2) == 1)) {
                        continue;
                    }
                    for (int level = 1; level <= 8; level++) {
                        float[] r = new SimoncelliFilter(level, twoD, padding).apply(image, g);
                        double worst = PolynomialImages.worst(r, 0);
                        assertTrue(worst <= 1e-6 * CONSTANT, name(g) + " " + padding + (twoD ? " 2D" : " 3D")
                                + " level " + level + ": " + worst);
                    }
                }
            }
        }
    }

    /**
     * Riesz orders 1 and 2 (and 0 of the LoG, the identity) of Simoncelli band 3 (periodic) and of the LoG (σ 3.27
     * mm: one slice; mirror or nearest, alternately) on the even, odd and thick grids.
     */
    @Test
    void rieszTransformsGiveZeroForAConstant() {
        int[][] orders = {{1, 0, 0}, {0, 0, 1}, {0, 2, 0}, {1, 0, 1}, {0, 0, 0}};
        for (ImageGeometry g : GRIDS.subList(0, 3)) {
            float[] image = PolynomialImages.constant(g, CONSTANT);
            for (int n = 0; n < orders.length; n++) {
                int[] order = orders[n];
                BoundaryCondition padding = n % 2 == 0 ? BoundaryCondition.MIRROR : BoundaryCondition.NEAREST;
                List<RieszFilter> filters = List.of(
                        RieszFilter.ofSimoncelli(3, order, false, BoundaryCondition.PERIODIC),
                        RieszFilter.ofSpatial(new LogFilter(3.27, 4, false, padding), "log", order, false, padding));
                for (RieszFilter f : filters) {
                    double worst = PolynomialImages.worst(f.apply(image, g), 0);
                    assertTrue(worst <= 1e-6 * CONSTANT, f.imageTypeName() + " on " + name(g) + ": " + worst);
                }
            }
        }
    }

    private static String name(ImageGeometry g) {
        return g.nx() + "x" + g.ny() + "x" + g.nz();
    }

    /** The Riesz-LoG inherits the LoG's rule, named after the Riesz filter. */
    @Test
    void rieszLogRefusesASigmaBelowTheSliceSpacing() {
        ImageGeometry thick = GRIDS.get(2);
        RieszFilter f = RieszFilter.ofSpatial(new LogFilter(3, 4, false, BoundaryCondition.MIRROR), "log-sigma-3-0-mm",
                new int[] {1, 0, 0}, false, BoundaryCondition.MIRROR);
        ScaleTooFineException e = assertThrows(ScaleTooFineException.class, () -> f.apply(
                PolynomialImages.constant(thick, CONSTANT), thick));
        assertTrue(e.getMessage().startsWith("riesz-log-sigma-3-0-mm-order-1-0-0-3D: σ = 3 mm is below one voxel"
                + " along z (k) (spacing 3.27 mm)"), e.getMessage());
        RieszFilter.ofSpatial(new LogFilter(3, 4, true, BoundaryCondition.MIRROR), "log-sigma-3-0-mm",
                new int[] {1, 0, 0}, true, BoundaryCondition.MIRROR).checkGrid(thick);
    }
}
