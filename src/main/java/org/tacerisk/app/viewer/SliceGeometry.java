package org.tacerisk.app.viewer;

import org.tacerisk.image.ImageGeometry;

/**
 * One view's plane through the volume: which index axis is its normal, which index axes run across and down the
 * screen (and in which sense), and the physical size of a displayed pixel in each direction.
 *
 * <p>Views are chosen per patient axis, not per storage order: the axial view's normal is the index axis nearest
 * to S–I (k for an axial series), its horizontal axis the one nearest to R–L, shown in the sense that puts the
 * patient's left on the screen's right ({@link Orientation}). A series stored flipped (rows running right to left,
 * slices head to feet) or in another acquisition plane is therefore shown in the same convention; an oblique one is
 * shown in its nearest standard plane, and its edge letters say how it leans.
 *
 * <p>Plane coordinates (u, v) are millimetres from the top-left corner of the displayed plane: displayed column c
 * covers u in [c·su, (c + 1)·su), so its voxel centre is at u = (c + ½)·su; rows alike with sv. Immutable.
 */
public final class SliceGeometry {

    private final Orientation orientation;
    private final ImageGeometry geometry;
    private final int normalAxis;
    private final int horizontalAxis;
    private final boolean horizontalReversed;
    private final int verticalAxis;
    private final boolean verticalReversed;
    private final int[] size;

    SliceGeometry(ImageGeometry geometry, Orientation orientation) {
        this.geometry = geometry;
        this.orientation = orientation;
        int[] indexAxisOf = nearestIndexAxes(geometry);
        this.normalAxis = indexAxisOf[orientation.normalPatientAxis()];
        this.horizontalAxis = indexAxisOf[orientation.rightPatientAxis()];
        this.verticalAxis = indexAxisOf[orientation.downPatientAxis()];
        this.horizontalReversed = Math.signum(geometry.axis(horizontalAxis)[orientation.rightPatientAxis()])
                != orientation.rightSign();
        this.verticalReversed = Math.signum(geometry.axis(verticalAxis)[orientation.downPatientAxis()])
                != orientation.downSign();
        this.size = new int[] {geometry.nx(), geometry.ny(), geometry.nz()};
    }

    public Orientation orientation() {
        return orientation;
    }

    public ImageGeometry imageGeometry() {
        return geometry;
    }

    /** The index axis (0 = i, 1 = j, 2 = k) normal to the plane: the one the slice number counts along. */
    public int normalAxis() {
        return normalAxis;
    }

    int horizontalAxis() {
        return horizontalAxis;
    }

    int verticalAxis() {
        return verticalAxis;
    }

    boolean horizontalReversed() {
        return horizontalReversed;
    }

    boolean verticalReversed() {
        return verticalReversed;
    }

    /** Displayed columns, rows and slices. */
    public int columns() {
        return size[horizontalAxis];
    }

    public int rows() {
        return size[verticalAxis];
    }

    public int slices() {
        return size[normalAxis];
    }

    /** Width and height of one displayed pixel in mm (the voxel spacing along the screen's axes). */
    public double columnSpacing() {
        return geometry.spacing(horizontalAxis);
    }

    public double rowSpacing() {
        return geometry.spacing(verticalAxis);
    }

    public double widthMm() {
        return columns() * columnSpacing();
    }

    public double heightMm() {
        return rows() * rowSpacing();
    }

    /** The index along the horizontal axis of displayed column c (and back: the map is its own inverse). */
    int horizontalIndex(int column) {
        return horizontalReversed ? columns() - 1 - column : column;
    }

    int verticalIndex(int row) {
        return verticalReversed ? rows() - 1 - row : row;
    }

    /** The voxel (i, j, k) shown at displayed column and row on slice {@code slice}. */
    public int[] voxel(int column, int row, int slice) {
        int[] v = new int[3];
        v[horizontalAxis] = horizontalIndex(column);
        v[verticalAxis] = verticalIndex(row);
        v[normalAxis] = slice;
        return v;
    }

    /** The continuous voxel index (i, j, k) of plane point (u, v) mm on slice {@code slice}. */
    public double[] continuousIndex(double u, double v, int slice) {
        double column = u / columnSpacing() - 0.5;
        double row = v / rowSpacing() - 0.5;
        double[] index = new double[3];
        index[horizontalAxis] = horizontalReversed ? columns() - 1 - column : column;
        index[verticalAxis] = verticalReversed ? rows() - 1 - row : row;
        index[normalAxis] = slice;
        return index;
    }

    /** The plane point (u, v) mm of a continuous voxel index (its normal component is ignored). */
    public double[] planePoint(double[] index) {
        double h = index[horizontalAxis];
        double w = index[verticalAxis];
        double column = horizontalReversed ? columns() - 1 - h : h;
        double row = verticalReversed ? rows() - 1 - w : w;
        return new double[] {(column + 0.5) * columnSpacing(), (row + 0.5) * rowSpacing()};
    }

    /** The LPS point (mm) of plane point (u, v) on slice {@code slice}, through the image's direction cosines. */
    public double[] lps(double u, double v, int slice) {
        double[] index = continuousIndex(u, v, slice);
        return geometry.indexToPhysical(index[0], index[1], index[2]);
    }

    /** The displayed column of plane coordinate u, or −1 outside the plane. */
    int columnAt(double u) {
        double c = Math.floor(u / columnSpacing());
        return c >= 0 && c < columns() ? (int) c : -1;
    }

    int rowAt(double v) {
        double r = Math.floor(v / rowSpacing());
        return r >= 0 && r < rows() ? (int) r : -1;
    }

    /** The LPS unit vector pointing to the screen's right (as the image is actually oriented). */
    double[] rightDirection() {
        return scaled(geometry.axis(horizontalAxis), horizontalReversed ? -1 : 1);
    }

    double[] downDirection() {
        return scaled(geometry.axis(verticalAxis), verticalReversed ? -1 : 1);
    }

    /** The orientation letters of the four edges: left, right, top, bottom (from the direction cosines). */
    public EdgeLetters edgeLetters() {
        double[] right = rightDirection();
        double[] down = downDirection();
        return new EdgeLetters(OrientationLetters.of(scaled(right, -1)), OrientationLetters.of(right),
                OrientationLetters.of(scaled(down, -1)), OrientationLetters.of(down));
    }

    /** Letters on each edge of a view. */
    public record EdgeLetters(String left, String right, String top, String bottom) {
    }

    /**
     * For each patient axis (x, y, z) the index axis that runs most nearly along it: the largest direction
     * components are matched first, so every patient axis gets a different index axis.
     */
    static int[] nearestIndexAxes(ImageGeometry g) {
        double[] d = g.direction(); // row p = patient axis, column a = index axis
        int[] indexAxisOf = {-1, -1, -1};
        boolean[] used = new boolean[3];
        for (int assigned = 0; assigned < 3; assigned++) {
            int bestP = -1;
            int bestA = -1;
            for (int p = 0; p < 3; p++) {
                for (int a = 0; a < 3; a++) {
                    if (indexAxisOf[p] < 0 && !used[a]
                            && (bestP < 0 || Math.abs(d[3 * p + a]) > Math.abs(d[3 * bestP + bestA]))) {
                        bestP = p;
                        bestA = a;
                    }
                }
            }
            indexAxisOf[bestP] = bestA;
            used[bestA] = true;
        }
        return indexAxisOf;
    }

    private static double[] scaled(double[] v, double s) {
        return new double[] {v[0] * s, v[1] * s, v[2] * s};
    }
}
