package org.tacerisk.deep;

/** One training example: a crop ({@code InputSpec.length()} channel-major floats) and its 0/1 outcome. */
public record TrainingCase(String id, float[] chw, int label) {

    public TrainingCase {
        if (label != 0 && label != 1) {
            throw new IllegalArgumentException("case " + id + ": outcome must be 0 or 1, not " + label);
        }
    }
}
