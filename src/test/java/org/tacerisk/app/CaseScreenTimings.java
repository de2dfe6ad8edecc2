package org.tacerisk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The workstation's on-screen timings of issue 14 (docs/performance.md), a command-line run, not a test: in the
 * real window (headless Monocle, as the GUI tests), on the demo case with the demo bundle — Compute to the result
 * drawn (step 1 + step 2 + the pulse that shows it), a what-if AFP edit to the nomogram, probability, CI and risk
 * group redrawn (200 edits), and Open of a saved case to its result drawn. Run:
 * <pre>
 * mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath \
 *   -Dmdep.includeScope=test
 * java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" -Dtestfx.headless=true \
 *   -Dprism.order=sw -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dai.djl.offline=true \
 *   -Dheadless.geometry=1920x1200-32 org.tacerisk.app.CaseScreenTimings
 * </pre>
 */
public final class CaseScreenTimings {

    private CaseScreenTimings() {
    }

    public static void main(String[] args) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Path data = Files.createTempDirectory("case-timings");
        MainWindow window = onFx(() -> {
            MainWindow w = new MainWindow(new Stage(), new WorkstationOptions(null, null, null, true,
                    Locale.ENGLISH), data);
            w.show();
            return w;
        });
        waitUntil(() -> window.screen() == MainWindow.Screen.VIEWER && !window.work().isBusy());
        onFx(() -> {
            window.casePanel().form().setValue("tumor_size_cm", 3.5);
            window.casePanel().form().setValue("nodules", 5);
            window.casePanel().form().setValue("afp_ng_ml", 33.1);
            return null;
        });
        double[] compute = timeComputes(window, 5);
        double[] whatIf = new double[200];
        double[] handled = new double[whatIf.length];
        for (int i = 0; i < whatIf.length; i++) {
            double afp = 10 + 40 * i;
            long t0 = System.nanoTime();
            handled[i] = onFx(() -> {
                long start = System.nanoTime();
                window.casePanel().form().setValue("afp_ng_ml", afp);
                return (System.nanoTime() - start) / 1e6;
            });
            whatIf[i] = (afterPulse() - t0) / 1e6;
        }
        // the same wait and drawing for a one-label change (the status line): what any edit costs here
        double[] baseline = new double[100];
        for (int i = 0; i < baseline.length; i++) {
            String words = "timing " + i;
            long t0 = System.nanoTime();
            onFx(() -> {
                window.status().idle(words);
                return null;
            });
            baseline[i] = (afterPulse() - t0) / 1e6;
        }
        onFx(() -> {
            window.casePanel().resetToPatient();
            return null;
        });
        Path file = data.resolve("timed.tacerisk");
        onFx(() -> {
            window.caseDocument().saveTo(file);
            return null;
        });
        waitUntil(() -> !window.work().isBusy() && Files.exists(file));
        double[] open = new double[3];
        for (int i = 0; i < open.length; i++) {
            long t0 = System.nanoTime();
            onFx(() -> {
                window.caseDocument().open(file);
                return null;
            });
            waitUntil(() -> !window.work().isBusy() && window.casePanel().shown() != null
                    && file.equals(window.caseDocument().file()));
            open[i] = (afterPulse() - t0) / 1e6;
        }
        Path ibsi = Path.of("..", "shared", "data", "ibsi", "ibsi_1_ct_radiomics_phantom", "dicom");
        double[] phantom = Files.isDirectory(ibsi) ? ibsiPhantom(window, ibsi) : new double[0];
        System.out.printf(Locale.ROOT, "compute (outline changed) -> result on screen: %s ms%n", summary(compute));
        System.out.printf(Locale.ROOT, "what-if AFP edit, on the FX thread (step 2, result, markers): %s ms%n",
                summary(handled));
        System.out.printf(Locale.ROOT, "what-if AFP edit -> next frame drawn: %s ms%n", summary(whatIf));
        System.out.printf(Locale.ROOT, "baseline: one status-line change -> next frame drawn: %s ms%n",
                summary(baseline));
        System.out.printf(Locale.ROOT, "open saved case -> result on screen: %s ms%n", summary(open));
        if (phantom.length > 0) {
            System.out.printf(Locale.ROOT, "IBSI CT phantom GTV: compute -> result on screen: first %.1f ms, then %s ms%n",
                    phantom[0], summary(Arrays.copyOfRange(phantom, 1, phantom.length)));
        }
        Platform.exit();
        System.exit(0);
    }

    /** The IBSI CT phantom (its DICOM series and the RTSTRUCT's GTV) in the window: Compute timed 4 times. */
    private static double[] ibsiPhantom(MainWindow window, Path dicom) throws Exception {
        Path rtstruct;
        try (var files = Files.list(dicom.resolve("mask"))) {
            rtstruct = files.findFirst().orElseThrow();
        }
        onFx(() -> {
            window.openFolder(dicom.resolve("image"), folder -> window.loadSeries(folder.index().patients().get(0)
                    .studies().get(0).series().get(0), loaded -> {
                        try {
                            return MaskFiles.read(rtstruct, null, loaded);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }, () -> { }));
            return null;
        });
        Thread.sleep(200);
        waitUntil(() -> !window.work().isBusy() && window.loaded() != null
                && window.loaded().volume().geometry().nz() != 56);
        return timeComputes(window, 4);
    }

    /** Compute after an outline change (step 1 again), {@code n} times: ms until the result is drawn. */
    private static double[] timeComputes(MainWindow window, int n) throws Exception {
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            onFx(() -> {
                window.casePanel().outlineChanged(); // a new outline version: step 1 again
                return null;
            });
            long t0 = System.nanoTime();
            onFx(() -> {
                window.casePanel().compute();
                return null;
            });
            waitUntil(() -> !window.work().isBusy() && window.casePanel().shown() != null
                    && !window.casePanel().stale());
            ms[i] = (afterPulse() - t0) / 1e6;
        }
        return ms;
    }

    /** When the next pulse has laid out and drawn what the FX thread changed, and the thread is free again. */
    private static long afterPulse() throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            javafx.scene.Scene scene = Stage.getWindows().stream().filter(javafx.stage.Window::isShowing)
                    .findFirst().orElseThrow().getScene();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                Platform.runLater(() -> done.complete(System.nanoTime()));
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
        return done.get(10, TimeUnit.SECONDS);
    }

    private static String summary(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "median %.1f, max %.1f (n %d)", s[s.length / 2], s[s.length - 1],
                s.length);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(2);
        }
    }
}
