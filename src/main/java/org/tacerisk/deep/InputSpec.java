package org.tacerisk.deep;

/**
 * How a tumour becomes a network input, stored with every model (house style: pre-processing travels with the
 * model, like DJL's Translator). The crop is centred on the tumour in the axial slice with the largest tumour
 * area; that slice and {@code neighbourSlices} slices on each side are the channels (2.5D), optionally followed by
 * the mask of the centre slice; each channel is resampled to {@code size} × {@code size} pixels of
 * {@code mmPerPixel}, HU-windowed to [windowLowHu, windowHighHu] and scaled to [0, 1].
 *
 * @param size            output width and height in pixels (e.g. 64)
 * @param mmPerPixel      output pixel size in mm (e.g. 1.0)
 * @param neighbourSlices k: slices on each side of the centre slice (channels = 2k + 1, + 1 with the mask)
 * @param windowLowHu     HU mapped to 0
 * @param windowHighHu    HU mapped to 1
 * @param maskChannel     append the centre slice's tumour mask as a channel
 */
public record InputSpec(int size, double mmPerPixel, int neighbourSlices, double windowLowHu, double windowHighHu,
        boolean maskChannel) {

    public InputSpec {
        if (size < 8 || mmPerPixel <= 0 || neighbourSlices < 0 || !(windowHighHu > windowLowHu)) {
            throw new IllegalArgumentException("invalid input spec: size " + size + ", mm/pixel " + mmPerPixel
                    + ", neighbours " + neighbourSlices + ", window [" + windowLowHu + ", " + windowHighHu + "]");
        }
    }

    /** 3 × 64 × 64 at 1 mm, liver window [−100, 240] HU, no mask channel. */
    public static InputSpec defaults() {
        return new InputSpec(64, 1.0, 1, -100, 240, false);
    }

    public int channels() {
        return 2 * neighbourSlices + 1 + (maskChannel ? 1 : 0);
    }

    /** Number of floats in one input (channels × size × size, channel-major). */
    public int length() {
        return channels() * size * size;
    }
}
