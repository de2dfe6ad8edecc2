package org.tacerisk.deep;

import java.util.ArrayList;
import java.util.List;

/**
 * A loaded network (TorchScript from PyTorch, or trained here with DJL). Thread-safe for {@link #predict}; close
 * it to free native memory.
 */
public interface DeepModel extends AutoCloseable {

    /** A name to show and record with results (model.json's "name", else the model folder's name). */
    default String name() {
        return getClass().getSimpleName();
    }

    /** The pre-processing this model was trained with. */
    InputSpec inputSpec();

    /** Probability and penultimate-layer features for one input of {@code inputSpec().length()} floats. */
    DeepOutput predict(float[] chw);

    /**
     * As {@link #predict}, for several inputs, in order. The models of this package run them as batches (one
     * forward pass per up to 32 inputs); the outputs equal {@link #predict}'s within float rounding (the engine may
     * sum in another order for another batch size). This default predicts one at a time.
     */
    default List<DeepOutput> predictBatch(List<float[]> inputs) {
        List<DeepOutput> out = new ArrayList<>(inputs.size());
        for (float[] in : inputs) {
            out.add(predict(in));
        }
        return out;
    }

    @Override
    void close();
}
