package org.tacerisk.radiomics.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.tacerisk.common.Progress;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.radiomics.fourier.ComplexFft;

/**
 * The 2D Gabor filter of IBSI-2 (arXiv:2006.05470, section "Gabor kernels"), applied to every plane of the volume.
 *
 * <p>Kernel, with in-plane coordinates (x, y) in mm, x̃ = x cos θ + y sin θ and ỹ = −x sin θ + y cos θ:
 * {@code g(x, y) = exp(−(x̃² + γ² ỹ²) / (2σ²)) · exp(i 2π x̃ / λ)}. The response map is the modulus of the complex
 * response. The IBSI-2 reference map 4.a.1 (impulse of 255) fixes three conventions: the peak of the response is
 * 255, so the envelope is not normalised (g(0, 0) = 1); γ multiplies ỹ, so the envelope is σ/γ wide across the
 * carrier; θ turns from the first in-plane index axis (i) towards the second (j). In the axial plane x runs
 * along i and y along j; in the coronal plane along i and k; in the sagittal plane along j and k.
 *
 * <p>Rotation invariance (IBSI-2): the moduli for θ, θ + Δθ, ... (below 2π) are pooled per voxel by their average
 * (default) or maximum. Orthogonal planes (IBSI-2, 3D): the pooled maps of the axial, coronal and sagittal planes
 * are averaged (reference map 4.a.2; maximum pooling misses it by 18.5 % of the range, the axial plane alone
 * by 66 %; θ = −60° instead of 60° misses 4.a.1 by 42 %). Since the image is real, the response for θ + π is the complex conjugate of
 * that for θ, so only angles modulo π are computed.
 *
 * <p>The kernel is truncated to a radius of ⌊d·max(σ, σ/γ)/spacing + 0.5⌋ voxels per in-plane axis
 * ({@code truncate} d, default 4); the impulse maps need at least 31 voxels there and get 40. The impulse maps see only the envelope (the
 * modulus of a single kernel), so λ and the carrier's direction are not checked by them. Convolution runs as a
 * circular FFT convolution of the padded plane (padding by {@link BoundaryCondition}), sized so that wrap-around
 * never reaches the voxels kept.
 *
 * <p>Constant images: the kernel keeps its DC component, as IBSI-2 defines it (no compensation), so a constant c
 * gives c·|Σ g| everywhere, ≈ c·(2πσ²/γ)·exp(−2π²σ²/λ²)/(s_a·s_b): the fraction exp(−2π²σ²/λ²) of the envelope's
 * sum, negligible for σ ≥ λ (2.7·10⁻⁹ at σ = λ; the IBSI-2 tests use σ = 2.5λ, where the envelope's 4σ cut-off
 * leaves more, below 10⁻⁵) but not for short envelopes (0.7 % at σ = λ/2, 29 % at σ = λ/4). Removing it would give another filter than IBSI-2's. What is refused is a grid
 * that cannot sample the kernel ({@link #checkGrid}): there the sampled carrier aliases, down to a plain smoothing
 * (λ equal to the spacing), and the response to a constant is no longer this one.
 */
public final class GaborFilter implements ImageFilter {

    private static final int[][] PLANES = {{0, 1, 2}, {0, 2, 1}, {1, 2, 0}}; // in-plane axes a, b; normal c

    private final double sigmaMm;
    private final double lambdaMm;
    private final double gamma;
    private final double[] thetas;
    private final boolean maxPooling;
    private final boolean orthogonalPlanes;
    private final double truncate;
    private final boolean twoD;
    private final BoundaryCondition padding;
    private final String name;

    /**
     * @param thetas           orientations in radians (one for a directional filter; θ0 + kΔθ for rotation invariance)
     * @param maxPooling       pool the orientations by maximum instead of average
     * @param orthogonalPlanes average over the axial, coronal and sagittal planes (3D only)
     */
    public GaborFilter(double sigmaMm, double lambdaMm, double gamma, double[] thetas, boolean maxPooling,
            boolean orthogonalPlanes, double truncate, boolean twoD, BoundaryCondition padding, String name) {
        if (!(sigmaMm > 0) || !(lambdaMm > 0) || !(gamma > 0) || !(truncate > 0) || thetas.length == 0) {
            throw new IllegalArgumentException("Gabor needs sigma, lambda, gamma, truncate > 0 and an orientation");
        }
        if (twoD && orthogonalPlanes) {
            throw new IllegalArgumentException("orthogonal planes need a 3D filter");
        }
        this.sigmaMm = sigmaMm;
        this.lambdaMm = lambdaMm;
        this.gamma = gamma;
        this.thetas = thetas.clone();
        this.maxPooling = maxPooling;
        this.orthogonalPlanes = orthogonalPlanes;
        this.truncate = truncate;
        this.twoD = twoD;
        this.padding = padding;
        this.name = name;
    }

    /**
     * Spec parameters: {@code sigma_mm}, {@code lambda_mm}, {@code gamma} (1), {@code theta_deg} (0),
     * {@code rotation_invariant} (false), {@code delta_theta_deg} (45), {@code pooling} (average | max),
     * {@code orthogonal_planes} (false), {@code truncate} (4).
     */
    public static ImageFilter fromSpec(FilterParameters p, boolean twoD, BoundaryCondition padding) {
        double sigma = p.number("sigma_mm");
        double lambda = p.number("lambda_mm");
        double gamma = p.number("gamma", 1.0);
        double theta = p.number("theta_deg", 0.0);
        boolean invariant = p.flag("rotation_invariant", false);
        double delta = p.number("delta_theta_deg", 45.0);
        String pooling = p.string("pooling", "average").trim().toLowerCase(Locale.ROOT);
        boolean planes = p.flag("orthogonal_planes", false);
        double truncate = p.number("truncate", 4.0);
        if (!(sigma > 0) || !(lambda > 0) || !(gamma > 0) || !(truncate > 0)) {
            throw p.bad("sigma_mm", "lambda_mm, gamma and truncate must all be positive");
        }
        if (!pooling.equals("average") && !pooling.equals("max")) {
            throw p.bad("pooling", "must be average or max, not " + pooling);
        }
        if (planes && twoD) {
            throw p.bad("orthogonal_planes", "needs dimensions: 3D");
        }
        if (invariant && !(delta > 0 && delta <= 360)) {
            throw p.bad("delta_theta_deg", "must be in (0, 360]");
        }
        List<Double> list = new ArrayList<>();
        int count = invariant ? (int) Math.ceil(360.0 / delta - 1e-9) : 1;
        for (int k = 0; k < count; k++) {
            list.add(Math.toRadians(theta + k * delta));
        }
        String name = "gabor-sigma-" + num(sigma) + "-mm-lambda-" + num(lambda) + "-mm-gamma-" + num(gamma)
                + (invariant ? "-invariant-" + num(delta) + "-deg-" + pooling : "-theta-" + num(theta) + "-deg")
                + (planes ? "-3planes" : "") + (twoD ? "-2D" : "-3D");
        return new GaborFilter(sigma, lambda, gamma, list.stream().mapToDouble(Double::doubleValue).toArray(),
                pooling.equals("max"), planes, truncate, twoD, padding, name);
    }

    private static String num(double v) {
        return Double.toString(v).replace('.', '-');
    }

    @Override
    public String imageTypeName() {
        return name;
    }

    /**
     * On every plane filtered, the envelope's narrower width (σ, or σ/γ when γ &gt; 1) must span a voxel and the
     * carrier of every orientation have two samples per period along both in-plane axes ({@link ScaleSampling}).
     */
    @Override
    public void checkGrid(ImageGeometry grid) {
        double narrowest = Math.min(sigmaMm, sigmaMm / gamma);
        String envelope = gamma > 1 ? "envelope σ/γ" : "envelope σ";
        for (int p = 0; p < (orthogonalPlanes ? 3 : 1); p++) {
            int a = PLANES[p][0];
            int b = PLANES[p][1];
            String axialOnly = "filter the axial plane only (without orthogonal planes)";
            for (int axis : new int[] {a, b}) {
                ScaleSampling.requireGaussian(name, envelope, narrowest, axis, grid.spacing(axis),
                        axis == 2 ? axialOnly : null);
            }
            for (double[] angle : distinctAngles()) {
                ScaleSampling.requireWavelength(name, lambdaMm, Math.cos(angle[0]), a, grid.spacing(a),
                        a == 2 ? axialOnly : null);
                ScaleSampling.requireWavelength(name, lambdaMm, Math.sin(angle[0]), b, grid.spacing(b),
                        b == 2 ? axialOnly : null);
            }
        }
    }

    @Override
    public float[] apply(float[] image, ImageGeometry grid) {
        return apply(image, grid, Progress.NONE);
    }

    @Override
    public float[] apply(float[] image, ImageGeometry grid, Progress progress) {
        checkGrid(grid);
        int[] n = {grid.nx(), grid.ny(), grid.nz()};
        if (image.length != grid.voxelCount()) {
            throw new IllegalArgumentException("image has " + image.length + " voxels, grid " + grid.voxelCount());
        }
        double[] sum = new double[image.length];
        int planeCount = orthogonalPlanes ? 3 : 1;
        for (int p = 0; p < planeCount; p++) {
            filterPlanes(image, n, grid.spacing(), PLANES[p], sum, 1.0 / planeCount, progress);
        }
        float[] out = new float[sum.length];
        for (int v = 0; v < out.length; v++) {
            out[v] = (float) sum[v];
        }
        return out;
    }

    /** Distinct orientations modulo π with their multiplicities (θ + π gives the same modulus). */
    private double[][] distinctAngles() {
        List<double[]> out = new ArrayList<>();
        outer:
        for (double t : thetas) {
            double m = ((t % Math.PI) + Math.PI) % Math.PI;
            for (double[] e : out) {
                double d = Math.abs(e[0] - m);
                if (d < 1e-9 || Math.abs(d - Math.PI) < 1e-9) {
                    e[1]++;
                    continue outer;
                }
            }
            out.add(new double[] {m, 1});
        }
        return out.toArray(new double[0][]);
    }

    private void filterPlanes(float[] image, int[] n, double[] spacing, int[] axes, double[] sum, double weight,
            Progress progress) {
        int a = axes[0];
        int b = axes[1];
        int c = axes[2];
        int na = n[a];
        int nb = n[b];
        double extent = truncate * Math.max(sigmaMm, sigmaMm / gamma);
        int ra = (int) Math.floor(extent / spacing[a] + 0.5);
        int rb = (int) Math.floor(extent / spacing[b] + 0.5);
        int pa = padding == BoundaryCondition.ZERO ? 0 : ra;
        int pb = padding == BoundaryCondition.ZERO ? 0 : rb;
        ComplexFft fft = ComplexFft.plane(ComplexFft.powerOfTwoAtLeast(na + ra + pa),
                ComplexFft.powerOfTwoAtLeast(nb + rb + pb));
        double[][] angles = distinctAngles();
        double[][] kre = new double[angles.length][];
        double[][] kim = new double[angles.length][];
        for (int t = 0; t < angles.length; t++) {
            double[][] k = kernelSpectrum(fft, angles[t][0], ra, rb, spacing[a], spacing[b]);
            kre[t] = k[0];
            kim[t] = k[1];
        }
        int[] stride = {1, n[0], n[0] * n[1]};
        IntStream.range(0, n[c]).parallel().forEach(s -> {
            progress.checkCancelled();
            int fx = fft.nx();
            int size = fx * fft.ny();
            double[] re = new double[size];
            double[] im = new double[size];
            for (int v = -pb; v < nb + pb; v++) {
                int jb = padding.resolve(v, nb);
                for (int u = -pa; u < na + pa; u++) {
                    int ia = padding.resolve(u, na);
                    if (ia >= 0 && jb >= 0) {
                        re[Math.floorMod(v, fft.ny()) * fx + Math.floorMod(u, fx)] =
                                image[ia * stride[a] + jb * stride[b] + s * stride[c]];
                    }
                }
            }
            fft.forward(re, im);
            double[] pooled = new double[na * nb];
            double total = 0;
            double[] wr = new double[size];
            double[] wi = new double[size];
            for (int t = 0; t < angles.length; t++) {
                for (int q = 0; q < size; q++) {
                    wr[q] = re[q] * kre[t][q] - im[q] * kim[t][q];
                    wi[q] = re[q] * kim[t][q] + im[q] * kre[t][q];
                }
                fft.inverse(wr, wi);
                double w = angles[t][1];
                total += w;
                for (int v = 0; v < nb; v++) {
                    for (int u = 0; u < na; u++) {
                        int q = v * fx + u;
                        double mod = Math.hypot(wr[q], wi[q]);
                        int o = v * na + u;
                        pooled[o] = maxPooling ? Math.max(pooled[o], mod) : pooled[o] + w * mod;
                    }
                }
            }
            double scale = weight / (maxPooling ? 1 : total);
            for (int v = 0; v < nb; v++) {
                for (int u = 0; u < na; u++) {
                    sum[u * stride[a] + v * stride[b] + s * stride[c]] += scale * pooled[v * na + u];
                }
            }
        });
    }

    /** FFT of the kernel placed with its centre at index (0, 0) of the circular grid. */
    private double[][] kernelSpectrum(ComplexFft fft, double theta, int ra, int rb, double sa, double sb) {
        double[][] k = kernel(theta, ra, rb, sa, sb);
        int fx = fft.nx();
        double[] re = new double[fx * fft.ny()];
        double[] im = new double[re.length];
        int wa = 2 * ra + 1;
        for (int dv = -rb; dv <= rb; dv++) {
            for (int du = -ra; du <= ra; du++) {
                int q = Math.floorMod(dv, fft.ny()) * fx + Math.floorMod(du, fx);
                re[q] += k[0][(dv + rb) * wa + du + ra];
                im[q] += k[1][(dv + rb) * wa + du + ra];
            }
        }
        fft.forward(re, im);
        return new double[][] {re, im};
    }

    /**
     * The complex kernel on (2ra+1) × (2rb+1) voxels, offset (du, dv) from the centre at index
     * (dv + rb)·(2ra+1) + du + ra; real and imaginary parts.
     */
    double[][] kernel(double theta, int ra, int rb, double sa, double sb) {
        int wa = 2 * ra + 1;
        double[] re = new double[wa * (2 * rb + 1)];
        double[] im = new double[re.length];
        double cos = Math.cos(theta);
        double sin = Math.sin(theta);
        for (int dv = -rb; dv <= rb; dv++) {
            for (int du = -ra; du <= ra; du++) {
                double x = du * sa;
                double y = dv * sb;
                double xt = x * cos + y * sin;
                double yt = -x * sin + y * cos;
                double envelope = Math.exp(-(xt * xt + gamma * gamma * yt * yt) / (2 * sigmaMm * sigmaMm));
                double phase = 2 * Math.PI * xt / lambdaMm;
                re[(dv + rb) * wa + du + ra] = envelope * Math.cos(phase);
                im[(dv + rb) * wa + du + ra] = envelope * Math.sin(phase);
            }
        }
        return new double[][] {re, im};
    }
}
