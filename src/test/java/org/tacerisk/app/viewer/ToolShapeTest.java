package org.tacerisk.app.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.gui.Line;
import ij.gui.Roi;
import org.junit.jupiter.api.Test;

/** ImageJ outlines as tool previews: ImageJ pixel corners are half a voxel from voxel centres. */
class ToolShapeTest {

    @Test
    void rectangleRoiBecomesAClosedShapeOnVoxelEdges() {
        ViewerTool.ToolShape shape = ViewerTool.ToolShape.ofRoi(new Roi(2, 3, 4, 5), 7);
        assertTrue(shape.closed());
        assertEquals(4, shape.points().size());
        // the rectangle covers pixels 2..5 × 3..7: its corner (2, 3) is the outer edge of voxel (2, 3)
        assertArrayEquals(new double[] {1.5, 2.5, 7}, shape.points().get(0), 1e-9);
        assertArrayEquals(new double[] {5.5, 2.5, 7}, shape.points().get(1), 1e-9);
        assertArrayEquals(new double[] {5.5, 7.5, 7}, shape.points().get(2), 1e-9);
    }

    @Test
    void lineRoiStaysOpen() {
        assertFalse(ViewerTool.ToolShape.ofRoi(new Line(0.5, 0.5, 4.5, 0.5), 0).closed());
    }
}
