package org.tacerisk.deep;

/** A network input (channel-major floats, {@code spec.length()} values) and where it came from on the CT. */
public record Crop(float[] chw, InputSpec spec, CropPlacement placement) {

    public Crop {
        if (chw.length != spec.length()) {
            throw new IllegalArgumentException("crop has " + chw.length + " values, the spec needs " + spec.length());
        }
    }
}
