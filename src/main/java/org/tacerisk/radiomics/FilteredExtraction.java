package org.tacerisk.radiomics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Progress;
import org.tacerisk.image.BoundingBox;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;
import org.tacerisk.radiomics.filter.FilterFactory;
import org.tacerisk.radiomics.filter.ImageFilter;
import org.tacerisk.radiomics.filter.ScaleTooFineException;

/**
 * Extraction with filtered image types, in the order of IBSI-2 phase 2 ("image processing" of the CT
 * configurations): (1) interpolation and rounding of the image, interpolation and thresholding of the mask;
 * (2) re-segmentation on the <em>unfiltered</em> intensities, giving the intensity mask; (3) each filter applied to
 * the processed image; (4) features of the filtered intensities inside that intensity mask. The region filtered is
 * the whole interpolation grid unless {@link ImageTypes#filterMarginMm()} limits it.
 *
 * <p>Image types (the original image among them) run in parallel on a pool of at most as many threads as cores,
 * bounded further by the free heap: each running filter holds one response map of the whole region plus the
 * filter's working arrays ({@link #BYTES_PER_VOXEL} per voxel assumed).
 * Only the ROI box (+ 10 mm) of each response map is kept for the families, and filters that can compute just that
 * box do ({@link ImageFilter#applyInBox}). Output order is fixed: the original
 * image's families, then each filter in the settings' order.
 *
 * <p>Progress: after the processing, the original image and each filtered image type own equal parts of the range
 * (an image type: "name: filtering", then its families). On a cancel the waiting thread stops within
 * {@link #POLL_MS} ms, the pool is shut down and the workers, which check the same progress, stop too.
 */
final class FilteredExtraction {

    /** Assumed heap per region voxel for one running filter (response map + working copies, e.g. FFT buffers). */
    static final long BYTES_PER_VOXEL = 40;

    /** Share of an image type's progress range taken by its filter. */
    static final double FILTERING = 0.5;

    /** How often the thread waiting for the image types looks for a cancel. */
    static final long POLL_MS = 20;

    private FilteredExtraction() {
    }

    static RadiomicsResult extract(Volume image, Mask mask, RadiomicsSettings settings,
            List<FamilyCalculator> calculators, Function<String, FilterFactory> factories, Progress progress) {
        return extract(image, mask, settings, calculators, factories, progress, Integer.MAX_VALUE);
    }

    /**
     * As {@link #extract(Volume, Mask, RadiomicsSettings, List, Function, Progress)} with at most
     * {@code maxThreads} image types at once (1: one after the other; the values are the same either way).
     */
    static RadiomicsResult extract(Volume image, Mask mask, RadiomicsSettings settings,
            List<FamilyCalculator> calculators, Function<String, FilterFactory> factories, Progress progress,
            int maxThreads) {
        ImageTypes types = settings.imageTypes();
        // build every filter first: an unknown filter or parameter fails before any image work
        List<ImageFilter> filters = new ArrayList<>();
        Set<String> names = new HashSet<>(Set.of(FeatureValue.ORIGINAL));
        for (FilterEntry entry : types.filters()) {
            ImageFilter filter = entry.create(null, factories);
            if (!names.add(filter.imageTypeName())) {
                throw new BadInputException(null, "two image types are both named '" + filter.imageTypeName()
                        + "'; each filter of imageTypes must differ");
            }
            filters.add(filter);
        }
        progress.report("processing the image", 0);
        ImageProcessor.Region region = ImageProcessor.processRegion(image, mask, settings, types.filterMarginMm(),
                progress);
        ProcessedRoi full = region.result().roi();
        requireSampled(filters, full.grid());
        Box box = new Box(full.grid(), region.roiLo(), region.roiHi());
        ProcessedRoi roi = new ProcessedRoi(box.geometry(), box.crop(full.intensities()),
                box.crop(full.morphologicalMask()), box.crop(full.intensityMask()), box.crop(full.greyLevels()),
                full.greyLevelCount());
        ProcessingDiagnostics d = region.result().diagnostics();
        ProcessingDiagnostics diagnostics = new ProcessingDiagnostics(d.originalGrid(), d.originalSpacing(),
                d.interpolationGrid(), new ProcessingDiagnostics.GridSize(box.nx, box.ny, box.nz),
                d.processedSpacing(), d.original(), d.interpolated(), d.afterRange(), d.afterOutliers(),
                d.outlierLower(), d.outlierUpper(), d.discretisationLower(), d.greyLevelCount());

        int first = types.original() ? 1 : 0;
        ParallelProgress parts = new ParallelProgress(progress.slice(RadiomicsExtractor.PROCESSING, 1),
                first + filters.size());
        List<FeatureValue> features = new ArrayList<>();
        if (filters.isEmpty()) {
            features.addAll(RadiomicsExtractor.computeFamilies(roi, settings.families(), settings.familyContext(),
                    calculators, parts.part(0), ""));
            return new RadiomicsResult(features, diagnostics);
        }
        Set<Family> families = types.filteredFamilies(settings.families());
        Discretisation discretisation = types.filteredDiscretisation(settings.discretisation());
        FamilyContext context = settings.filteredFamilyContext();
        // the original image is one more task of the pool, so its families overlap with the filtering
        int threads = Math.min(maxThreads, concurrency(full.grid().voxelCount(), first + filters.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tacerisk-image-type");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<FeatureValue>>> pending = new ArrayList<>();
            if (types.original()) {
                pending.add(pool.submit(() -> RadiomicsExtractor.computeFamilies(roi, settings.families(),
                        settings.familyContext(), calculators, parts.part(0), "")));
            }
            for (int n = 0; n < filters.size(); n++) {
                ImageFilter filter = filters.get(n);
                Progress part = parts.part(first + n);
                pending.add(pool.submit(() -> filtered(filter, full, box, roi, families, discretisation, context,
                        calculators, part, settings.conventions())));
            }
            for (Future<List<FeatureValue>> f : pending) {
                features.addAll(await(f, progress));
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("extraction interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return new RadiomicsResult(features, diagnostics);
    }

    /** The image type's values, looking for a cancel every {@link #POLL_MS} ms while waiting. */
    private static List<FeatureValue> await(Future<List<FeatureValue>> image, Progress progress)
            throws ExecutionException, InterruptedException {
        while (true) {
            progress.checkCancelled();
            try {
                return image.get(POLL_MS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // not finished: look for a cancel and wait again
            }
        }
    }

    /**
     * Refuses, before any filtering, a filter whose scale in mm the processed grid cannot sample (a LoG σ below the
     * slice spacing, ...), saying how the settings resample first (IBSI-2 advises isotropic resampling).
     */
    private static void requireSampled(List<ImageFilter> filters, ImageGeometry grid) {
        for (ImageFilter filter : filters) {
            try {
                filter.checkGrid(grid);
            } catch (ScaleTooFineException e) {
                String key = "interpolation.spacing." + "xyz".charAt(e.axis());
                throw new BadInputException(null, "imageTypes: " + e.getMessage() + " (in the settings,"
                        + " interpolation.enabled: true with " + key + " at most " + ScaleTooFineException.mm(
                        e.maxSpacingMm()) + " mm resamples the image before it is filtered)", e);
            }
        }
    }

    /** One filtered image type: filter the region, keep the ROI box, discretise, run the families. */
    private static List<FeatureValue> filtered(ImageFilter filter, ProcessedRoi full, Box box, ProcessedRoi roi,
            Set<Family> families, Discretisation discretisation, FamilyContext context,
            List<FamilyCalculator> calculators, Progress progress, Conventions conventions) {
        String name = filter.imageTypeName();
        progress.report(name + ": filtering", 0);
        // only the local intensity peak reads voxels outside the ROI; without it the ROI's box is enough
        float[] values = families.contains(Family.LOCAL_INTENSITY)
                ? filter.applyInBox(full.intensities(), full.grid(), box.lo, box.hi(), progress)
                : box.responseAroundRoi(filter, full, roi, progress);
        progress.report(name + ": filtered", FILTERING);
        int boxVoxels = box.nx * box.ny * box.nz;
        if (values == null || values.length != boxVoxels) {
            throw new IllegalStateException("filter " + name + " returned " + (values == null ? "no"
                    : values.length + " voxels instead of " + boxVoxels) + " response map");
        }
        byte[] intensityMask = roi.intensityMask();
        for (int n = 0; n < values.length; n++) {
            if (intensityMask[n] != 0 && !Float.isFinite(values[n])) {
                throw new IllegalStateException("filter " + name + " gave a non-finite value (" + values[n]
                        + ") inside the ROI");
            }
        }
        // the re-segmentation range is in original units: a fixed bin size starts at the response's ROI minimum
        Discretiser.Result levels = Discretiser.discretise(values, intensityMask, discretisation,
                ResegmentationSettings.none(), conventions);
        ProcessedRoi filtered = new ProcessedRoi(roi.grid(), values, roi.morphologicalMask(), intensityMask,
                levels.greyLevels(), levels.greyLevelCount());
        List<FeatureValue> out = new ArrayList<>();
        for (FeatureValue v : RadiomicsExtractor.computeFamilies(filtered, families, context, calculators,
                progress.slice(FILTERING, 1), name + ": ")) {
            out.add(v.withImageType(name));
        }
        return out;
    }

    /** Image types filtered at once: at most the cores, and at most what half the free heap holds. */
    static int concurrency(long regionVoxels, int filterCount) {
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        long perFilter = Math.max(1, regionVoxels * BYTES_PER_VOXEL);
        long byMemory = Math.max(1, free / 2 / perFilter);
        return (int) Math.max(1, Math.min(Math.min(rt.availableProcessors(), filterCount), byMemory));
    }

    /** The feature box (ROI + 10 mm) inside the processed region; copies arrays of the region to the box. */
    static final class Box {
        final ImageGeometry region;
        final int[] lo;
        final int nx;
        final int ny;
        final int nz;

        Box(ImageGeometry region, int[] lo, int[] hi) {
            this.region = region;
            this.lo = lo.clone();
            this.nx = hi[0] - lo[0] + 1;
            this.ny = hi[1] - lo[1] + 1;
            this.nz = hi[2] - lo[2] + 1;
        }

        int[] hi() {
            return new int[] {lo[0] + nx - 1, lo[1] + ny - 1, lo[2] + nz - 1};
        }

        /**
         * The filter's response on this box, computed only inside the bounding box of the ROI's voxels (either
         * mask); 0 elsewhere, where no family but the local intensity peak reads.
         */
        float[] responseAroundRoi(ImageFilter filter, ProcessedRoi full, ProcessedRoi roi, Progress progress) {
            int[] morphological = BoundingBox.of(roi.morphologicalMask(), nx, ny, nz);
            int[] intensity = BoundingBox.of(roi.intensityMask(), nx, ny, nz);
            if (morphological == null && intensity == null) {
                return filter.applyInBox(full.intensities(), full.grid(), lo, hi(), progress);
            }
            int[] from = new int[3];
            int[] to = new int[3];
            for (int a = 0; a < 3; a++) {
                from[a] = Math.min(morphological == null ? Integer.MAX_VALUE : morphological[a],
                        intensity == null ? Integer.MAX_VALUE : intensity[a]);
                to[a] = Math.max(morphological == null ? -1 : morphological[a + 3],
                        intensity == null ? -1 : intensity[a + 3]);
            }
            int[] regionFrom = new int[3];
            int[] regionTo = new int[3];
            for (int a = 0; a < 3; a++) {
                regionFrom[a] = lo[a] + from[a];
                regionTo[a] = lo[a] + to[a];
            }
            float[] inner = filter.applyInBox(full.intensities(), full.grid(), regionFrom, regionTo, progress);
            float[] out = new float[nx * ny * nz];
            int rx = to[0] - from[0] + 1;
            for (int k = from[2], p = 0; k <= to[2]; k++) {
                for (int j = from[1]; j <= to[1]; j++, p += rx) {
                    System.arraycopy(inner, p, out, (k * ny + j) * nx + from[0], rx);
                }
            }
            return out;
        }

        ImageGeometry geometry() {
            return new ImageGeometry(nx, ny, nz, region.spacing(), region.indexToPhysical(lo[0], lo[1], lo[2]),
                    region.direction());
        }

        float[] crop(float[] values) {
            return copyBox(values, new float[nx * ny * nz]);
        }

        byte[] crop(byte[] values) {
            return copyBox(values, new byte[nx * ny * nz]);
        }

        int[] crop(int[] values) {
            return copyBox(values, new int[nx * ny * nz]);
        }

        /** Copies the box's rows of a whole-region array (any primitive array type) into {@code out}. */
        private <A> A copyBox(A values, A out) {
            int p = 0;
            for (int k = 0; k < nz; k++) {
                for (int j = 0; j < ny; j++) {
                    System.arraycopy(values, region.index(lo[0], lo[1] + j, lo[2] + k), out, p, nx);
                    p += nx;
                }
            }
            return out;
        }
    }
}
