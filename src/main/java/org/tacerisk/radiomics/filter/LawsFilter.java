package org.tacerisk.radiomics.filter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tacerisk.common.Progress;
import org.tacerisk.image.ImageGeometry;

/**
 * IBSI-2 Laws filter: the separable product of 1D Laws kernels (see {@link LawsKernels}), e.g. E5L5S5 in 3D or
 * L5S5 in 2D, optionally made rotation invariant by pooling (max or average) the responses of the kernel under
 * every right-angle rotation of the grid (24 in 3D, 4 in 2D: axis permutations with kernel flips), and optionally
 * turned into an energy map: the mean of |response| over the (2δ+1)^d neighbourhood of each voxel, with the same
 * boundary condition (IBSI-2 "Laws kernels", energy map with Chebyshev distance δ).
 */
public final class LawsFilter implements ImageFilter {

    /** How rotated responses are combined. */
    public enum Pooling {
        MAX, AVERAGE
    }

    private final List<String> kernelNames;
    private final double[][] kernels;
    private final boolean twoD;
    private final BoundaryCondition padding;
    private final Pooling pooling;
    private final int energyDistance;

    /**
     * @param kernelName     e.g. {@code E5L5S5} (3D) or {@code L5S5} (2D)
     * @param pooling        null: no rotation invariance
     * @param energyDistance δ ≥ 0 for an energy map, −1 for the plain response
     */
    public LawsFilter(String kernelName, boolean twoD, BoundaryCondition padding, Pooling pooling,
            int energyDistance) {
        List<String> parts = LawsKernels.split(kernelName);
        if (parts == null) {
            throw new IllegalArgumentException("not a Laws kernel name: " + kernelName + " (pairs of "
                    + LawsKernels.names() + ")");
        }
        if (parts.size() != (twoD ? 2 : 3)) {
            throw new IllegalArgumentException("Laws kernel " + kernelName + " has " + parts.size()
                    + " factors; " + (twoD ? "2D needs 2 (e.g. L5S5)" : "3D needs 3 (e.g. E5L5S5)"));
        }
        if (energyDistance < -1) {
            throw new IllegalArgumentException("energy distance must be >= 0: " + energyDistance);
        }
        this.kernelNames = List.copyOf(parts);
        this.kernels = parts.stream().map(LawsKernels::kernel).toArray(double[][]::new);
        this.twoD = twoD;
        this.padding = padding;
        this.pooling = pooling;
        this.energyDistance = energyDistance;
    }

    /**
     * Spec parameters: {@code kernel} (e.g. E5L5S5), {@code rotation_invariant} (default false), {@code pooling}
     * (max or average, default max; only with rotation invariance), {@code energy_distance} (δ in voxels; absent: no
     * energy map).
     */
    static ImageFilter fromSpec(FilterParameters p, boolean twoD, BoundaryCondition padding) {
        String name = p.string("kernel");
        List<String> parts = LawsKernels.split(name);
        if (parts == null) {
            throw p.bad("kernel", "is not a Laws kernel name: " + name + " (a sequence of " + LawsKernels.names()
                    + ", e.g. E5L5S5)");
        }
        if (parts.size() != (twoD ? 2 : 3)) {
            throw p.bad("kernel", name + " has " + parts.size() + " factors but the filter is "
                    + (twoD ? "2D (needs 2, e.g. L5S5)" : "3D (needs 3, e.g. E5L5S5)"));
        }
        boolean invariant = p.flag("rotation_invariant", false);
        Pooling pooling = null;
        if (p.has("pooling") && !invariant) {
            throw p.bad("pooling", "applies only with rotation_invariant: true");
        }
        String pool = p.string("pooling", "max").trim().toUpperCase(Locale.ROOT);
        if (invariant) {
            try {
                pooling = Pooling.valueOf(pool);
            } catch (IllegalArgumentException e) {
                throw p.bad("pooling", "must be max or average, not " + pool.toLowerCase(Locale.ROOT));
            }
        }
        int distance = p.integer("energy_distance", -1);
        if (p.has("energy_distance") && distance < 0) {
            throw p.bad("energy_distance", "must be a whole number of voxels >= 0, not " + distance);
        }
        return new LawsFilter(name, twoD, padding, pooling, distance);
    }

    @Override
    public float[] apply(float[] image, ImageGeometry grid) {
        return apply(image, grid, Progress.NONE);
    }

    @Override
    public float[] apply(float[] image, ImageGeometry grid, Progress progress) {
        Convolution.Dims dims = MeanFilter.dims(grid);
        float[] response = pooling == null ? convolve(image, dims, kernels, progress)
                : pooled(image, dims, progress);
        if (energyDistance < 0) {
            return response;
        }
        for (int n = 0; n < response.length; n++) {
            response[n] = Math.abs(response[n]);
        }
        return MeanFilter.apply(response, dims, 2 * energyDistance + 1, twoD, padding, progress);
    }

    private float[] convolve(float[] image, Convolution.Dims dims, double[][] perAxis, Progress progress) {
        return Convolution.separable(image, dims, new double[][] {perAxis[0], perAxis[1], twoD ? null : perAxis[2]},
                padding, progress);
    }

    /**
     * Max or average over the kernel's right-angle rotations. A rotation permutes the axes and flips some of them;
     * flipping a symmetric 1D kernel changes nothing and flipping an antisymmetric one only negates it, so each
     * distinct kernel triple is convolved once and reused with its sign.
     */
    private float[] pooled(float[] image, Convolution.Dims dims, Progress progress) {
        List<RightAngleRotations> rotations = RightAngleRotations.all(twoD);
        int axes = twoD ? 2 : 3;
        Map<String, float[]> cache = new HashMap<>();
        float[] out = null;
        for (RightAngleRotations rotation : rotations) {
            int[] source = rotation.perm();
            boolean[] flips = rotation.flip();
            double[][] perAxis = new double[3][];
            StringBuilder key = new StringBuilder();
            int sign = 1;
            for (int a = 0; a < axes; a++) {
                double[] h = kernels[source[a]];
                String name = kernelNames.get(source[a]);
                if (flips[a]) {
                    int symmetry = symmetry(h);
                    if (symmetry == 0) {
                        h = Convolution.reverse(h);
                        name = name + "'";
                    } else {
                        sign *= symmetry;
                    }
                }
                perAxis[a] = h;
                key.append(name).append('|');
            }
            float[] r = cache.computeIfAbsent(key.toString(), k -> convolve(image, dims, perAxis, progress));
            if (out == null) {
                out = new float[r.length];
                if (pooling == Pooling.MAX) {
                    java.util.Arrays.fill(out, Float.NEGATIVE_INFINITY);
                }
            }
            for (int n = 0; n < r.length; n++) {
                float v = sign * r[n];
                out[n] = pooling == Pooling.MAX ? Math.max(out[n], v) : out[n] + v;
            }
        }
        if (pooling == Pooling.AVERAGE) {
            float scale = 1f / rotations.size();
            for (int n = 0; n < out.length; n++) {
                out[n] *= scale;
            }
        }
        return out;
    }

    /** +1 when h is symmetric, −1 when antisymmetric, 0 otherwise. */
    private static int symmetry(double[] h) {
        boolean sym = true;
        boolean anti = true;
        for (int m = 0; m < h.length; m++) {
            double other = h[h.length - 1 - m];
            sym &= h[m] == other;
            anti &= h[m] == -other;
        }
        return sym ? 1 : anti ? -1 : 0;
    }

    @Override
    public String imageTypeName() {
        List<String> parts = new ArrayList<>();
        parts.add("laws");
        parts.add(String.join("", kernelNames));
        if (pooling != null) {
            parts.add(pooling.name().toLowerCase(Locale.ROOT));
        }
        if (energyDistance >= 0) {
            parts.add("energy-" + energyDistance);
        }
        parts.add(twoD ? "2D" : "3D");
        return String.join("-", parts);
    }

    @Override
    public String toString() {
        return "LawsFilter[" + imageTypeName() + ", " + padding + "]";
    }
}
