package org.tacerisk.deep;

/** What a network says about one tumour: the probability of the outcome and the deep-feature vector. */
public record DeepOutput(double probability, float[] features) {
}
