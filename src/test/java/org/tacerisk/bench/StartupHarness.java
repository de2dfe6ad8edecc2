package org.tacerisk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 13: application start to interactive window (≤ 2.5 s). Starts the installed launcher ({@code
 * target/dist/bin/tacerisk gui}) with {@code -Dtacerisk.startupTiming=true}, which makes the application print
 * "window shown after N ms" (from JVM start) once its window has been shown, laid out, drawn by a pulse, and the FX
 * thread is free for input. Measures also the wall time from starting the launcher script to that line (the script
 * and the JVM's own start included), then closes the application. Needs a display: run it under {@code xvfb-run}.
 *
 * <pre>xvfb-run -a java -cp target/test-classes org.tacerisk.bench.StartupHarness target/dist/bin/tacerisk 5</pre>
 */
public final class StartupHarness {

    private static final Pattern SHOWN = Pattern.compile("window shown after (\\d+) ms");

    private StartupHarness() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String launcher = args.length > 0 ? args[0] : "target/dist/bin/tacerisk";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Long> inJvm = new ArrayList<>();
        List<Long> fromLaunch = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            ProcessBuilder pb = new ProcessBuilder(launcher, "gui").redirectErrorStream(true);
            // The launcher's own default (-Xmx4g) unless TACERISK_JAVA_OPTS is set, plus the timing line.
            pb.environment().put("TACERISK_JAVA_OPTS", System.getenv().getOrDefault("TACERISK_JAVA_OPTS", "-Xmx4g")
                    + " -Dtacerisk.startupTiming=true");
            long start = System.nanoTime();
            Process app = pb.start();
            long shownMs = -1;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Matcher m = SHOWN.matcher(line);
                    if (m.find()) {
                        shownMs = Long.parseLong(m.group(1));
                        break;
                    }
                    System.out.println("  app: " + line);
                }
                long wall = Math.round((System.nanoTime() - start) / 1e6);
                if (shownMs < 0) {
                    throw new IllegalStateException("the application ended without showing its window (exit "
                            + app.waitFor() + ")");
                }
                inJvm.add(shownMs);
                fromLaunch.add(wall);
                System.out.printf("run %d: window interactive %d ms after JVM start, %d ms after starting the"
                        + " launcher%n", run, shownMs, wall);
            } finally {
                app.descendants().forEach(ProcessHandle::destroy);
                app.destroy();
                if (!app.waitFor(10, TimeUnit.SECONDS)) {
                    app.destroyForcibly();
                }
            }
        }
        System.out.printf("median of %d runs: %d ms after JVM start, %d ms after starting the launcher%n", runs,
                median(inJvm), median(fromLaunch));
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().skip(values.size() / 2).findFirst().orElseThrow();
    }
}
