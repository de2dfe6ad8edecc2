package org.tacerisk.roi;

import java.util.Objects;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;

/**
 * Brush, eraser and threshold-constrained brush. The size is the brush's diameter in mm. A stroke segment from
 * one mouse point to the next covers every voxel whose centre lies within half the diameter (in mm, anisotropic
 * spacing included) of the line segment between the two points — a capsule, so a fast stroke leaves no gap. A
 * {@link Shape#DISC} paints only the plane's own voxels, a {@link Shape#SPHERE} the voxels of neighbouring planes
 * too. The voxel under each end point is always covered, so a brush smaller than a voxel still paints. The
 * threshold brush sets only voxels whose HU lies in its range; the eraser clears.
 */
public final class Brush {

    /** 2D on the plane or spherical in 3D. */
    public enum Shape { DISC, SPHERE }

    private final double diameterMm;
    private final Shape shape;
    private final boolean erase;
    private final Volume volume;
    private final HuRange range;

    private Brush(double diameterMm, Shape shape, boolean erase, Volume volume, HuRange range) {
        Planes.requirePositive(diameterMm, "the brush size");
        this.diameterMm = diameterMm;
        this.shape = Objects.requireNonNull(shape, "shape");
        this.erase = erase;
        this.volume = volume;
        this.range = range;
    }

    public static Brush paint(double diameterMm, Shape shape) {
        return new Brush(diameterMm, shape, false, null, null);
    }

    public static Brush eraser(double diameterMm, Shape shape) {
        return new Brush(diameterMm, shape, true, null, null);
    }

    /** A brush that sets only voxels of {@code volume} whose value lies in {@code range}. */
    public static Brush thresholdPaint(double diameterMm, Shape shape, Volume volume, HuRange range) {
        return new Brush(diameterMm, shape, false, Objects.requireNonNull(volume, "volume"),
                Objects.requireNonNull(range, "range"));
    }

    public double diameterMm() {
        return diameterMm;
    }

    public Shape shape() {
        return shape;
    }

    /** The undo step's name for a stroke of this brush. */
    public RoiAction action() {
        return erase ? RoiAction.ERASER : range != null ? RoiAction.THRESHOLD_PAINT : RoiAction.BRUSH;
    }

    /**
     * Paints (or erases) the segment from (u0, v0) to (u1, v1) on {@code plane}, in plane coordinates (continuous
     * voxel indices). Points may lie outside the grid; what falls outside is ignored.
     *
     * @return the number of voxels whose state changed
     */
    public int paintSegment(EditableMask mask, SlicePlane plane, double u0, double v0, double u1, double v1) {
        ImageGeometry g = mask.geometry();
        Planes.require(g, plane);
        if (volume != null) {
            Planes.requireSameGrid(g, volume.geometry());
        }
        double[] s = g.spacing();
        double[] a = plane.toVoxel(u0, v0);
        double[] b = plane.toVoxel(u1, v1);
        double radius = diameterMm / 2;
        int[] lo = new int[3];
        int[] hi = new int[3];
        for (int axis = 0; axis < 3; axis++) {
            double reach = radius / s[axis];
            lo[axis] = Math.max(0, (int) Math.floor(Math.min(a[axis], b[axis]) - reach));
            hi[axis] = Math.min(Orientation.size(g, axis) - 1, (int) Math.ceil(Math.max(a[axis], b[axis]) + reach));
        }
        if (shape == Shape.DISC) {
            int normal = plane.orientation().normalAxis();
            lo[normal] = hi[normal] = plane.index();
        }
        double[] d = {(b[0] - a[0]) * s[0], (b[1] - a[1]) * s[1], (b[2] - a[2]) * s[2]};
        double length2 = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
        double r2 = radius * radius;
        int changed = 0;
        for (int k = lo[2]; k <= hi[2]; k++) {
            for (int j = lo[1]; j <= hi[1]; j++) {
                for (int i = lo[0]; i <= hi[0]; i++) {
                    double x = (i - a[0]) * s[0];
                    double y = (j - a[1]) * s[1];
                    double z = (k - a[2]) * s[2];
                    double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, (x * d[0] + y * d[1] + z * d[2]) / length2));
                    double ex = x - t * d[0];
                    double ey = y - t * d[1];
                    double ez = z - t * d[2];
                    if (ex * ex + ey * ey + ez * ez <= r2) {
                        changed += paint(mask, i, j, k);
                    }
                }
            }
        }
        changed += paintNearest(mask, plane, u0, v0);
        changed += paintNearest(mask, plane, u1, v1);
        return changed;
    }

    private int paintNearest(EditableMask mask, SlicePlane plane, double u, double v) {
        double[] ijk = plane.toVoxel(Math.rint(u), Math.rint(v));
        int i = (int) ijk[0];
        int j = (int) ijk[1];
        int k = (int) ijk[2];
        return mask.geometry().contains(i, j, k) ? paint(mask, i, j, k) : 0;
    }

    private int paint(EditableMask mask, int i, int j, int k) {
        boolean inside = mask.contains(i, j, k);
        if (erase) {
            if (inside) {
                mask.clear(i, j, k);
                return 1;
            }
            return 0;
        }
        if (inside || range != null && !range.contains(volume.get(i, j, k))) {
            return 0;
        }
        mask.set(i, j, k);
        return 1;
    }
}
