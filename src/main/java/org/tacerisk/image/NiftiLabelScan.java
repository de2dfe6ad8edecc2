package org.tacerisk.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tacerisk.common.BadInputException;

/**
 * One pass over a NIfTI label image: how many voxels carry each label, the voxels that cannot be labels (NaN,
 * negative, not a whole number) with an example of each, and optionally every voxel's label in one byte. Labels
 * above 255 do not fit that byte: picking one of them out reads the file a second time (they are rare).
 */
final class NiftiLabelScan implements Nifti.ValueSink {

    /** Voxels of one kind of bad value: how many, and the first one met. */
    private static final class BadValues {
        private final String one;
        private final String many;
        private long count;
        private int firstIndex = -1;
        private double firstValue;

        BadValues(String one, String many) {
            this.one = one;
            this.many = many;
        }

        void add(int index, double value) {
            if (count++ == 0) {
                firstIndex = index;
                firstValue = value;
            }
        }
    }

    private final ImageGeometry geometry;
    private final byte[] voxels;
    private final Map<Long, long[]> counts = new TreeMap<>();
    private final BadValues nan = new BadValues("voxel is NaN", "voxels are NaN");
    private final BadValues negative = new BadValues("voxel is negative", "voxels are negative");
    private final BadValues fractional = new BadValues("voxel is not a whole number", "voxels are not whole numbers");
    private boolean aboveByte;

    private NiftiLabelScan(ImageGeometry geometry, boolean keepVoxels) {
        this.geometry = geometry;
        this.voxels = keepVoxels ? new byte[geometry.voxelCount()] : null;
    }

    /**
     * @param keepVoxels keep each voxel's label, so that {@link #mask} needs no second pass
     * @throws BadInputException when a voxel is not a label: the message counts each kind with an example
     */
    static NiftiLabelScan of(Path file, boolean keepVoxels) throws IOException {
        NiftiLabelScan[] scan = new NiftiLabelScan[1];
        Nifti.stream(file, keepVoxels ? 1 : 0, g -> scan[0] = new NiftiLabelScan(g, keepVoxels));
        scan[0].refuseNonLabels(file);
        return scan[0];
    }

    @Override
    public void accept(double[] values, int start, int count) {
        long last = 0;
        long[] lastCount = null;
        for (int n = 0; n < count; n++) {
            double v = values[n];
            if (v == 0) {
                continue;
            }
            if (Double.isNaN(v)) {
                nan.add(start + n, v);
            } else if (v < 0) {
                negative.add(start + n, v);
            } else if (Double.isInfinite(v) || v != Math.rint(v)) {
                fractional.add(start + n, v);
            } else {
                long label = (long) v;
                if (lastCount == null || label != last) {
                    lastCount = counts.computeIfAbsent(label, k -> new long[1]);
                    last = label;
                }
                lastCount[0]++;
                if (voxels != null && label <= 255) {
                    voxels[start + n] = (byte) label;
                } else if (label > 255) {
                    aboveByte = true;
                }
            }
        }
    }

    ImageGeometry geometry() {
        return geometry;
    }

    /** Label value → voxel count, ascending; 0 (outside) is not listed. */
    Map<Long, Long> counts() {
        Map<Long, Long> out = new TreeMap<>();
        counts.forEach((label, n) -> out.put(label, n[0]));
        return out;
    }

    /**
     * The voxels of {@code label} as a mask. Uses up the kept voxels when the image has only this label (no copy),
     * so call it once.
     */
    Mask mask(Path file, long label) throws IOException {
        if (voxels != null && !aboveByte) {
            if (counts.size() == 1) {
                return Mask.of(geometry, voxels);
            }
            byte wanted = (byte) label;
            byte[] inside = new byte[voxels.length];
            for (int n = 0; n < voxels.length; n++) {
                inside[n] = voxels[n] == wanted ? (byte) 1 : 0;
            }
            return Mask.of(geometry, inside);
        }
        byte[] inside = new byte[geometry.voxelCount()];
        Nifti.stream(file, 1, g -> (values, start, count) -> {
            for (int n = 0; n < count; n++) {
                inside[start + n] = values[n] == label ? (byte) 1 : 0;
            }
        });
        return Mask.of(geometry, inside);
    }

    private void refuseNonLabels(Path file) {
        List<String> problems = new ArrayList<>();
        for (BadValues bad : List.of(fractional, negative, nan)) {
            if (bad.count > 0) {
                problems.add(String.format(Locale.ROOT, "%,d %s (e.g. %s at voxel %s)", bad.count,
                        bad.count == 1 ? bad.one : bad.many, value(bad.firstValue), voxel(bad.firstIndex)));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(file, "is not a label image (whole numbers, 0 outside the region): "
                    + String.join("; ", problems) + "; give a segmentation saved as labels (threshold a"
                    + " probability map first)");
        }
    }

    private static String value(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) || v != Math.rint(v) ? String.valueOf(v)
                : Long.toString((long) v);
    }

    /** (i, j, k) in the file's own voxel order, as NIfTI viewers show it. */
    private String voxel(int index) {
        int i = index % geometry.nx();
        int j = (index / geometry.nx()) % geometry.ny();
        int k = index / geometry.sliceSize();
        return "(" + i + ", " + j + ", " + k + ")";
    }
}
