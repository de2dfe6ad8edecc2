package org.tacerisk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.Cancelled;

/** Issue 12: the one stderr mapping of Progress: few lines, none lost at the end of a stage, Ctrl-C as cancel. */
class StderrProgressTest {

    private final StringWriter text = new StringWriter();
    private long nanos;
    private final StderrProgress progress = new StderrProgress(new PrintWriter(text), () -> nanos);

    private List<String> lines() {
        return text.toString().lines().toList();
    }

    @Test
    void aStepPerFileGivesALineEveryFivePercentAndTheLastOne() {
        for (int n = 0; n <= 600; n++) {
            nanos += 1_000_000; // 1 ms per file: the time rule never fires
            progress.report("reading headers " + n + "/600", n / 600.0);
        }
        progress.close();
        List<String> lines = lines();
        assertEquals("reading headers 0/600 (0 %)", lines.get(0));
        assertEquals("reading headers 30/600 (5 %)", lines.get(1), "the next line once 5 % more are done");
        assertEquals("reading headers 600/600 (100 %)", lines.get(lines.size() - 1));
        assertTrue(lines.size() <= 22, lines.size() + " lines for 600 steps");
    }

    @Test
    void aNewStageIsPrintedAtOnceAfterTheLastStepOfTheStageBefore() {
        progress.report("bootstrap: refitting the whole procedure on 20 resamples", 0.1);
        for (int b = 1; b <= 20; b++) {
            progress.report("bootstrap " + b + "/20", 0.1 + 0.85 * b / 20);
        }
        progress.report("writing figures, report and bundle", 0.95);
        List<String> lines = lines();
        assertEquals("bootstrap 1/20 (14 %)", lines.get(1), "a new stage at once");
        assertEquals("bootstrap 20/20 (95 %)", lines.get(lines.size() - 2), "never lost before the next stage");
        assertEquals("writing figures, report and bundle (95 %)", lines.get(lines.size() - 1));
        assertTrue(lines.size() < 22, lines::toString);
    }

    @Test
    void withoutAFractionAStepIsPrintedAtMostOnceASecond() {
        for (int k = 1; k <= 10; k++) {
            progress.report("finding files " + k, Double.NaN);
            nanos += 300_000_000L;
        }
        assertEquals(List.of("finding files 1", "finding files 5", "finding files 9"), lines());
    }

    @Test
    void ctrlCCancelsAndHoldsTheJvmUntilTheCommandHasStopped() throws InterruptedException {
        Thread hook = new Thread(progress::interrupted);
        hook.start();
        long waited = 0;
        while (!progress.isCancelled() && waited < 5000) {
            Thread.sleep(10);
            waited += 10;
        }
        assertTrue(progress.isCancelled());
        Thread.sleep(100);
        assertTrue(hook.isAlive(), "the hook waits while the command is still stopping");
        progress.close();
        hook.join(5000);
        assertFalse(hook.isAlive(), "the hook ends once the command has closed its progress");
        assertEquals(List.of("interrupted: stopping"), lines());
    }

    @Test
    void runSaysWhatACancelLeftAndPassesTheCancelOn() {
        assertThrows(Cancelled.class, () -> StderrProgress.run(new PrintWriter(text), "nothing was written", p -> {
            p.report("reading headers 1/2", 0.5);
            p.cancel();
            p.checkCancelled();
            return null;
        }));
        assertEquals(List.of("reading headers 1/2 (50 %)", "cancelled: nothing was written"), lines());
    }

    @Test
    void aCancelledCommandExitsWithCtrlCsStatus() {
        assertEquals(130, ErrorReport.exitCodeFor(new Cancelled()));
    }
}
