package org.tacerisk.radiomics.filter;

import java.util.Locale;
import org.tacerisk.image.ImageGeometry;

/**
 * PyRadiomics' voxel-wise image types (PyRadiomics 3.1.0 {@code imageoperations}), computed in double on the whole
 * image handed to the filter (the image after PyRadiomics' resampling, as PyRadiomics does), with M = max |x|:
 * <ul>
 *   <li>square: (x / √M)²;</li>
 *   <li>squareroot: √(M x) for x &gt; 0, −√(−M x) for x &lt; 0;</li>
 *   <li>logarithm: y = ln(x + 1) for x &gt; 0, −ln(1 − x) for x &lt; 0, then y · M / max |y|;</li>
 *   <li>exponential: e^(c x) with c = ln(M) / M;</li>
 *   <li>gradient: SimpleITK's GradientMagnitudeImageFilter, √Σ_a ((x[a+1] − x[a−1]) / (2 s_a))² with the edge
 *       voxel repeated beyond the edge (zero-flux Neumann) and s_a the spacing in mm (PyRadiomics'
 *       gradientUseSpacing, default true) or 1.</li>
 * </ul>
 */
public final class PyRadiomicsIntensityFilter implements ImageFilter {

    /** The image types, by PyRadiomics' name. */
    public enum Kind { SQUARE, SQUAREROOT, LOGARITHM, EXPONENTIAL, GRADIENT }

    private final Kind kind;
    private final boolean useSpacing;

    public PyRadiomicsIntensityFilter(Kind kind, boolean useSpacing) {
        this.kind = kind;
        this.useSpacing = useSpacing;
    }

    /** Spec parameters: {@code kind} (square, squareroot, logarithm, exponential, gradient), {@code use_spacing}. */
    static ImageFilter fromSpec(FilterParameters p, boolean twoD, BoundaryCondition padding) {
        String kind = p.string("kind").trim().toUpperCase(Locale.ROOT);
        try {
            return new PyRadiomicsIntensityFilter(Kind.valueOf(kind), p.flag("use_spacing", true));
        } catch (IllegalArgumentException e) {
            throw p.bad("kind", "must be square, squareroot, logarithm, exponential or gradient, not " + kind);
        }
    }

    @Override
    public String imageTypeName() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public float[] apply(float[] image, ImageGeometry grid) {
        if (kind == Kind.GRADIENT) {
            return gradient(image, grid);
        }
        double max = 0;
        for (float v : image) {
            max = Math.max(max, Math.abs((double) v));
        }
        double[] y = new double[image.length];
        switch (kind) {
            case SQUARE -> {
                double c = 1 / Math.sqrt(max);
                for (int n = 0; n < y.length; n++) {
                    double v = c * image[n];
                    y[n] = v * v;
                }
            }
            case SQUAREROOT -> {
                for (int n = 0; n < y.length; n++) {
                    double v = image[n];
                    y[n] = v > 0 ? Math.sqrt(v * max) : v < 0 ? -Math.sqrt(-v * max) : v;
                }
            }
            case LOGARITHM -> {
                double ymax = 0;
                for (int n = 0; n < y.length; n++) {
                    double v = image[n];
                    y[n] = v > 0 ? Math.log(v + 1) : v < 0 ? -Math.log(-(v - 1)) : v;
                    ymax = Math.max(ymax, Math.abs(y[n]));
                }
                double scale = max / ymax;
                for (int n = 0; n < y.length; n++) {
                    y[n] = y[n] * scale;
                }
            }
            case EXPONENTIAL -> {
                double c = Math.log(max) / max;
                for (int n = 0; n < y.length; n++) {
                    y[n] = Math.exp(c * image[n]);
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
        float[] out = new float[y.length];
        for (int n = 0; n < y.length; n++) {
            out[n] = (float) y[n];
        }
        return out;
    }

    private float[] gradient(float[] image, ImageGeometry g) {
        int[] size = {g.nx(), g.ny(), g.nz()};
        double[] spacing = g.spacing();
        float[] out = new float[image.length];
        for (int k = 0; k < size[2]; k++) {
            for (int j = 0; j < size[1]; j++) {
                for (int i = 0; i < size[0]; i++) {
                    int[] at = {i, j, k};
                    double sum = 0;
                    for (int a = 0; a < 3; a++) {
                        int[] lo = at.clone();
                        int[] hi = at.clone();
                        lo[a] = Math.max(0, at[a] - 1);
                        hi[a] = Math.min(size[a] - 1, at[a] + 1);
                        double d = ((double) image[g.index(hi[0], hi[1], hi[2])]
                                - image[g.index(lo[0], lo[1], lo[2])]) / 2 / (useSpacing ? spacing[a] : 1);
                        sum += d * d;
                    }
                    out[g.index(i, j, k)] = (float) Math.sqrt(sum);
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "PyRadiomics " + imageTypeName();
    }
}
