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
        double[] compute = new double[5];
        for (int i = 0; i < compute.length; i++) {
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
            compute[i] = (afterPulse() - t0) / 1e6;
        }
        double[] whatIf = new double[200];
        for (int i = 0; i < whatIf.length; i++) {
            double afp = 10 + 40 * i;
            long t0 = System.nanoTime();
            onFx(() -> {
                window.casePanel().form().setValue("afp_ng_ml", afp);
                return null;
            });
            whatIf[i] = (afterPulse() - t0) / 1e6;
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
        System.out.printf(Locale.ROOT, "compute (outline changed) -> result on screen: %s ms%n", summary(compute));
        System.out.printf(Locale.ROOT, "what-if AFP edit -> redrawn: %s ms%n", summary(whatIf));
        System.out.printf(Locale.ROOT, "open saved case -> result on screen: %s ms%n", summary(open));
        Platform.exit();
        System.exit(0);
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
