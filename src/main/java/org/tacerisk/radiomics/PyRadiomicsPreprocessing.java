package org.tacerisk.radiomics;

import org.tacerisk.common.BadInputException;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;

/**
 * What PyRadiomics 3.1.0 does to the image before anything else ({@code RadiomicsFeatureExtractor.loadImage}), in
 * its order: {@code normalize: true} ({@code imageoperations.normalizeImage}), then, when the image is not resampled,
 * {@code preCrop: true} ({@code cropToTumorMask}). Used in {@code conventions: pyradiomics} only.
 */
final class PyRadiomicsPreprocessing {

    /** The image and mask the extraction goes on with. */
    record Prepared(Volume image, Mask mask) {
    }

    private PyRadiomicsPreprocessing() {
    }

    static Prepared apply(Volume image, Mask mask, RadiomicsSettings settings) {
        PyRadiomicsOptions options = settings.pyradiomics();
        Volume v = options.normalize() ? normalise(image, options.normalizeScale(), options.removeOutliers()) : image;
        if (options.preCrop() && !settings.interpolation().enabled()) {
            return crop(v, mask, options.padDistance());
        }
        return new Prepared(v, mask);
    }

    /**
     * SimpleITK's Normalize on the whole image, (x − mean) / σ with σ the sample standard deviation (n − 1), as its
     * StatisticsImageFilter computes them; then values beyond ±{@code outliers} set to ±{@code outliers} (null: none);
     * then × {@code scale}. Sums in double; the result is stored as float (PyRadiomics keeps double: values differ
     * by at most half a float ulp, about 6e-8 relative).
     */
    static Volume normalise(Volume image, double scale, Double outliers) {
        int n = image.voxelCount();
        if (n < 2) {
            throw new BadInputException(null, "normalize: true needs an image of at least two voxels");
        }
        // compensated (Kahan) sums: CT volumes have tens of millions of voxels
        double sum = 0;
        double sumCompensation = 0;
        for (int v = 0; v < n; v++) {
            double y = image.get(v) - sumCompensation;
            double t = sum + y;
            sumCompensation = (t - sum) - y;
            sum = t;
        }
        double mean = sum / n;
        double squares = 0;
        double squaresCompensation = 0;
        for (int v = 0; v < n; v++) {
            double d = image.get(v) - mean;
            double y = d * d - squaresCompensation;
            double t = squares + y;
            squaresCompensation = (t - squares) - y;
            squares = t;
        }
        double sigma = Math.sqrt(squares / (n - 1));
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new BadInputException(null, "normalize: true divides by the image's standard deviation, which is "
                    + sigma + " (a constant or non-finite image); check the image or set normalize: false");
        }
        double inverse = 1 / sigma;
        float[] out = new float[n];
        for (int v = 0; v < n; v++) {
            double z = (image.get(v) - mean) * inverse;
            if (outliers != null) {
                z = Math.max(-outliers, Math.min(outliers, z));
            }
            out[v] = (float) (z * scale);
        }
        return Volume.ofFloats(image.geometry(), out, "");
    }

    /**
     * PyRadiomics' cropToTumorMask: image and mask cut to the mask's bounding box widened by {@code pad} voxels per
     * side (within the image), so that the filters see only that region.
     */
    static Prepared crop(Volume image, Mask mask, int pad) {
        ImageGeometry g = image.geometry();
        int[][] box = RoiChecks.boundingBox(mask);
        int[] size = {g.nx(), g.ny(), g.nz()};
        int[] lo = new int[3];
        int[] n = new int[3];
        for (int a = 0; a < 3; a++) {
            lo[a] = Math.max(0, box[0][a] - pad);
            n[a] = Math.min(size[a] - 1, box[1][a] + pad) - lo[a] + 1;
        }
        ImageGeometry cropped = new ImageGeometry(n[0], n[1], n[2], g.spacing(), g.indexToPhysical(lo[0], lo[1],
                lo[2]), g.direction());
        float[] values = new float[cropped.voxelCount()];
        byte[] inside = new byte[cropped.voxelCount()];
        for (int k = 0, p = 0; k < n[2]; k++) {
            for (int j = 0; j < n[1]; j++) {
                for (int i = 0; i < n[0]; i++, p++) {
                    int from = g.index(lo[0] + i, lo[1] + j, lo[2] + k);
                    values[p] = image.get(from);
                    inside[p] = (byte) (mask.contains(from) ? 1 : 0);
                }
            }
        }
        return new Prepared(Volume.ofFloats(cropped, values, image.unit()), Mask.of(cropped, inside));
    }
}
