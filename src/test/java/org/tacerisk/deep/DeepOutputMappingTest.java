package org.tacerisk.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** model.json's "outputs" strings and the probability arithmetic (hand-computed). */
class DeepOutputMappingTest {

    @Test
    void parsesTheDocumentedForms() {
        assertEquals(new OutputMapping(0, -1, 1), OutputMapping.parse("sigmoid of output 0", "output 1"));
        assertEquals(new OutputMapping(0, 1, -1), OutputMapping.parse("softmax index 1", null));
        assertEquals(new OutputMapping(2, 1, 0), OutputMapping.parse("Softmax index 1 of output 2", "output 0"));
        assertThrows(IllegalArgumentException.class, () -> OutputMapping.parse("sigmoid", null));
        assertThrows(IllegalArgumentException.class, () -> OutputMapping.parse("sigmoid of output 0", "the rest"));
    }

    @Test
    void sigmoidOfOneLogitAndSoftmaxOfClassLogits() {
        float[] features = {1, 2};
        DeepOutput s = OutputMapping.logitAndFeatures().apply(new float[][] {{0f}, features});
        assertEquals(0.5, s.probability(), 1e-15);
        assertArrayEquals(features, s.features());
        // softmax([0, ln 3])[1] = 3 / (1 + 3)
        DeepOutput m = OutputMapping.parse("softmax index 1", null).apply(new float[][] {{0f, (float) Math.log(3)}});
        assertEquals(0.75, m.probability(), 1e-7);
        assertEquals(0, m.features().length);
    }

    @Test
    void extremeLogitsStayFinite() {
        assertEquals(0.0, OutputMapping.sigmoid(-1000), 0);
        assertEquals(1.0, OutputMapping.sigmoid(1000), 0);
        assertEquals(1.0, OutputMapping.softmax(new float[] {-1000f, 1000f}, 1), 0);
    }
}
