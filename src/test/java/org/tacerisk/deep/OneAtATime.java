package org.tacerisk.deep;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A model as saliency saw it before issue 12: {@link DeepModel#predictBatch}'s default, one forward pass per input,
 * over the wrapped model's {@link #predict}. The reference for the batched maps and the "before" of the saliency
 * benchmark.
 */
public final class OneAtATime implements DeepModel {

    private final DeepModel model;
    private final AtomicInteger passes = new AtomicInteger();

    public OneAtATime(DeepModel model) {
        this.model = model;
    }

    @Override
    public InputSpec inputSpec() {
        return model.inputSpec();
    }

    @Override
    public DeepOutput predict(float[] chw) {
        passes.incrementAndGet();
        return model.predict(chw);
    }

    /** Forward passes so far. */
    public int passes() {
        return passes.get();
    }

    /** Leaves the wrapped model open: its owner closes it. */
    @Override
    public void close() {
    }
}
