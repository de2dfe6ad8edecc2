package org.tacerisk.app;

import java.io.IOException;
import java.util.List;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Progress;
import org.tacerisk.dicom.SeriesEntry;
import org.tacerisk.dicom.SeriesLoader;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;

/**
 * A series' thumbnail before it is loaded: its middle slice in the abdomen window (W400/L40), grey levels 0–255,
 * at most {@value #SIZE} pixels on its longer side with the physical aspect kept, and the in-plane pixel spacing.
 * Only two middle files are read (a single one is not a volume for {@link SeriesLoader}), so a preview costs two
 * slices, not the series.
 *
 * @param width           thumbnail columns
 * @param height          thumbnail rows
 * @param grey            row-major grey levels (0–255 as unsigned bytes)
 * @param columnSpacingMm distance between columns of the CT image (x), mm
 * @param rowSpacingMm    distance between rows (y), mm
 */
public record SeriesPreview(int width, int height, byte[] grey, double columnSpacingMm, double rowSpacingMm) {

    public static final int SIZE = 96;
    static final double WINDOW = 400;
    static final double LEVEL = 40;

    /**
     * The preview of a scanned series, or null when none can be made (a single multi-frame file, a series whose
     * middle files do not load): the series is still listed, with its findings.
     */
    public static SeriesPreview of(SeriesEntry series, Progress progress) {
        return of(series, progress, SIZE);
    }

    /**
     * As {@link #of(SeriesEntry, Progress)} at most {@code size} pixels on the longer side: the series browser's
     * thumbnail, or the full-size first look shown while the whole series loads.
     */
    public static SeriesPreview of(SeriesEntry series, Progress progress, int size) {
        List<java.nio.file.Path> files = series.files();
        if (files.size() < 2 || series.isEnhanced()) {
            return null;
        }
        int middle = (files.size() - 1) / 2;
        SeriesEntry two = new SeriesEntry(series.seriesInstanceUid(), series.seriesNumber(),
                series.seriesDescription(), series.modality(), series.sopClassUid(), 2, series.sliceThicknessMm(),
                series.contrastBolusAgent(), series.phaseHint(), List.of(), files.subList(middle, middle + 2));
        try {
            return of(SeriesLoader.load(two, progress).volume(), 0, size);
        } catch (IOException | BadInputException e) {
            return null;
        }
    }

    /** The preview of slice {@code k} of a loaded volume. */
    public static SeriesPreview of(Volume volume, int k) {
        return of(volume, k, SIZE);
    }

    /** The preview of slice {@code k} at most {@code size} pixels on its longer side. */
    public static SeriesPreview of(Volume volume, int k, int size) {
        ImageGeometry g = volume.geometry();
        float[] slice = new float[g.sliceSize()];
        volume.copySlice(k, slice);
        double widthMm = g.nx() * g.spacing(0);
        double heightMm = g.ny() * g.spacing(1);
        double scale = size / Math.max(widthMm, heightMm);
        int w = Math.max(1, (int) Math.round(widthMm * scale));
        int h = Math.max(1, (int) Math.round(heightMm * scale));
        byte[] grey = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int j0 = y * g.ny() / h;
            int j1 = Math.max(j0 + 1, (y + 1) * g.ny() / h);
            for (int x = 0; x < w; x++) {
                int i0 = x * g.nx() / w;
                int i1 = Math.max(i0 + 1, (x + 1) * g.nx() / w);
                grey[y * w + x] = (byte) windowed(mean(slice, g.nx(), i0, i1, j0, j1));
            }
        }
        return new SeriesPreview(w, h, grey, g.spacing(0), g.spacing(1));
    }

    /** The grey level 0–255 of {@code hu} in the abdomen window (linear, clipped). */
    static int windowed(double hu) {
        double v = (hu - (LEVEL - WINDOW / 2)) / WINDOW * 255;
        return (int) Math.round(Math.max(0, Math.min(255, v)));
    }

    /** The thumbnail pixel's footprint averaged (box filter), so that a 512-pixel slice does not alias. */
    private static double mean(float[] slice, int nx, int i0, int i1, int j0, int j1) {
        double sum = 0;
        for (int j = j0; j < j1; j++) {
            for (int i = i0; i < i1; i++) {
                sum += slice[j * nx + i];
            }
        }
        return sum / ((i1 - i0) * (j1 - j0));
    }

    /** The grey level at thumbnail pixel (x, y), 0–255. */
    public int greyAt(int x, int y) {
        return grey[y * width + x] & 0xff;
    }
}
