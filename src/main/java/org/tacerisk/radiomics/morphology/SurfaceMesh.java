package org.tacerisk.radiomics.morphology;

/**
 * A closed triangle mesh of an ROI surface (IBSI-1 WRJH) whose vertices lie on mid-points of grid edges. Vertex
 * coordinates are kept as integers in half-voxel units, so that the convex hull can use exact arithmetic; a
 * vertex's position in mm along grid axis a is {@code (half[a] / 2 + offset[a]) · spacing[a]}, i.e. in the frame
 * of the grid's own axes with voxel (0, 0, 0) at the origin. Volumes, areas and distances do not depend on that
 * choice; the axis-aligned bounding box is taken along the grid axes, as every implementation that works on the
 * voxel array does.
 *
 * @param halfCoordinates x, y, z of each vertex in half-voxel units (3 per vertex)
 * @param triangles       three vertex indices per face, normals pointing out of the ROI
 * @param offset          grid index of half-coordinate 0 along each axis
 * @param spacing         voxel size in mm along each grid axis
 */
public record SurfaceMesh(int[] halfCoordinates, int[] triangles, int[] offset, double[] spacing) {

    public int vertexCount() {
        return halfCoordinates.length / 3;
    }

    public int triangleCount() {
        return triangles.length / 3;
    }

    /** Vertex v's coordinate along axis a in mm. */
    public double position(int v, int axis) {
        return (halfCoordinates[3 * v + axis] * 0.5 + offset[axis]) * spacing[axis];
    }

    /**
     * Volume (mesh), IBSI RNU0: |Σ a·(b × c)| / 6 over the faces. Summed exactly in integers (half-voxel units)
     * and scaled once, so no cancellation error however many faces there are.
     */
    public double volume() {
        long sixTimesVolume = 0;
        int[] h = halfCoordinates;
        for (int t = 0; t < triangles.length; t += 3) {
            int a = 3 * triangles[t];
            int b = 3 * triangles[t + 1];
            int c = 3 * triangles[t + 2];
            long cx = (long) h[b + 1] * h[c + 2] - (long) h[b + 2] * h[c + 1];
            long cy = (long) h[b + 2] * h[c] - (long) h[b] * h[c + 2];
            long cz = (long) h[b] * h[c + 1] - (long) h[b + 1] * h[c];
            sixTimesVolume += h[a] * cx + h[a + 1] * cy + h[a + 2] * cz;
        }
        double halfVoxel = spacing[0] * spacing[1] * spacing[2] / 8;
        return Math.abs(sixTimesVolume) * halfVoxel / 6;
    }

    /** Surface area (mesh), IBSI C0JK: Σ |ab × ac| / 2 over the faces, in mm². */
    public double area() {
        double sx = spacing[0] / 2;
        double sy = spacing[1] / 2;
        double sz = spacing[2] / 2;
        int[] h = halfCoordinates;
        double sum = 0;
        for (int t = 0; t < triangles.length; t += 3) {
            int a = 3 * triangles[t];
            int b = 3 * triangles[t + 1];
            int c = 3 * triangles[t + 2];
            double abx = (h[b] - h[a]) * sx;
            double aby = (h[b + 1] - h[a + 1]) * sy;
            double abz = (h[b + 2] - h[a + 2]) * sz;
            double acx = (h[c] - h[a]) * sx;
            double acy = (h[c + 1] - h[a + 1]) * sy;
            double acz = (h[c + 2] - h[a + 2]) * sz;
            double nx = aby * acz - abz * acy;
            double ny = abz * acx - abx * acz;
            double nz = abx * acy - aby * acx;
            sum += Math.sqrt(nx * nx + ny * ny + nz * nz);
        }
        return sum / 2;
    }

    /** Edge lengths in mm of the axis-aligned bounding box of the vertices (IBSI PBX1, R59B). */
    public double[] boundingBoxSize() {
        double[] size = new double[3];
        for (int a = 0; a < 3; a++) {
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            for (int v = a; v < halfCoordinates.length; v += 3) {
                min = Math.min(min, halfCoordinates[v]);
                max = Math.max(max, halfCoordinates[v]);
            }
            size[a] = (max - min) * 0.5 * spacing[a];
        }
        return size;
    }
}
