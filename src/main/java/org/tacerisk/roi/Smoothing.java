package org.tacerisk.roi;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.image.ImageGeometry;

/**
 * Smoothing of the outline in 3D, with a kernel given as a diameter in mm (a ball on the anisotropic grid).
 *
 * <ul>
 * <li>{@link Method#MEDIAN} (the default, as in 3D Slicer's Smoothing effect): a voxel is inside when more than
 *     half of the voxels of the ball around it are; removes small bumps and fills small dents at once, without
 *     growing or shrinking a smooth outline. Voxels beyond the edge of the series do not vote.</li>
 * <li>{@link Method#OPENING}: shrink then grow by the radius ({@link Margin}); removes spikes and bridges thinner than
 *     the kernel, never adds a voxel.</li>
 * <li>{@link Method#CLOSING}: grow then shrink by the radius; fills gaps and notches narrower than the kernel, never
 *     removes a voxel.</li>
 * </ul>
 *
 * Why these three: they are exact in mm on anisotropic voxels (the ball and the distance transform use the true
 * spacing), each has a rule a radiologist can predict, and they are the choices users know from Slicer. A Gaussian
 * blur and re-threshold was left out: it shrinks convex corners by an amount that depends on the curvature.
 */
public final class Smoothing {

    /** The smoothing rule. */
    public enum Method { MEDIAN, OPENING, CLOSING }

    private Smoothing() {
    }

    /** @return the number of voxels changed */
    public static int apply(EditableMask mask, Method method, double kernelMm) {
        ImageGeometry g = mask.geometry();
        Planes.requireReachesNeighbour(kernelMm / 2, g, "the smoothing kernel's radius");
        int[] box = Planes.requireNotEmpty(mask);
        double radius = kernelMm / 2;
        return switch (method) {
            case MEDIAN -> median(mask, box, radius);
            case OPENING -> {
                int removed = Margin.shrink(mask, box, radius);
                int[] left = mask.boundingBox();
                yield left == null ? removed : removed - Margin.grow(mask, left, radius);
            }
            case CLOSING -> {
                int added = Margin.grow(mask, box, radius);
                yield added - Margin.shrink(mask, mask.boundingBox(), radius);
            }
        };
    }

    private static int median(EditableMask mask, int[] box, double radius) {
        ImageGeometry g = mask.geometry();
        int[] reach = new int[3];
        for (int axis = 0; axis < 3; axis++) {
            reach[axis] = (int) Math.floor(radius / g.spacing(axis));
        }
        Crop crop = Crop.around(box, reach, g);
        // the crop padded by the kernel's reach on every side, unclipped: 1 inside, 0 outside, -1 beyond the grid
        int px = crop.nx() + 2 * reach[0];
        int py = crop.ny() + 2 * reach[1];
        int pz = crop.nz() + 2 * reach[2];
        byte[] padded = new byte[px * py * pz];
        for (int z = 0, n = 0; z < pz; z++) {
            for (int y = 0; y < py; y++) {
                for (int x = 0; x < px; x++, n++) {
                    int i = crop.i0() - reach[0] + x;
                    int j = crop.j0() - reach[1] + y;
                    int k = crop.k0() - reach[2] + z;
                    padded[n] = (byte) (!g.contains(i, j, k) ? -1 : mask.contains(i, j, k) ? 1 : 0);
                }
            }
        }
        int[] offsets = ballOffsets(radius, g.spacing(), reach, px, py);
        boolean[] result = new boolean[crop.size()];
        for (int z = 0, n = 0; z < crop.nz(); z++) {
            for (int y = 0; y < crop.ny(); y++) {
                int row = (z + reach[2]) * px * py + (y + reach[1]) * px + reach[0];
                for (int x = 0; x < crop.nx(); x++, n++) {
                    int centre = row + x;
                    int inside = 0;
                    int voters = 0;
                    for (int offset : offsets) {
                        byte v = padded[centre + offset];
                        if (v >= 0) {
                            voters++;
                            inside += v;
                        }
                    }
                    result[n] = 2 * inside == voters ? padded[centre] == 1 : 2 * inside > voters;
                }
            }
        }
        return crop.write(mask, result);
    }

    /** Index offsets in the padded box of the voxels within {@code radius} mm of the centre (centre included). */
    private static int[] ballOffsets(double radius, double[] s, int[] reach, int px, int py) {
        List<Integer> offsets = new ArrayList<>();
        double r2 = radius * radius * (1 + 1e-9);
        for (int dz = -reach[2]; dz <= reach[2]; dz++) {
            for (int dy = -reach[1]; dy <= reach[1]; dy++) {
                for (int dx = -reach[0]; dx <= reach[0]; dx++) {
                    double x = dx * s[0];
                    double y = dy * s[1];
                    double z = dz * s[2];
                    if (x * x + y * y + z * z <= r2) {
                        offsets.add((dz * py + dy) * px + dx);
                    }
                }
            }
        }
        return offsets.stream().mapToInt(Integer::intValue).toArray();
    }
}
