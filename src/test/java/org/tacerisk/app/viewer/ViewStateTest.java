package org.tacerisk.app.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Zoom at the cursor, pan and fit of one view (a 100 × 50 mm plane). */
class ViewStateTest {

    @Test
    void fitCentresThePlaneAtTheLargestZoomThatShowsAllOfIt() {
        ViewState v = new ViewState(100, 50);
        v.resize(400, 400);
        assertEquals(4, v.zoom(), 1e-12); // min(400/100, 400/50)
        assertArrayEquals(new double[] {0, -25}, v.toPlane(0, 0), 1e-12);
        assertArrayEquals(new double[] {200, 200}, v.toView(50, 25), 1e-12);
        v.resize(800, 400); // still fitted: fits again
        assertEquals(8, v.zoom(), 1e-12);
    }

    @Test
    void zoomAtTheCursorKeepsThePointUnderIt() {
        ViewState v = new ViewState(100, 50);
        v.resize(400, 400);
        double[] before = v.toPlane(300, 100);
        v.zoomAt(2, 300, 100);
        assertEquals(8, v.zoom(), 1e-12);
        assertArrayEquals(before, v.toPlane(300, 100), 1e-12);
        assertFalse(v.isFitted());
        v.resize(500, 500); // the user's zoom survives a resize
        assertEquals(8, v.zoom(), 1e-12);
    }

    @Test
    void zoomStaysWithinItsLimits() {
        ViewState v = new ViewState(100, 50);
        v.resize(400, 400);
        v.zoomAt(1e6, 0, 0);
        assertEquals(4 * ViewState.MAX_ZOOM_OF_FIT, v.zoom(), 1e-9);
        v.zoomAt(1e-9, 0, 0);
        assertEquals(4 * ViewState.MIN_ZOOM_OF_FIT, v.zoom(), 1e-9);
    }

    @Test
    void panMovesTheImageWithThePointer() {
        ViewState v = new ViewState(100, 50);
        v.resize(400, 400);
        double[] under = v.toPlane(100, 100);
        v.pan(40, -20);
        assertArrayEquals(under, v.toPlane(140, 80), 1e-12);
        v.fit();
        assertTrue(v.isFitted());
        assertEquals(50, v.centreU(), 1e-12);
    }
}
