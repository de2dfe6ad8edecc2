package org.tacerisk.radiomics;

/**
 * Distance of each morphological-mask voxel to the ROI edge, as IBSI-1 defines it for the GLDZM (VMDZ): the mask
 * is eroded repeatedly with the 4-connected (2D) or 6-connected (3D) structuring element and each voxel counts
 * the erosions it survives, plus one; voxels on the edge have distance 1, never 0. That count is the taxicab
 * (Manhattan) distance to the nearest voxel outside the mask (the grid border counts as outside), which a
 * multi-source breadth-first search over face neighbours computes in one pass. In 2D the search stays in-plane,
 * so each slice gets its own map.
 */
final class BorderDistanceMap {

    private BorderDistanceMap() {
    }

    /** Distance per crop voxel: 0 outside the morphological mask, 1 on its edge, and so on inwards. */
    static int[] compute(TextureGrid g, boolean threeD) {
        int[] faces = g.faceOffsets(threeD);
        byte[] mask = g.morphological;
        int[] distance = new int[mask.length];
        int[] queue = new int[mask.length];
        int tail = 0;
        for (int v = 0; v < mask.length; v++) {
            if (mask[v] != 0 && touchesOutside(mask, v, faces)) {
                distance[v] = 1;
                queue[tail++] = v;
            }
        }
        for (int head = 0; head < tail; head++) {
            int v = queue[head];
            for (int offset : faces) {
                int w = v + offset;
                if (mask[w] != 0 && distance[w] == 0) {
                    distance[w] = distance[v] + 1;
                    queue[tail++] = w;
                }
            }
        }
        return distance;
    }

    private static boolean touchesOutside(byte[] mask, int v, int[] faces) {
        for (int offset : faces) {
            if (mask[v + offset] == 0) {
                return true;
            }
        }
        return false;
    }
}
