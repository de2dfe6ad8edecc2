package org.tacerisk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;
import org.tacerisk.roi.Brush;
import org.tacerisk.roi.BrushStroke;
import org.tacerisk.roi.EditableMask;
import org.tacerisk.roi.FillBetweenSlices;
import org.tacerisk.roi.HuRange;
import org.tacerisk.roi.Orientation;
import org.tacerisk.roi.RecoveryWriter;
import org.tacerisk.roi.RegionGrow;
import org.tacerisk.roi.RoiAction;
import org.tacerisk.roi.RoiEditor;
import org.tacerisk.roi.RoiMeasurements;
import org.tacerisk.roi.RoiStats;
import org.tacerisk.roi.SlicePlane;
import org.tacerisk.roi.UndoHistory;

/**
 * The ROI editor on the series size: 512 × 512 × 500 voxels of 0.78 × 0.78 × 1 mm (the CT alone is 262 MB
 * as shorts), with what the workstation attaches to the mask while editing: live measurements and the recovery
 * writer (which re-encodes the changed slices in its listener). The CT holds a 100 mL sphere of 120 HU in 60 HU
 * "liver". The fork's heap is capped at 3 × the CT's voxel bytes (786 MB), the peak-heap target.
 *
 * <ul>
 * <li>{@code brushSegment2d} / {@code brushSegment3d}: one stroke segment of a 10 mm disc / sphere brush (5 mm
 *     long), listeners included; a stroke ends (one undo step) every 100 segments.</li>
 * <li>{@code brushSegmentAndMeasure}: a segment on the 100 mL tumour, then all live measurements (the 3D diameter
 *     included).</li>
 * <li>{@code growFromSeed100ml}: grow from the centre of the sphere, HU 100 … 140, cap 150 mL (164,000 voxels),
 *     recorded as an undo step; the previous grow is undone outside the timing.</li>
 * <li>{@code fillBetween30Slices}: two drawn discs of 25 mm radius, 30 slices apart → 29 slices interpolated.</li>
 * <li>{@code undoRedoGrow}: undo or redo of the 100 mL grow (the largest ordinary step).</li>
 * </ul>
 * Run: {@code .ci/bench.sh RoiEditingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx786m"})
public class RoiEditingBenchmark {

    static final int N = 512;
    static final int SLICES = 500;
    static final double[] SPACING = {0.78, 0.78, 1.0};
    /** 100 mL: (3 · 100,000 mm³ / 4π)^(1/3). */
    static final double RADIUS_MM = Math.cbrt(3 * 100_000 / (4 * Math.PI));
    static final int[] CENTRE = {256, 256, 250};

    private Volume ct;
    private RoiEditor editor;
    private RoiMeasurements measurements;
    private RecoveryWriter recovery;
    private Path recoveryFolder;
    private BrushStroke stroke;
    private int segment;

    @Setup(Level.Trial)
    public void createSeries() throws IOException {
        ImageGeometry g = ImageGeometry.axisAligned(N, N, SLICES, SPACING, new double[] {-200, -200, -250});
        short[] voxels = new short[g.voxelCount()];
        java.util.Arrays.fill(voxels, (short) 60);
        int reach = (int) Math.ceil(RADIUS_MM / SPACING[0]) + 1;
        for (int k = CENTRE[2] - reach; k <= CENTRE[2] + reach; k++) {
            for (int j = CENTRE[1] - reach; j <= CENTRE[1] + reach; j++) {
                for (int i = CENTRE[0] - reach; i <= CENTRE[0] + reach; i++) {
                    if (insideSphere(i, j, k)) {
                        voxels[g.index(i, j, k)] = 120;
                    }
                }
            }
        }
        ct = Volume.ofShorts(g, voxels, Volume.HU);
        editor = new RoiEditor(ct, new EditableMask(g), new UndoHistory());
        measurements = new RoiMeasurements(editor.mask(), ct);
        recoveryFolder = Files.createTempDirectory("roi-bench");
        recovery = new RecoveryWriter(editor.mask(), recoveryFolder, "bench-series");
    }

    @TearDown(Level.Trial)
    public void report() throws IOException {
        if (stroke != null) {
            stroke.end();
        }
        System.out.printf("%nmask storage %,d bytes (%,d voxels); undo %s%n", editor.mask().memoryBytes(),
                editor.mask().count(), editor.history().usage());
        recovery.discard();
        Files.deleteIfExists(recoveryFolder);
    }

    static boolean insideSphere(int i, int j, int k) {
        double x = (i - CENTRE[0]) * SPACING[0];
        double y = (j - CENTRE[1]) * SPACING[1];
        double z = (k - CENTRE[2]) * SPACING[2];
        return x * x + y * y + z * z <= RADIUS_MM * RADIUS_MM;
    }

    /** The next point of a stroke circling the tumour's centre, 5 mm (6.4 voxels) after the last. */
    private double[] nextPoint() {
        double angle = segment++ * 6.4 / 100;
        return new double[] {CENTRE[0] + 100 * Math.cos(angle), CENTRE[1] + 100 * Math.sin(angle)};
    }

    private void segment(Brush brush) {
        if (stroke == null || segment % 100 == 0) {
            if (stroke != null) {
                stroke.end();
            }
            double[] p = nextPoint();
            stroke = editor.beginStroke(brush, SlicePlane.axial(CENTRE[2] + segment % 40), p[0], p[1]);
        }
        double[] p = nextPoint();
        stroke.lineTo(p[0], p[1]);
    }

    @Benchmark
    public long brushSegment2d() {
        segment(Brush.paint(10, Brush.Shape.DISC));
        return segment;
    }

    @Benchmark
    public long brushSegment3d() {
        segment(Brush.paint(10, Brush.Shape.SPHERE));
        return segment;
    }

    /** Measurements after a segment on a 100 mL tumour, the 3D diameter included. */
    @State(Scope.Benchmark)
    public static class Tumour {
        RoiEditor editor;
        RoiMeasurements measurements;
        int step;

        @Setup(Level.Trial)
        public void grow(RoiEditingBenchmark series) {
            editor = new RoiEditor(series.ct, new EditableMask(series.ct.geometry()), new UndoHistory());
            editor.perform(RoiAction.GROW_FROM_SEED, m -> RegionGrow.grow(m, series.ct, CENTRE,
                    new HuRange(100, 140), 150));
            measurements = new RoiMeasurements(editor.mask(), series.ct);
        }
    }

    @Benchmark
    public RoiStats brushSegmentAndMeasure(Tumour tumour) {
        int k = CENTRE[2] - 20 + tumour.step % 40;
        double angle = tumour.step++ * 0.3;
        double u = CENTRE[0] + 30 * Math.cos(angle);
        double v = CENTRE[1] + 30 * Math.sin(angle);
        BrushStroke s = tumour.editor.beginStroke(Brush.paint(6, Brush.Shape.DISC), SlicePlane.axial(k), u, v);
        s.lineTo(u + 4, v + 4);
        s.end();
        return tumour.measurements.current();
    }

    /** Undoes the previous grow so that each grow starts from an empty mask. */
    @State(Scope.Benchmark)
    public static class EmptyMask {
        RoiEditor editor;
        RegionGrow.Result last;

        @Setup(Level.Trial)
        public void create(RoiEditingBenchmark series) {
            editor = new RoiEditor(series.ct, new EditableMask(series.ct.geometry()), new UndoHistory());
        }

        @Setup(Level.Invocation)
        public void undoLastGrow() {
            editor.undo();
        }

        /** Shows that each timed grow did the whole job. */
        @TearDown(Level.Trial)
        public void report() {
            System.out.printf("%nlast grow: %s, %,d voxels, %.1f mL%n", last.status(), last.regionVoxels(),
                    last.regionMl());
        }
    }

    @Benchmark
    public RegionGrow.Result growFromSeed100ml(EmptyMask empty) {
        empty.last = empty.editor.perform(RoiAction.GROW_FROM_SEED, m -> RegionGrow.grow(m, ct, CENTRE,
                new HuRange(100, 140), 150));
        return empty.last;
    }

    /** Two drawn discs 30 slices apart; the previous fill is undone outside the timing. */
    @State(Scope.Benchmark)
    public static class TwoDiscs {
        RoiEditor editor;
        FillBetweenSlices.Result last;

        @Setup(Level.Trial)
        public void draw(RoiEditingBenchmark series) {
            editor = new RoiEditor(series.ct, new EditableMask(series.ct.geometry()), new UndoHistory());
            for (int k : new int[] {CENTRE[2] - 15, CENTRE[2] + 15}) {
                editor.beginStroke(Brush.paint(50, Brush.Shape.DISC), SlicePlane.axial(k), CENTRE[0], CENTRE[1])
                        .end();
            }
        }

        @Setup(Level.Invocation)
        public void undoLastFill() {
            if (editor.history().nextUndo().orElse(null) == RoiAction.FILL_BETWEEN_SLICES) {
                editor.undo();
            }
        }

        /** Shows that each timed fill did the whole job. */
        @TearDown(Level.Trial)
        public void report() {
            System.out.printf("%nlast fill: drawn planes %s, %d planes filled, %,d voxels added%n",
                    java.util.Arrays.toString(last.drawnPlanes()), last.filledPlanes(), last.addedVoxels());
        }
    }

    @Benchmark
    public FillBetweenSlices.Result fillBetween30Slices(TwoDiscs discs) {
        discs.last = discs.editor.perform(RoiAction.FILL_BETWEEN_SLICES,
                m -> FillBetweenSlices.fill(m, Orientation.AXIAL));
        return discs.last;
    }

    /** A 100 mL grow as the step to undo and redo. */
    @State(Scope.Benchmark)
    public static class GrownStep {
        RoiEditor editor;
        RoiMeasurements measurements;
        boolean undone;

        @Setup(Level.Trial)
        public void grow(RoiEditingBenchmark series) {
            editor = new RoiEditor(series.ct, new EditableMask(series.ct.geometry()), new UndoHistory());
            measurements = new RoiMeasurements(editor.mask(), series.ct);
            editor.perform(RoiAction.GROW_FROM_SEED, m -> RegionGrow.grow(m, series.ct, CENTRE,
                    new HuRange(100, 140), 150));
        }
    }

    @Benchmark
    public boolean undoRedoGrow(GrownStep step) {
        step.undone = !step.undone;
        return step.undone ? step.editor.undo() : step.editor.redo();
    }
}
