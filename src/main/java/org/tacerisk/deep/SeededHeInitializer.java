package org.tacerisk.deep;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.Initializer;
import java.util.SplittableRandom;

/**
 * He (Kaiming) normal initialisation, std = √(2 / fan-in), drawn from a Java {@link SplittableRandom} rather than
 * the engine's global generator, so that the starting weights depend on the seed alone (parameters are initialised
 * in block order, which is fixed).
 */
final class SeededHeInitializer implements Initializer {

    private final SplittableRandom random;

    SeededHeInitializer(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public synchronized NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
        long fanIn = shape.dimension() > 1 ? shape.size() / shape.get(0) : shape.size();
        double std = Math.sqrt(2.0 / Math.max(1, fanIn));
        float[] values = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (gaussian() * std);
        }
        return manager.create(values, shape).toType(dataType, false);
    }

    /** Standard normal by Box–Muller (SplittableRandom has no nextGaussian in Java 17). */
    private double gaussian() {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
