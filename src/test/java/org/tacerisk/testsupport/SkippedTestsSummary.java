package org.tacerisk.testsupport;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says on the console, once per test run, how many tests were skipped because {@code ../shared} is absent and what
 * to do about it — the reason is otherwise only in the XML reports, and "Skipped: 115" alone reads like a defect.
 * Registered through {@code META-INF/services}; the JUnit launcher (as Maven's Surefire runs it) loads it.
 */
public final class SkippedTestsSummary implements TestExecutionListener {

    private final AtomicInteger skipped = new AtomicInteger();

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        // tests only: an aborted class or factory container would count its tests a second time
        if (test.isTest() && result.getStatus() == TestExecutionResult.Status.ABORTED && result.getThrowable()
                .map(t -> String.valueOf(t.getMessage()).contains(SharedData.ABSENT)).orElse(false)) {
            skipped.incrementAndGet();
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        int n = skipped.get();
        if (n > 0) {
            System.out.println("[tacerisk] " + n + (n == 1 ? " test was" : " tests were") + " skipped because"
                    + " ../shared (IBSI phantoms, R reference values) is not beside this clone. CI provides it;"
                    + " put the shared folder beside the clone, or run with -Dtacerisk.shared=DIR, to run them.");
        }
    }
}
