package org.tacerisk.roi;

import java.util.function.IntPredicate;
import org.tacerisk.image.ImageGeometry;

/** Breadth-first flood fill over face neighbours (6-connected in 3D) by linear voxel index. */
final class Connectivity {

    private Connectivity() {
    }

    /**
     * Adds to {@code out} every voxel reachable from {@code start} through face neighbours that pass {@code member},
     * marking them in {@code visited}. {@code start} must pass {@code member} and not be visited yet. Stops as soon
     * as {@code out} holds more than {@code limit} voxels.
     *
     * @return false when stopped by the limit
     */
    static boolean flood6(ImageGeometry g, int start, IntPredicate member, SparseBits visited, IntQueue out,
            long limit) {
        int nx = g.nx();
        int ny = g.ny();
        int nz = g.nz();
        int sliceSize = g.sliceSize();
        int head = out.size();
        visited.set(start);
        out.add(start);
        for (; head < out.size(); head++) {
            if (out.size() > limit) {
                return false;
            }
            int n = out.get(head);
            int k = n / sliceSize;
            int rest = n - k * sliceSize;
            int j = rest / nx;
            int i = rest - j * nx;
            if (i > 0) {
                visit(n - 1, member, visited, out);
            }
            if (i < nx - 1) {
                visit(n + 1, member, visited, out);
            }
            if (j > 0) {
                visit(n - nx, member, visited, out);
            }
            if (j < ny - 1) {
                visit(n + nx, member, visited, out);
            }
            if (k > 0) {
                visit(n - sliceSize, member, visited, out);
            }
            if (k < nz - 1) {
                visit(n + sliceSize, member, visited, out);
            }
        }
        return out.size() <= limit;
    }

    private static void visit(int n, IntPredicate member, SparseBits visited, IntQueue out) {
        if (!visited.get(n) && member.test(n)) {
            visited.set(n);
            out.add(n);
        }
    }
}
