package org.tacerisk.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tacerisk.app.viewer.Orientation;
import org.tacerisk.app.viewer.ViewFrame;
import org.tacerisk.app.viewer.ViewerModel;
import org.tacerisk.app.viewer.WindowLevel;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;
import org.tacerisk.roi.EditableMask;
import org.tacerisk.roi.RoiAction;

/**
 * Issue 13 target: one viewer frame at 1000 × 1000 view pixels in ≤ 16 ms after a slice change, a window/level drag
 * step or a zoom step, on a 500-slice 512 × 512 CT (0.7 × 0.7 × 1 mm; 250 MiB of voxels, plus the ImageJ stack the
 * viewer draws from). Times the whole path before the screen: the model's action, then {@link ViewFrame#render}
 * (plane extraction through the slice index tables, the 65,536-entry grey table — rebuilt on a window change — and
 * the ARGB writes). {@code overlay=tumour100mL} adds the ROI being edited: a 100 mL sphere (57.6 mm across) in an
 * {@link EditableMask}, outlined and filled, centred on the crosshair so every view cuts it; its plane is rebuilt on
 * a slice change. The JavaFX upload of the pixel buffer to the screen's texture cannot run in a headless JMH fork and is not
 * included. Each operation alternates between two states so every call draws a new frame. Run with
 * {@code .ci/bench.sh ViewerRenderBenchmark}; {@code -p scale=2} for a HiDPI screen (2000 × 2000 device pixels).
 * {@code Mode.SampleTime} reports the median and the 99th percentile of single frames.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ViewerRenderBenchmark {

    private static final int VIEW = 1000;

    @Param({"AXIAL", "CORONAL", "SAGITTAL"})
    public String orientation;

    @Param({"1"})
    public double scale;

    /** {@code none}, or {@code tumour100mL}: a 100 mL ROI drawn over the CT. */
    @Param({"none", "tumour100mL"})
    public String overlay;

    private Orientation view;
    private ViewerModel model;
    private final ViewFrame frame = new ViewFrame();
    private boolean flip;

    @Setup
    public void open() {
        view = Orientation.valueOf(orientation);
        ImageGeometry g = ImageGeometry.axisAligned(512, 512, 500, new double[] {0.7, 0.7, 1.0},
                new double[] {-179, -179, -250});
        model = new ViewerModel();
        model.setVolume(Volume.ofShorts(g, abdomen(g), Volume.HU));
        int[] centre = {200, 250, 250};
        if ("tumour100mL".equals(overlay)) {
            EditableMask tumour = sphere(g, centre, Math.cbrt(3 * 100_000 / (4 * Math.PI)));
            model.setOverlay(tumour::contains);
            System.out.printf("%n[overlay %.1f mL]%n", tumour.count() * g.voxelVolumeMm3() / 1000);
        } else if (!"none".equals(overlay)) {
            throw new IllegalArgumentException("overlay: none or tumour100mL, not " + overlay);
        }
        model.setCrosshair(centre);
        model.resizeView(view, VIEW, VIEW);
        frame.render(model, view, scale);
    }

    @Benchmark
    public int sliceChange() {
        flip = !flip;
        model.scroll(view, flip ? 1 : -1);
        frame.render(model, view, scale);
        return frame.pixels()[frame.pixels().length / 2];
    }

    @Benchmark
    public int windowLevelDragStep() {
        flip = !flip;
        model.setWindow(flip ? new WindowLevel(402, 41) : new WindowLevel(400, 40));
        frame.render(model, view, scale);
        return frame.pixels()[frame.pixels().length / 2];
    }

    @Benchmark
    public int zoomStep() {
        flip = !flip;
        model.zoomAt(view, flip ? 1.1 : 1 / 1.1, 300, 600);
        frame.render(model, view, scale);
        return frame.pixels()[frame.pixels().length / 2];
    }

    /** A sphere of {@code radiusMm} about voxel {@code centre}, as the ROI editor holds a tumour. */
    private static EditableMask sphere(ImageGeometry g, int[] centre, double radiusMm) {
        EditableMask mask = new EditableMask(g);
        mask.beginEdit(RoiAction.BRUSH);
        for (int k = 0; k < g.nz(); k++) {
            double dz = (k - centre[2]) * g.spacing(2);
            for (int j = 0; j < g.ny(); j++) {
                double dy = (j - centre[1]) * g.spacing(1);
                double rest = radiusMm * radiusMm - dy * dy - dz * dz;
                if (rest >= 0) {
                    int half = (int) Math.floor(Math.sqrt(rest) / g.spacing(0));
                    mask.setRow(j, k, centre[0] - half, centre[0] + half, true);
                }
            }
        }
        mask.endEdit();
        return mask;
    }

    /** A body ellipse of soft tissue with a liver, a spine and noise-like texture: cheap to make, CT-like values. */
    private static short[] abdomen(ImageGeometry g) {
        short[] hu = new short[g.voxelCount()];
        int nx = g.nx();
        int ny = g.ny();
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < ny; j++) {
                double y = (j - ny / 2.0) / (ny * 0.35);
                for (int i = 0; i < nx; i++) {
                    double x = (i - nx / 2.0) / (nx * 0.45);
                    int texture = (int) (((i * 73L + j * 151L + k * 37L) * 2654435761L >>> 26) & 31) - 16;
                    double r = x * x + y * y;
                    int value = r > 1 ? -1000 : r > 0.8 ? -100 + texture : 50 + texture;
                    if (r <= 0.8 && x < -0.1 && x * x + y * y < 0.45) {
                        value = 100 + texture; // liver
                    }
                    if (Math.abs(x) < 0.08 && y > 0.5 && y < 0.75) {
                        value = 700; // spine
                    }
                    hu[g.index(i, j, k)] = (short) value;
                }
            }
        }
        return hu;
    }
}
