package org.tacerisk.radiomics;

import org.tacerisk.image.ImageGeometry;
import org.tacerisk.radiomics.filter.BoundaryCondition;
import org.tacerisk.radiomics.filter.FilterFactory;
import org.tacerisk.radiomics.filter.FilterParameters;
import org.tacerisk.radiomics.filter.ImageFilter;

/**
 * Filters for testing the filtered-image-type chain without the real IBSI-2 filters: {@code test-offset} (adds a
 * constant), {@code test-mean} (3 × 3 (× 3) mean with the entry's boundary condition, in-plane for 2D).
 */
final class TestFilters {

    private TestFilters() {
    }

    /** The test filters by name; null for any other name (as the registry answers). */
    static FilterFactory factory(String name) {
        return switch (name) {
            case "test-offset" -> TestFilters::offset;
            case "test-mean" -> TestFilters::mean;
            default -> null;
        };
    }

    private static ImageFilter offset(FilterParameters p, boolean twoD, BoundaryCondition padding) {
        double offset = p.number("offset");
        String name = "test-offset-" + (int) offset;
        return new ImageFilter() {
            @Override
            public float[] apply(float[] image, ImageGeometry grid) {
                float[] out = new float[image.length];
                for (int n = 0; n < image.length; n++) {
                    out[n] = (float) (image[n] + offset);
                }
                return out;
            }

            @Override
            public String imageTypeName() {
                return name;
            }
        };
    }

    private static ImageFilter mean(FilterParameters p, boolean twoD, BoundaryCondition padding) {
        int delay = p.integer("delay_ms", 0);
        String name = "test-mean-" + (twoD ? "2D" : "3D") + "-" + padding.name().toLowerCase(java.util.Locale.ROOT);
        return new ImageFilter() {
            @Override
            public float[] apply(float[] image, ImageGeometry g) {
                sleep(delay);
                float[] out = new float[image.length];
                int rz = twoD ? 0 : 1;
                for (int k = 0; k < g.nz(); k++) {
                    for (int j = 0; j < g.ny(); j++) {
                        for (int i = 0; i < g.nx(); i++) {
                            double sum = 0;
                            int count = 0;
                            for (int c = -rz; c <= rz; c++) {
                                for (int b = -1; b <= 1; b++) {
                                    for (int a = -1; a <= 1; a++) {
                                        int ii = padding.resolve(i + a, g.nx());
                                        int jj = padding.resolve(j + b, g.ny());
                                        int kk = padding.resolve(k + c, g.nz());
                                        sum += ii < 0 || jj < 0 || kk < 0 ? 0 : image[g.index(ii, jj, kk)];
                                        count++;
                                    }
                                }
                            }
                            out[g.index(i, j, k)] = (float) (sum / count);
                        }
                    }
                }
                return out;
            }

            @Override
            public String imageTypeName() {
                return name;
            }
        };
    }

    private static void sleep(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
