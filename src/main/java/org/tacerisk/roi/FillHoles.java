package org.tacerisk.roi;

import org.tacerisk.image.ImageGeometry;

/**
 * Fill holes: background that cannot reach the outside of the mask becomes mask.
 *
 * <ul>
 * <li>{@link #inPlane} and {@link #eachSlice} work in 2D: on a plane, background pixels not 4-connected to the
 *     plane's edge (through background) are filled; a hole open towards the next slice is still a hole on this one
 *     (a necrotic core drawn slice by slice).</li>
 * <li>{@link #in3d}: background voxels not 6-connected to the edge of the series are filled; only a cavity closed on
 *     every side is filled.</li>
 * </ul>
 * The background's connectivity (4 in 2D, 6 in 3D) is the usual dual of the mask's (8, 26): a diagonal gap in the
 * outline does not let a hole escape.
 */
public final class FillHoles {

    private FillHoles() {
    }

    /** Fills the holes of one plane; returns the number of voxels added. */
    public static int inPlane(EditableMask mask, SlicePlane plane) {
        ImageGeometry g = mask.geometry();
        Planes.require(g, plane);
        int width = plane.orientation().width(g);
        int height = plane.orientation().height(g);
        byte[] values = new byte[width * height];
        mask.copyPlane(plane, values);
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (int v = 0, n = 0; v < height; v++) {
            for (int u = 0; u < width; u++, n++) {
                if (values[n] != 0) {
                    box[0] = Math.min(box[0], u);
                    box[1] = Math.min(box[1], v);
                    box[2] = Math.max(box[2], u);
                    box[3] = Math.max(box[3], v);
                }
            }
        }
        if (box[2] < 0) {
            return 0;
        }
        // the plane's box plus one pixel: its edge is background joined to the outside (or the plane's edge)
        int u0 = Math.max(0, box[0] - 1);
        int v0 = Math.max(0, box[1] - 1);
        int w = Math.min(width - 1, box[2] + 1) - u0 + 1;
        int h = Math.min(height - 1, box[3] + 1) - v0 + 1;
        boolean[] inside = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                inside[x + w * y] = values[(u0 + x) + width * (v0 + y)] != 0;
            }
        }
        boolean[] outside = reachableBackground(inside, w, h, 1, false);
        int added = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int n = x + w * y;
                if (!inside[n] && !outside[n]) {
                    int[] ijk = Planes.voxel(plane, u0 + x, v0 + y);
                    mask.set(ijk[0], ijk[1], ijk[2]);
                    added++;
                }
            }
        }
        return added;
    }

    /** Fills the holes of every plane of {@code orientation} that holds part of the mask. */
    public static int eachSlice(EditableMask mask, Orientation orientation) {
        int[] box = Planes.requireNotEmpty(mask);
        int axis = orientation.normalAxis();
        int added = 0;
        for (int index = box[axis]; index <= box[axis + 3]; index++) {
            added += inPlane(mask, new SlicePlane(orientation, index));
        }
        return added;
    }

    /** Fills the cavities closed in 3D; returns the number of voxels added. */
    public static int in3d(EditableMask mask) {
        int[] box = Planes.requireNotEmpty(mask);
        Crop crop = Crop.around(box, new int[] {1, 1, 1}, mask.geometry());
        boolean[] inside = crop.read(mask);
        boolean[] outside = reachableBackground(inside, crop.nx(), crop.ny(), crop.nz(), true);
        boolean[] filled = inside.clone();
        for (int n = 0; n < filled.length; n++) {
            filled[n] |= !outside[n];
        }
        return crop.write(mask, filled);
    }

    /**
     * Background reachable through face neighbours from the box's faces (the z faces only when {@code zFaces}: a
     * single plane is passed with nz = 1).
     */
    private static boolean[] reachableBackground(boolean[] inside, int nx, int ny, int nz, boolean zFaces) {
        boolean[] reached = new boolean[inside.length];
        IntQueue queue = new IntQueue();
        for (int z = 0, n = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++, n++) {
                    boolean face = x == 0 || y == 0 || x == nx - 1 || y == ny - 1
                            || zFaces && (z == 0 || z == nz - 1);
                    if (face && !inside[n]) {
                        reached[n] = true;
                        queue.add(n);
                    }
                }
            }
        }
        int plane = nx * ny;
        for (int head = 0; head < queue.size(); head++) {
            int n = queue.get(head);
            int z = n / plane;
            int y = (n - z * plane) / nx;
            int x = n - z * plane - y * nx;
            if (x > 0) {
                reach(n - 1, inside, reached, queue);
            }
            if (x < nx - 1) {
                reach(n + 1, inside, reached, queue);
            }
            if (y > 0) {
                reach(n - nx, inside, reached, queue);
            }
            if (y < ny - 1) {
                reach(n + nx, inside, reached, queue);
            }
            if (z > 0) {
                reach(n - plane, inside, reached, queue);
            }
            if (z < nz - 1) {
                reach(n + plane, inside, reached, queue);
            }
        }
        return reached;
    }

    private static void reach(int n, boolean[] inside, boolean[] reached, IntQueue queue) {
        if (!reached[n] && !inside[n]) {
            reached[n] = true;
            queue.add(n);
        }
    }
}
