package org.tacerisk.radiomics.filter;

import java.util.Arrays;
import java.util.List;
import org.tacerisk.common.Progress;
import org.tacerisk.image.ImageGeometry;

/**
 * IBSI-2 Riesz-transformed filters (reference manual arXiv:2006.05470, "Riesz transform"): the higher-order Riesz
 * transform of order l = (l1, l2, l3) (along i/x, j/y, k/z; |l| = l1 + l2 + l3) applied to a base filter's response,
 * <pre>
 *   R^l f̂(ω) = (−i)^|l| · √(|l|! / (l1!·l2!·l3!)) · ω1^l1 · ω2^l2 · ω3^l3 / ‖ω‖^|l| · f̂(ω)     (0 at ω = 0, |l| &gt; 0)
 * </pre>
 * an all-pass, scale-free directional filter: order 0 is the identity, order 1 the (antisymmetric) gradient
 * direction, order 2 a second-derivative-like (symmetric) filter. The response map is the real part of the inverse
 * DFT ({@link FourierFiltering}, frequencies on the {@link FrequencyGrid#CENTRED} grid, padding per the boundary
 * condition). Two base filters:
 * <ul>
 *   <li>{@code riesz-log}: the Laplacian of Gaussian (σ in mm, kernel cut off at {@code truncate}·σ), applied in the
 *       spatial domain to the padded image, then the Riesz transform (IBSI-2 tests 9.a, 9.b.1);</li>
 *   <li>{@code riesz-simoncelli}: the Simoncelli band of a decomposition level ({@link SimoncelliFilter}), multiplied
 *       with the Riesz transform in the Fourier domain (IBSI-2 test 10.b.1).</li>
 * </ul>
 * Not implemented: the structure-tensor-aligned ("steered", rotation-invariant) Riesz filters of IBSI-2 tests 9.b.2,
 * 10.a and 10.b.2, for which the IBSI-2 reference data provide no response maps; {@code aligned: true} is refused.
 */
public final class RieszFilter implements ImageFilter {

    private final String base;
    private final int[] order;
    private final boolean twoD;
    private final BoundaryCondition padding;
    private final ImageFilter spatialStage;
    private final int simoncelliLevel;
    private final String baseName;

    private RieszFilter(String base, int[] order, boolean twoD, BoundaryCondition padding, ImageFilter spatialStage,
            int simoncelliLevel, String baseName) {
        for (int l : order) {
            if (l < 0) {
                throw new IllegalArgumentException("Riesz orders must not be negative: " + Arrays.toString(order));
            }
        }
        if (order.length != 3 || (twoD && order[2] != 0)) {
            throw new IllegalArgumentException("Riesz order needs (l1, l2, l3), l3 = 0 in 2D: " + Arrays.toString(order));
        }
        this.base = base;
        this.order = order.clone();
        this.twoD = twoD;
        this.padding = padding;
        this.spatialStage = spatialStage;
        this.simoncelliLevel = simoncelliLevel;
        this.baseName = baseName;
    }

    /** The Riesz transform of a spatial filter's response (e.g. the LoG for {@code riesz-log}). */
    public static RieszFilter ofSpatial(ImageFilter stage, String baseName, int[] order, boolean twoD,
            BoundaryCondition padding) {
        return new RieszFilter("spatial", order, twoD, padding, stage, 0, baseName);
    }

    /** The Riesz transform of the Simoncelli band of {@code level}. */
    public static RieszFilter ofSimoncelli(int level, int[] order, boolean twoD, BoundaryCondition padding) {
        new SimoncelliFilter(level, twoD, padding); // validates the level
        return new RieszFilter("simoncelli", order, twoD, padding, null, level, "simoncelli-level-" + level);
    }

    /**
     * Spec parameters of {@code riesz-log}: {@code sigma_mm}, {@code truncate} (cutoff in σ, default 4),
     * {@code order}, {@code aligned} (false only).
     */
    static ImageFilter logFromSpec(FilterParameters p, boolean twoD, BoundaryCondition padding) {
        double sigma = LogFilter.sigmaMm(p);
        double truncate = LogFilter.truncate(p);
        int[] order = order(p, twoD);
        refuseAlignment(p);
        LogFilter log = new LogFilter(sigma, truncate, twoD, padding);
        return ofSpatial(log, "log-sigma-" + Double.toString(sigma).replace('.', '-') + "-mm", order, twoD, padding);
    }

    /** Spec parameters of {@code riesz-simoncelli}: {@code level}, {@code order}, {@code aligned} (false only). */
    static ImageFilter simoncelliFromSpec(FilterParameters p, boolean twoD, BoundaryCondition padding) {
        int level = SimoncelliFilter.level(p);
        int[] order = order(p, twoD);
        refuseAlignment(p);
        return ofSimoncelli(level, order, twoD, padding);
    }

    /**
     * The Riesz order from the {@code order} parameter: three whole numbers ≥ 0 (l1, l2, l3 along i, j, k), or two in
     * 2D (l3 = 0), not all zero unless the identity is wanted.
     */
    static int[] order(FilterParameters p, boolean twoD) {
        List<Double> values = p.numbers("order");
        if (values.size() != 3 && !(twoD && values.size() == 2)) {
            throw p.bad("order", "must list " + (twoD ? "2 (or 3 with l3 = 0)" : "3") + " whole numbers (l1, l2, l3),"
                    + " not " + values);
        }
        int[] order = new int[3];
        for (int a = 0; a < values.size(); a++) {
            double v = values.get(a);
            if (v != Math.rint(v) || v < 0 || v > 16) {
                throw p.bad("order", "entries must be whole numbers from 0 to 16, not " + values);
            }
            order[a] = (int) v;
        }
        if (twoD && order[2] != 0) {
            throw p.bad("order", "a 2D (in-plane) Riesz transform has no l3; got " + values);
        }
        return order;
    }

    /** IBSI-2's aligned (structure-tensor steered) Riesz filters are not implemented: only false is accepted. */
    static void refuseAlignment(FilterParameters p) {
        if (p.flag("aligned", false)) {
            throw p.bad("aligned", "is true, but structure-tensor-aligned Riesz filters (IBSI-2 tests 9.b.2, 10.a,"
                    + " 10.b.2) are not implemented; use aligned: false");
        }
    }

    /**
     * The Riesz multiplier of order l at ω = (wx, wy, wz), as (real, imaginary) in {@code out}: (−i)^|l| · √(|l|!/∏l!)
     * · ∏ω^l / ‖ω‖^|l|; at ω = 0 it is 1 for order 0 and 0 otherwise.
     */
    public static void transfer(int[] l, double wx, double wy, double wz, double[] out) {
        int total = l[0] + l[1] + l[2];
        double rho = Math.sqrt(wx * wx + wy * wy + wz * wz);
        if (total == 0) {
            out[0] = 1;
            out[1] = 0;
            return;
        }
        if (rho == 0) {
            out[0] = 0;
            out[1] = 0;
            return;
        }
        double f = Math.sqrt(multinomial(l)) * Math.pow(wx / rho, l[0]) * Math.pow(wy / rho, l[1])
                * Math.pow(wz / rho, l[2]);
        switch (total % 4) {
            case 0 -> {
                out[0] = f;
                out[1] = 0;
            }
            case 1 -> {
                out[0] = 0;
                out[1] = -f;
            }
            case 2 -> {
                out[0] = -f;
                out[1] = 0;
            }
            default -> {
                out[0] = 0;
                out[1] = f;
            }
        }
    }

    /** |l|! / (l1!·l2!·l3!). */
    static double multinomial(int[] l) {
        double r = 1;
        int n = 0;
        for (int li : l) {
            for (int t = 1; t <= li; t++) {
                n++;
                r = r * n / t;
            }
        }
        return r;
    }

    int[] order() {
        return order.clone();
    }

    @Override
    public float[] apply(float[] image, ImageGeometry grid) {
        return apply(image, grid, Progress.NONE);
    }

    @Override
    public float[] apply(float[] image, ImageGeometry grid, Progress progress) {
        int[] l = order;
        int level = simoncelliLevel;
        checkGrid(grid);
        boolean simoncelli = base.equals("simoncelli");
        boolean zeroMean = simoncelli || l[0] + l[1] + l[2] > 0; // order 0 of a spatial stage is the identity
        return FourierFiltering.apply(image, grid, twoD, padding, FrequencyGrid.CENTRED, spatialStage, zeroMean,
                (wx, wy, wz, out) -> {
                    transfer(l, wx, wy, wz, out);
                    if (simoncelli) {
                        double b = SimoncelliFilter.band(level, Math.sqrt(wx * wx + wy * wy + wz * wz));
                        out[0] *= b;
                        out[1] *= b;
                    }
                }, progress);
    }

    /** The spatial stage's scales must be sampled (the LoG's σ, see {@link LogFilter#checkGrid}). */
    @Override
    public void checkGrid(ImageGeometry grid) {
        if (spatialStage instanceof LogFilter log) {
            log.checkGrid(grid, imageTypeName());
        } else if (spatialStage != null) {
            spatialStage.checkGrid(grid);
        }
    }

    @Override
    public String imageTypeName() {
        return "riesz-" + baseName + "-order-" + order[0] + "-" + order[1] + (twoD ? "" : "-" + order[2])
                + (twoD ? "-2D" : "-3D");
    }
}
