package org.tacerisk.radiomics.filter;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * The {@link FftBenchmark} cases measured as process CPU time per forward transform, every implementation held to
 * one thread (the hand-written ones run their parallel streams inside a one-thread pool, JTransforms is set to one
 * thread). CPU time, unlike wall time, hardly changes when other processes load the machine, so the comparison
 * holds on a busy 2-core machine; the image types of a case already keep every core busy, so the total work per
 * transform is what an extraction pays. Run: {@code java -cp ... org.tacerisk.radiomics.filter.FftCpuTime}.
 */
public final class FftCpuTime {

    private FftCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        ConcurrencyUtils.setNumberOfThreads(1);
        ForkJoinPool one = new ForkJoinPool(1);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("%-12s %-24s %10s %18s%n", "size", "implementation", "cpu ms", "wall ms (median)");
        for (String size : new String[] {"64x64x64", "100x100x80", "75x79x47", "128x128x60"}) {
            for (String impl : new String[] {"morphology-mixed-radix", "filter-bluestein", "jtransforms"}) {
                FftBenchmark b = new FftBenchmark();
                b.size = size;
                b.implementation = impl;
                try {
                    b.setUp();
                } catch (IllegalStateException e) {
                    System.out.printf("%-12s %-24s %10s%n", size, impl, "n/a");
                    continue;
                }
                for (int r = 0; r < 4; r++) {
                    one.submit(b::forward).get();
                }
                int reps = 20;
                double[] wall = new double[reps];
                long c0 = os.getProcessCpuTime();
                for (int r = 0; r < reps; r++) {
                    long w0 = System.nanoTime();
                    one.submit(b::forward).get();
                    wall[r] = (System.nanoTime() - w0) / 1e6;
                }
                double cpu = (os.getProcessCpuTime() - c0) / 1e6 / reps;
                Arrays.sort(wall);
                System.out.printf("%-12s %-24s %10.1f %10.1f%n", size, impl, cpu, wall[reps / 2]);
            }
        }
        one.shutdown();
        System.exit(0);
    }
}
