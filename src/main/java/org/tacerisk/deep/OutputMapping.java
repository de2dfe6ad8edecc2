package org.tacerisk.deep;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of a network's outputs carry the probability and the features, as {@code model.json}'s "outputs" says
 * (docs/deep-models.md): {@code "probability": "sigmoid of output 0"} (one logit) or {@code "softmax index 1"}
 * / {@code "softmax index 1 of output 0"} (class logits; the probability is class 1's softmax), and
 * {@code "features": "output 1"} (flattened; absent: no features).
 *
 * @param probabilityOutput index of the output holding the logit(s)
 * @param softmaxIndex      the class whose softmax is the probability, or −1 for a sigmoid of a single logit
 * @param featuresOutput    index of the feature output, or −1 for none
 */
public record OutputMapping(int probabilityOutput, int softmaxIndex, int featuresOutput) {

    private static final Pattern SIGMOID = Pattern.compile("sigmoid of output (\\d+)");
    private static final Pattern SOFTMAX = Pattern.compile("softmax index (\\d+)(?: of output (\\d+))?");
    private static final Pattern OUTPUT = Pattern.compile("output (\\d+)");

    /** The convention of docs/deep-models.md: (logit, features). */
    public static OutputMapping logitAndFeatures() {
        return new OutputMapping(0, -1, 1);
    }

    /**
     * Parses the two strings of model.json.
     *
     * @throws IllegalArgumentException naming the text that is not understood
     */
    public static OutputMapping parse(String probability, String features) {
        if (probability == null) {
            throw new IllegalArgumentException("\"outputs\" needs \"probability\", e.g. \"sigmoid of output 0\"");
        }
        String p = probability.trim().toLowerCase(java.util.Locale.ROOT);
        int output;
        int index = -1;
        Matcher m = SIGMOID.matcher(p);
        if (m.matches()) {
            output = Integer.parseInt(m.group(1));
        } else if ((m = SOFTMAX.matcher(p)).matches()) {
            index = Integer.parseInt(m.group(1));
            output = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        } else {
            throw new IllegalArgumentException("\"probability\": \"" + probability + "\" is not understood; write"
                    + " \"sigmoid of output N\" or \"softmax index I of output N\"");
        }
        int featuresOutput = -1;
        if (features != null) {
            Matcher f = OUTPUT.matcher(features.trim().toLowerCase(java.util.Locale.ROOT));
            if (!f.matches()) {
                throw new IllegalArgumentException("\"features\": \"" + features + "\" is not understood; write"
                        + " \"output N\"");
            }
            featuresOutput = Integer.parseInt(f.group(1));
        }
        return new OutputMapping(output, index, featuresOutput);
    }

    /**
     * The probability and features from the network's outputs (each flattened, for a batch of one).
     *
     * @throws IllegalArgumentException when the outputs do not have the structure this mapping expects
     */
    public DeepOutput apply(float[][] outputs) {
        float[] logits = output(outputs, probabilityOutput, "probability");
        double probability;
        if (softmaxIndex < 0) {
            if (logits.length != 1) {
                throw new IllegalArgumentException("output " + probabilityOutput + " has " + logits.length
                        + " values; \"sigmoid of output " + probabilityOutput + "\" needs exactly one logit");
            }
            probability = sigmoid(logits[0]);
        } else {
            if (logits.length <= softmaxIndex) {
                throw new IllegalArgumentException("output " + probabilityOutput + " has " + logits.length
                        + " values; \"softmax index " + softmaxIndex + "\" needs at least " + (softmaxIndex + 1));
            }
            probability = softmax(logits, softmaxIndex);
        }
        float[] features = featuresOutput < 0 ? new float[0] : output(outputs, featuresOutput, "features");
        return new DeepOutput(probability, features);
    }

    private static float[] output(float[][] outputs, int index, String what) {
        if (index >= outputs.length) {
            throw new IllegalArgumentException("the model returns " + outputs.length + " output(s), but \"" + what
                    + "\" names output " + index + " (outputs count from 0)");
        }
        return outputs[index];
    }

    /** 1 / (1 + e^−z), without overflow for large |z|. */
    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** e^{z_i} / Σ e^{z_c}, shifted by max z so that nothing overflows. */
    static double softmax(float[] z, int i) {
        double max = Double.NEGATIVE_INFINITY;
        for (float v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (float v : z) {
            sum += Math.exp(v - max);
        }
        return Math.exp(z[i] - max) / sum;
    }
}
