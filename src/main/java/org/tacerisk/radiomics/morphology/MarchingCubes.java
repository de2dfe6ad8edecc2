package org.tacerisk.radiomics.morphology;

import java.util.Arrays;
import org.tacerisk.common.Progress;
import org.tacerisk.image.BoundingBox;

/**
 * Marching cubes on a binary mask at iso-level 0.5 (IBSI-1 mesh representation WRJH): the mask is cropped to its
 * bounding box and padded with one layer of outside voxels, as the manual asks, so that the mesh closes where ROI
 * voxels touch the edge of the grid. Cells span eight neighbouring voxel centres; with values 0 and 1 the
 * interpolated crossing of every cut edge is its mid-point, so vertices sit half-way between an ROI voxel centre
 * and a non-ROI one. Runs on primitive arrays only.
 */
public final class MarchingCubes {

    private MarchingCubes() {
    }

    /**
     * The mesh of {@code mask} (1 inside; i fastest, then j, then k, on an nx × ny × nz grid), or null when the
     * mask is empty.
     */
    public static SurfaceMesh mesh(byte[] mask, int nx, int ny, int nz, double[] spacing) {
        return mesh(mask, nx, ny, nz, spacing, Progress.NONE);
    }

    /** As {@link #mesh(byte[], int, int, int, double[])}, checking for cancellation per slice. */
    public static SurfaceMesh mesh(byte[] mask, int nx, int ny, int nz, double[] spacing, Progress progress) {
        int[] box = BoundingBox.of(mask, nx, ny, nz);
        if (box == null) {
            return null;
        }
        // padded grid: one outside layer on each side of the bounding box
        int px = box[3] - box[0] + 3;
        int py = box[4] - box[1] + 3;
        int pz = box[5] - box[2] + 3;
        byte[] padded = new byte[px * py * pz];
        for (int k = box[2]; k <= box[5]; k++) {
            for (int j = box[1]; j <= box[4]; j++) {
                int src = box[0] + nx * (j + ny * k);
                int dst = 1 + px * ((j - box[1] + 1) + py * (k - box[2] + 1));
                System.arraycopy(mask, src, padded, dst, box[3] - box[0] + 1);
            }
        }
        int[] cornerOffset = new int[8];
        for (int c = 0; c < 8; c++) {
            cornerOffset[c] = (c & 1) + px * (((c >> 1) & 1) + py * ((c >> 2) & 1));
        }
        int[] edgeLow = new int[12];
        for (int e = 0; e < 12; e++) {
            edgeLow[e] = cornerOffset[MarchingCubesTable.edgeCorners(e)[0]];
        }
        int[] vertexOfEdge = new int[3 * padded.length];
        Arrays.fill(vertexOfEdge, -1);
        IntList coordinates = new IntList(1 << 12);
        IntList triangles = new IntList(1 << 12);
        for (int k = 0; k < pz - 1; k++) {
            progress.checkCancelled();
            for (int j = 0; j < py - 1; j++) {
                int base = px * (j + py * k);
                for (int i = 0; i < px - 1; i++) {
                    int cell = base + i;
                    int cubeCase = 0;
                    for (int c = 0; c < 8; c++) {
                        cubeCase |= padded[cell + cornerOffset[c]] << c;
                    }
                    if (cubeCase == 0 || cubeCase == 255) {
                        continue;
                    }
                    for (int e : MarchingCubesTable.triangles(cubeCase)) {
                        int axis = e / 4;
                        int low = cell + edgeLow[e];
                        int key = 3 * low + axis;
                        int v = vertexOfEdge[key];
                        if (v < 0) {
                            v = coordinates.size() / 3;
                            vertexOfEdge[key] = v;
                            int li = low % px;
                            int lj = (low / px) % py;
                            int lk = low / (px * py);
                            coordinates.add(2 * li + (axis == 0 ? 1 : 0));
                            coordinates.add(2 * lj + (axis == 1 ? 1 : 0));
                            coordinates.add(2 * lk + (axis == 2 ? 1 : 0));
                        }
                        triangles.add(v);
                    }
                }
            }
        }
        int[] offset = {box[0] - 1, box[1] - 1, box[2] - 1};
        return new SurfaceMesh(coordinates.toArray(), triangles.toArray(), offset, spacing.clone());
    }
}
