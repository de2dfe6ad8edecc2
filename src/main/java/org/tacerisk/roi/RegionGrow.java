package org.tacerisk.roi;

import java.util.Objects;
import org.tacerisk.common.DisplayNumbers;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;

/**
 * Grow from a seed: the 6-connected region of voxels whose HU lies in a range, in 3D, starting at the seed voxel,
 * added to the mask. 6-connected (faces only, not edges or corners) because a tumour region that reaches a vessel
 * or the liver only through a diagonal touch should not leak through it.
 *
 * <p>A volume cap in mL stops the search as soon as the region would hold more voxels than the cap allows; the mask
 * is then left unchanged and the result says {@link Status#LEAKED}, so the workstation can say "the region leaked
 * beyond 150 mL: narrow the HU range or draw a barrier" instead of silently filling the liver.
 */
public final class RegionGrow {

    /** Whether the region was added. */
    public enum Status { GROWN, LEAKED }

    /**
     * What the grow did.
     *
     * @param regionVoxels voxels of the region (GROWN), or the cap + 1 voxels found before stopping (LEAKED)
     * @param addedVoxels  voxels newly added to the mask (0 when LEAKED)
     * @param regionMl     the region's volume in mL (a lower bound when LEAKED)
     * @param capMl        the cap it ran under
     */
    public record Result(Status status, long regionVoxels, long addedVoxels, double regionMl, double capMl) {
    }

    private RegionGrow() {
    }

    /**
     * @param seed  voxel index {i, j, k}
     * @param capMl the largest region accepted, in mL
     * @throws RoiToolException for a seed outside the grid, a seed whose HU is outside the range, a cap ≤ 0, or a
     *                          CT on another grid
     */
    public static Result grow(EditableMask mask, Volume volume, int[] seed, HuRange range, double capMl) {
        Objects.requireNonNull(range, "range");
        ImageGeometry g = mask.geometry();
        Planes.requireSameGrid(g, volume.geometry());
        int i = seed[0];
        int j = seed[1];
        int k = seed[2];
        if (!g.contains(i, j, k)) {
            throw new RoiToolException(RoiToolException.Problem.OUTSIDE_VOLUME, "the seed (" + i + ", " + j + ", " + k
                    + ") is outside the series (" + g.nx() + " × " + g.ny() + " × " + g.nz() + " voxels)", i, j, k);
        }
        float seedHu = volume.get(i, j, k);
        if (!range.contains(seedHu)) {
            throw new RoiToolException(RoiToolException.Problem.SEED_OUTSIDE_RANGE, "the seed voxel is "
                    + DisplayNumbers.of(seedHu) + " HU, outside the range " + range, seedHu, range.min(), range.max());
        }
        if (!(capMl > 0)) {
            throw new RoiToolException(RoiToolException.Problem.CAP_NOT_POSITIVE,
                    "the volume cap must be a positive number of mL, not " + DisplayNumbers.of(capMl), capMl);
        }
        double voxelMl = g.voxelVolumeMm3() / 1000;
        long capVoxels = (long) Math.floor(capMl / voxelMl + 1e-9);
        IntQueue region = new IntQueue();
        boolean complete = Connectivity.flood6(g, g.index(i, j, k), n -> range.contains(volume.get(n)),
                new SparseBits(g), region, capVoxels);
        if (!complete) {
            return new Result(Status.LEAKED, region.size(), 0, region.size() * voxelMl, capMl);
        }
        int nx = g.nx();
        int sliceSize = g.sliceSize();
        long added = 0;
        for (int p = 0; p < region.size(); p++) {
            int n = region.get(p);
            int vk = n / sliceSize;
            int rest = n - vk * sliceSize;
            int vj = rest / nx;
            int vi = rest - vj * nx;
            if (!mask.contains(vi, vj, vk)) {
                mask.set(vi, vj, vk);
                added++;
            }
        }
        return new Result(Status.GROWN, region.size(), added, region.size() * voxelMl, capMl);
    }
}
