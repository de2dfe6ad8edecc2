package org.tacerisk.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;

class CompactResNetTest {

    @Test
    void outputsOneLogitAndTheFeatureVector() {
        CompactResNet net = new CompactResNet(new CompactResNet.Config(3, 16, 1, 0.2));
        try (NDManager m = Engine.getEngine("PyTorch").newBaseManager()) {
            net.setInitializer(new SeededHeInitializer(1), Parameter.Type.WEIGHT);
            net.initialize(m, DataType.FLOAT32, new Shape(2, 3, 64, 64));
            NDList out = net.forward(new ParameterStore(m, false), new NDList(m.randomUniform(0, 1,
                    new Shape(2, 3, 64, 64))), false);
            assertEquals(new Shape(2, 1), out.get(0).getShape());
            assertEquals(new Shape(2, 64), out.get(1).getShape());
            assertArrayEquals(new Shape[] {new Shape(2, 1), new Shape(2, 64)},
                    net.getOutputShapes(new Shape[] {new Shape(2, 3, 64, 64)}));
            long parameters = net.getParameters().values().stream()
                    .mapToLong(p -> p.getArray().getShape().size()).sum();
            assertTrue(parameters < 200_000, parameters + " parameters");
        }
        assertThrows(IllegalArgumentException.class, () -> new CompactResNet.Config(3, 16, 1, 1.0));
    }

    @Test
    void seededInitialiserIsReproducibleAndScaledByFanIn() {
        try (NDManager m = Engine.getEngine("PyTorch").newBaseManager()) {
            float[] a = new SeededHeInitializer(5).initialize(m, new Shape(64, 32, 3, 3), DataType.FLOAT32)
                    .toFloatArray();
            float[] b = new SeededHeInitializer(5).initialize(m, new Shape(64, 32, 3, 3), DataType.FLOAT32)
                    .toFloatArray();
            assertArrayEquals(a, b);
            double ss = 0;
            for (float v : a) {
                ss += v * v;
            }
            assertEquals(Math.sqrt(2.0 / 288), Math.sqrt(ss / a.length), 0.005);
        }
    }
}
