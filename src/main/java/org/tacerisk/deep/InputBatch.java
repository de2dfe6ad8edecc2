package org.tacerisk.deep;

import java.util.List;

/** Network inputs laid one after another as one N × C × S × S batch, the layout both model formats run. */
final class InputBatch {

    /** Most inputs in one forward pass: bounds the memory a batch takes. */
    static final int MAX_SIZE = 32;

    private InputBatch() {
    }

    /**
     * Inputs {@code from} … {@code from + n − 1} of {@code inputs} in one array.
     *
     * @throws IllegalArgumentException when an input does not have {@code spec.length()} values
     */
    static float[] stack(List<float[]> inputs, int from, int n, InputSpec spec) {
        int len = spec.length();
        float[] batch = new float[n * len];
        for (int k = 0; k < n; k++) {
            float[] in = inputs.get(from + k);
            if (in.length != len) {
                throw new IllegalArgumentException("input " + (from + k) + " has " + in.length + " values, the"
                        + " model needs " + len + " (" + spec.channels() + " × " + spec.size() + " × " + spec.size()
                        + ")");
            }
            System.arraycopy(in, 0, batch, k * len, len);
        }
        return batch;
    }
}
