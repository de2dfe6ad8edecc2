package org.tacerisk.app.viewer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tacerisk.deep.SaliencyMap;
import org.tacerisk.image.Volume;

/**
 * The viewer's state and every action on it, without JavaFX: the series, one {@link SliceGeometry} and
 * {@link ViewState} per orientation, the crosshair that links the three views (a voxel; each view shows the slice
 * through it), the window, the ROI overlay, the layout, the pointer mode and tool, and what lies under the cursor.
 * The JavaFX views draw from it and call its actions; listeners hear of every change. Used on one thread (the FX
 * thread in the application).
 */
public final class ViewerModel {

    /** Window change per pixel dragged, as a share of the window width at the drag's start (at least 1 HU). */
    static final double WINDOW_DRAG_SHARE = 1.0 / 250;
    /** Zoom per wheel notch and per +/− key. */
    static final double ZOOM_STEP = 1.25;

    private ViewerVolume volume;
    private final Map<Orientation, SliceGeometry> planes = new EnumMap<>(Orientation.class);
    private final Map<Orientation, ViewState> views = new EnumMap<>(Orientation.class);
    private final Map<Orientation, OverlayPlane> overlayPlanes = new EnumMap<>(Orientation.class);
    private final Map<Orientation, Integer> overlayPlaneSlices = new EnumMap<>(Orientation.class);
    private final List<Runnable> listeners = new ArrayList<>();
    private int[] crosshair = new int[3];
    private WindowLevel window = WindowPreset.ABDOMEN.window();
    private WindowLevel initialWindow = window;
    private GreyLut lut;
    private MaskOverlay overlay;
    private boolean overlayVisible = true;
    private OverlayStyle overlayStyle = OverlayStyle.DEFAULT;
    private long overlayVersion;
    private SaliencyMap heatMap;
    private boolean heatMapVisible = true;
    private long heatVersion;
    private final Map<Orientation, HeatPlane> heatPlanes = new EnumMap<>(Orientation.class);
    private ViewerLayout layout = ViewerLayout.THREE_VIEWS;
    private Orientation mainOrientation = Orientation.AXIAL;
    private Orientation activeOrientation = Orientation.AXIAL;
    private DragMode dragMode = DragMode.TOOL;
    private ViewerTool tool = ViewerTool.NONE;
    private Orientation pointerView;
    private double pointerX;
    private double pointerY;

    /** Shows {@code series}: views fitted, crosshair at the centre, the abdomen window for CT (else the auto one). */
    public void setVolume(Volume series) {
        setVolume(ViewerVolume.of(series));
    }

    public void setVolume(ViewerVolume series) {
        this.volume = Objects.requireNonNull(series, "series");
        planes.clear();
        views.clear();
        for (Orientation o : Orientation.values()) {
            SliceGeometry g = new SliceGeometry(series.geometry(), o);
            planes.put(o, g);
            views.put(o, new ViewState(g.widthMm(), g.heightMm()));
        }
        crosshair = centreVoxel();
        initialWindow = Volume.HU.equals(series.volume().unit()) ? WindowPreset.ABDOMEN.window()
                : series.autoWindow();
        window = initialWindow;
        lut = null;
        overlay = null;
        overlayChangedQuietly();
        heatMap = null;
        heatChangedQuietly();
        pointerView = null;
        changed();
    }

    public boolean hasVolume() {
        return volume != null;
    }

    public ViewerVolume volume() {
        return volume;
    }

    public SliceGeometry plane(Orientation o) {
        return planes.get(o);
    }

    public ViewState view(Orientation o) {
        return views.get(o);
    }

    // --- slices and crosshair ---

    /** The crosshair voxel {i, j, k}: each view shows the slice through it. */
    public int[] crosshair() {
        return crosshair.clone();
    }

    /** The slice index (0-based) the view of {@code o} shows. */
    public int slice(Orientation o) {
        return crosshair[plane(o).normalAxis()];
    }

    public int sliceCount(Orientation o) {
        return plane(o).slices();
    }

    /** Moves the view's slice by {@code steps} (positive: higher index), stopping at the first and last slice. */
    public void scroll(Orientation o, int steps) {
        setSlice(o, slice(o) + steps);
    }

    public void setSlice(Orientation o, int index) {
        int axis = plane(o).normalAxis();
        int clamped = Math.max(0, Math.min(plane(o).slices() - 1, index));
        if (crosshair[axis] != clamped) {
            crosshair[axis] = clamped;
            changed();
        }
    }

    /** Puts the crosshair on a voxel (clamped to the grid); all three views follow. */
    public void setCrosshair(int[] voxel) {
        int[] size = {volume.geometry().nx(), volume.geometry().ny(), volume.geometry().nz()};
        int[] clamped = new int[3];
        for (int a = 0; a < 3; a++) {
            clamped[a] = Math.max(0, Math.min(size[a] - 1, voxel[a]));
        }
        if (!java.util.Arrays.equals(clamped, crosshair)) {
            crosshair = clamped;
            changed();
        }
    }

    /** Puts the crosshair on the voxel under plane point (u, v) of a view, keeping that view's slice. */
    public void moveCrosshair(Orientation o, double u, double v) {
        double[] index = plane(o).continuousIndex(u, v, slice(o));
        setCrosshair(new int[] {(int) Math.round(index[0]), (int) Math.round(index[1]), (int) Math.round(index[2])});
    }

    /** The crosshair as a plane point (u, v) mm of the view of {@code o}. */
    public double[] crosshairOnPlane(Orientation o) {
        return plane(o).planePoint(new double[] {crosshair[0], crosshair[1], crosshair[2]});
    }

    // --- zoom and pan ---

    public void resizeView(Orientation o, double width, double height) {
        ViewState v = view(o);
        if (v.viewWidth() != width || v.viewHeight() != height) {
            v.resize(width, height);
            changed();
        }
    }

    /** Zooms the view by {@code factor} keeping the point under view pixel (x, y) in place. */
    public void zoomAt(Orientation o, double factor, double x, double y) {
        view(o).zoomAt(factor, x, y);
        changed();
    }

    /** Zooms about the view's centre (the +/− keys). */
    public void zoom(Orientation o, double factor) {
        ViewState v = view(o);
        zoomAt(o, factor, v.viewWidth() / 2, v.viewHeight() / 2);
    }

    public void pan(Orientation o, double dx, double dy) {
        view(o).pan(dx, dy);
        changed();
    }

    /** Fits every view (key 0). */
    public void fitAll() {
        views.values().forEach(ViewState::fit);
        changed();
    }

    /** Views fitted, crosshair to the centre, the window the series opened with. */
    public void resetView() {
        views.values().forEach(ViewState::fit);
        crosshair = centreVoxel();
        setWindowQuietly(initialWindow);
        changed();
    }

    // --- window ---

    public WindowLevel window() {
        return window;
    }

    public void setWindow(WindowLevel w) {
        setWindowQuietly(w);
        changed();
    }

    public void applyPreset(WindowPreset preset) {
        setWindow(preset.window());
    }

    /** The automatic window of the series (key A). */
    public void applyAutoWindow() {
        setWindow(volume.autoWindow());
    }

    /**
     * The window after a drag of (dx, dy) view pixels that started at {@code start}: right widens, left narrows;
     * up lowers the level (brighter), down raises it. Whole HU steps.
     */
    public void dragWindow(WindowLevel start, double dx, double dy) {
        double rate = Math.max(1, start.width() * WINDOW_DRAG_SHARE);
        setWindow(start.adjusted(Math.round(dx * rate), Math.round(dy * rate)));
    }

    GreyLut lut() {
        if (lut == null || !lut.window().equals(window)) {
            lut = GreyLut.of(window, volume.calibrationTable());
        }
        return lut;
    }

    private void setWindowQuietly(WindowLevel w) {
        window = Objects.requireNonNull(w, "window");
    }

    // --- overlay ---

    /** The ROI drawn over the CT (null for none); it must be on the series' grid. */
    public void setOverlay(MaskOverlay mask) {
        overlay = mask;
        overlayChanged();
    }

    public MaskOverlay overlay() {
        return overlay;
    }

    /** Call after the overlay's voxels changed (an edit): the views redraw it. */
    public void overlayChanged() {
        overlayChangedQuietly();
        changed();
    }

    public boolean isOverlayVisible() {
        return overlayVisible;
    }

    public void setOverlayVisible(boolean visible) {
        overlayVisible = visible;
        overlayChanged();
    }

    public OverlayStyle overlayStyle() {
        return overlayStyle;
    }

    public void setOverlayStyle(OverlayStyle style) {
        overlayStyle = Objects.requireNonNull(style, "style");
        overlayChanged();
    }

    /** Counts overlay changes (edits, style, visibility): part of what a view's frame depends on. */
    long overlayVersion() {
        return overlayVersion;
    }

    /** The overlay on the view's current slice, or null when there is none or it is hidden. */
    OverlayPlane overlayPlane(Orientation o) {
        if (overlay == null || !overlayVisible) {
            return null;
        }
        int slice = slice(o);
        Integer cached = overlayPlaneSlices.get(o);
        if (cached == null || cached != slice) {
            overlayPlanes.put(o, OverlayPlane.of(overlay, plane(o), slice));
            overlayPlaneSlices.put(o, slice);
        }
        return overlayPlanes.get(o);
    }

    private void overlayChangedQuietly() {
        overlayVersion++;
        overlayPlanes.clear();
        overlayPlaneSlices.clear();
    }

    // --- saliency heat map ---

    /**
     * The deep model's saliency on one axial slice of the series (null for none): drawn over the view whose plane
     * is that slice, under the ROI overlay.
     *
     * @throws IllegalArgumentException when the map is not on the series' grid
     */
    public void setHeatMap(SaliencyMap map) {
        if (map != null && (volume == null || map.nx() != volume.geometry().nx()
                || map.ny() != volume.geometry().ny() || map.slice() < 0 || map.slice() >= volume.geometry().nz())) {
            throw new IllegalArgumentException("saliency map (" + map.nx() + " × " + map.ny() + ", slice "
                    + map.slice() + ") is not on the grid of the series shown");
        }
        heatMap = map;
        heatChangedQuietly();
        changed();
    }

    public SaliencyMap heatMap() {
        return heatMap;
    }

    public boolean isHeatMapVisible() {
        return heatMapVisible;
    }

    /** Shows or hides the heat map (key S), independently of the ROI overlay (key O). */
    public void setHeatMapVisible(boolean visible) {
        if (heatMapVisible != visible) {
            heatMapVisible = visible;
            heatChangedQuietly();
            changed();
        }
    }

    /** Whether the view of {@code o} is the one the heat map lies on (its plane is the map's slice's plane). */
    public boolean showsHeatMapPlane(Orientation o) {
        return heatMap != null && plane(o).normalAxis() == 2;
    }

    /** Counts heat map changes (map, visibility): part of what a view's frame depends on. */
    long heatVersion() {
        return heatVersion;
    }

    /** The heat map on the view's current plane, or null when there is none there or it is hidden. */
    HeatPlane heatPlane(Orientation o) {
        if (!heatMapVisible || !showsHeatMapPlane(o) || slice(o) != heatMap.slice()) {
            return null;
        }
        return heatPlanes.computeIfAbsent(o, x -> HeatPlane.of(heatMap, plane(x)));
    }

    private void heatChangedQuietly() {
        heatVersion++;
        heatPlanes.clear();
    }

    // --- layout, modes, tool ---

    public ViewerLayout layout() {
        return layout;
    }

    public void setLayout(ViewerLayout l) {
        layout = Objects.requireNonNull(l, "layout");
        changed();
    }

    public void toggleLayout() {
        setLayout(layout == ViewerLayout.THREE_VIEWS ? ViewerLayout.SINGLE : ViewerLayout.THREE_VIEWS);
    }

    /** The large view (three-view layout) or the only one (single layout). */
    public Orientation mainOrientation() {
        return mainOrientation;
    }

    public void setMainOrientation(Orientation o) {
        mainOrientation = Objects.requireNonNull(o, "orientation");
        activeOrientation = o;
        changed();
    }

    /** The view the keys act on: the one the pointer was last over. */
    public Orientation activeOrientation() {
        return layout == ViewerLayout.SINGLE ? mainOrientation : activeOrientation;
    }

    public void setActiveOrientation(Orientation o) {
        activeOrientation = Objects.requireNonNull(o, "orientation");
    }

    public DragMode dragMode() {
        return dragMode;
    }

    public void setDragMode(DragMode mode) {
        dragMode = Objects.requireNonNull(mode, "mode");
        changed();
    }

    public ViewerTool tool() {
        return tool;
    }

    /** The left-button tool; null restores {@link ViewerTool#NONE}. */
    public void setTool(ViewerTool t) {
        tool = t == null ? ViewerTool.NONE : t;
        changed();
    }

    // --- under the cursor ---

    /** What lies under plane point (u, v) of a view, or null off the image. */
    public Readout readout(Orientation o, double u, double v) {
        SliceGeometry g = plane(o);
        int column = g.columnAt(u);
        int row = g.rowAt(v);
        if (column < 0 || row < 0) {
            return null;
        }
        int slice = slice(o);
        int[] voxel = g.voxel(column, row, slice);
        double[] lps = volume.geometry().indexToPhysical(voxel[0], voxel[1], voxel[2]);
        return new Readout(o, voxel, lps, volume.value(voxel[0], voxel[1], voxel[2]), slice + 1, g.slices());
    }

    /**
     * The readout under the pointer, for the status bar (null when the pointer is off the image). Computed from the
     * pointer's view position each time, so it follows a slice change, zoom or pan made while the pointer rests.
     */
    public Readout hover() {
        if (pointerView == null) {
            return null;
        }
        double[] p = view(pointerView).toPlane(pointerX, pointerY);
        return readout(pointerView, p[0], p[1]);
    }

    /** The pointer is at view pixel (x, y) of the view of {@code o}; null when it left the views. */
    public void setPointer(Orientation o, double x, double y) {
        pointerView = o;
        pointerX = x;
        pointerY = y;
        changed();
    }

    /** The view the pointer is over, or null. */
    public Orientation pointerView() {
        return pointerView;
    }

    /** A tool event at plane point (u, v) of a view. */
    public ToolEvent toolEvent(ToolEvent.Kind kind, Orientation o, double u, double v, double wheelSteps,
            boolean shift, boolean control, boolean alt) {
        SliceGeometry g = plane(o);
        int slice = slice(o);
        double[] index = g.continuousIndex(u, v, slice);
        int[] voxel = {(int) Math.round(index[0]), (int) Math.round(index[1]), (int) Math.round(index[2])};
        double[] lps = volume.geometry().indexToPhysical(index[0], index[1], index[2]);
        return new ToolEvent(kind, o, slice, u, v, index, voxel, lps, wheelSteps, shift, control, alt,
                volume.geometry().contains(voxel[0], voxel[1], voxel[2]));
    }

    /** The scale bar of a view: a round length whose bar is at most {@code maxPixels} long. */
    public ScaleBar scaleBar(Orientation o, double maxPixels) {
        return ScaleBar.fitting(view(o).zoom(), maxPixels);
    }

    // --- listeners ---

    /** Called after every change of state. */
    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        for (Runnable l : List.copyOf(listeners)) {
            l.run();
        }
    }

    private int[] centreVoxel() {
        return new int[] {volume.geometry().nx() / 2, volume.geometry().ny() / 2, volume.geometry().nz() / 2};
    }
}
