package org.tacerisk.dicom;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.Finding;
import org.tacerisk.common.LogSafe;
import org.tacerisk.common.Progress;
import org.tacerisk.dicom.InstanceHeader.FrameGeometry;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;

/**
 * Reads one series into a {@link Volume} in Hounsfield units. The headers are read again (the folder may have
 * changed since the scan) and checked by {@link SeriesGeometryCheck}; any ERROR stops the load with a
 * {@link BadInputException} carrying all findings. Pixels are decoded file by file, in parallel, straight into one
 * preallocated array, so peak memory stays close to the volume itself. Reports "reading headers 12/60" (the first
 * fifth of the range), then "decoding slice 12/60", and checks for cancellation per file.
 */
public final class SeriesLoader {

    private static final Logger LOG = LoggerFactory.getLogger(SeriesLoader.class);

    /** The part of the range the headers take; decoding the pixels takes the rest. */
    private static final double HEADERS = 0.2;

    private SeriesLoader() {
    }

    public static LoadedSeries load(SeriesEntry series) throws IOException {
        return load(series, Progress.NONE);
    }

    /**
     * As {@link #load(SeriesEntry)}, reporting to {@code progress}.
     *
     * @throws Cancelled when {@code progress} is cancelled (within a file or two; no worker is still decoding when
     *                   it is thrown)
     */
    public static LoadedSeries load(SeriesEntry series, Progress progress) throws IOException {
        long start = System.nanoTime();
        Path where = series.files().isEmpty() ? null : series.files().get(0).getParent();
        List<Finding> findings = new ArrayList<>();
        List<InstanceHeader> headers = readHeaders(series.files(), findings, progress.slice(0, HEADERS));
        SlicePlan plan = SeriesGeometryCheck.check(headers, PixelDecoder::samePixels);
        findings.addAll(plan.findings());
        if (Finding.anyError(findings) || !plan.usable()) {
            throw new BadInputException(where, "the series cannot be loaded: " + firstError(findings), findings, null);
        }
        InstanceHeader first = plan.slices().get(0).header();
        ImageGeometry geometry = new ImageGeometry(first.columns(), first.rows(), plan.slices().size(),
                plan.spacing(), plan.origin(), plan.direction());
        Volume volume = decode(plan, geometry, where, progress.slice(HEADERS, 1));
        LoadedSeries loaded = new LoadedSeries(volume, reference(plan), findings);
        LOG.info("Loaded series {}: {}x{}x{} in {} ms", LogSafe.hash(series.seriesInstanceUid()), geometry.nx(),
                geometry.ny(), geometry.nz(), (System.nanoTime() - start) / 1_000_000);
        return loaded;
    }

    static List<InstanceHeader> readHeaders(List<Path> files, List<Finding> findings, Progress progress) {
        AtomicInteger done = new AtomicInteger();
        Object[] results = files.parallelStream().map(f -> {
            if (progress.isCancelled()) {
                return null;
            }
            Object r = ScannedHeaders.lookup(f);
            try {
                r = r != null ? r : HeaderReader.read(f);
            } catch (IOException | RuntimeException e) {
                r = DicomFindings.unreadable(f.getFileName().toString(), reason(e), true);
            }
            count(done, 1, files.size(), "reading headers", progress);
            return r;
        }).toArray();
        List<InstanceHeader> headers = new ArrayList<>();
        for (Object r : results) {
            if (r == null) {
                throw new Cancelled();
            } else if (r instanceof InstanceHeader h) {
                headers.add(h);
            } else {
                findings.add((Finding) r);
            }
        }
        return headers;
    }

    /** {@code more} of {@code total} done: "reading headers 12/60", in order although the workers run in parallel. */
    private static void count(AtomicInteger done, int more, int total, String what, Progress progress) {
        synchronized (done) {
            int n = done.addAndGet(more);
            progress.report(what + " " + n + "/" + total, (double) n / total);
        }
    }

    static String reason(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static Volume decode(SlicePlan plan, ImageGeometry geometry, Path where, Progress progress) {
        // One entry per file: frame index -> slice k (-1 for frames left out, e.g. duplicates).
        Map<InstanceHeader, int[]> kOfFrame = new LinkedHashMap<>();
        boolean integral = true;
        for (int k = 0; k < plan.slices().size(); k++) {
            SlicePlan.Slice s = plan.slices().get(k);
            int[] map = kOfFrame.computeIfAbsent(s.header(), h -> {
                int[] m = new int[h.frames().size()];
                Arrays.fill(m, -1);
                return m;
            });
            map[s.frame().frameNumber() - 1] = k;
            FrameGeometry g = s.frame();
            integral &= g.rescaleSlope() == Math.rint(g.rescaleSlope())
                    && g.rescaleIntercept() == Math.rint(g.rescaleIntercept())
                    && Math.abs(g.rescaleSlope()) < 1 << 15 && Math.abs(g.rescaleIntercept()) < 1 << 20;
        }
        List<Map.Entry<InstanceHeader, int[]>> files = new ArrayList<>(kOfFrame.entrySet());
        if (integral) {
            short[] shorts = new short[geometry.voxelCount()];
            if (decodeAll(files, plan.slices().size(), shorts, null, where, progress)) {
                return Volume.ofShorts(geometry, shorts, Volume.HU);
            }
        }
        float[] floats = new float[geometry.voxelCount()];
        decodeAll(files, plan.slices().size(), null, floats, where, progress);
        return Volume.ofFloats(geometry, floats, Volume.HU);
    }

    /**
     * Decodes every file into the volume, in parallel; false when a value does not fit a short. Workers stop taking
     * files after a failure or a cancel, so none is still writing into the array when this returns or throws.
     */
    private static boolean decodeAll(List<Map.Entry<InstanceHeader, int[]>> files, int slices, short[] shorts,
            float[] floats, Path where, Progress progress) {
        AtomicBoolean fits = new AtomicBoolean(true);
        Finding[] failure = new Finding[1];
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, files.size()).parallel().forEach(n -> {
            if (!fits.get() || failure[0] != null || progress.isCancelled()) {
                return;
            }
            Map.Entry<InstanceHeader, int[]> e = files.get(n);
            try {
                if (!PixelDecoder.decode(e.getKey(), e.getValue(), shorts, floats)) {
                    fits.set(false);
                }
            } catch (IOException | RuntimeException ex) {
                synchronized (failure) {
                    failure[0] = DicomFindings.unreadable(e.getKey().fileName(), reason(ex), true);
                }
            }
            count(done, (int) Arrays.stream(e.getValue()).filter(k -> k >= 0).count(), slices, "decoding slice",
                    progress);
        });
        progress.checkCancelled();
        if (failure[0] != null) {
            throw new BadInputException(where, "the series cannot be loaded: " + failure[0].describe(),
                    List.of(failure[0]), null);
        }
        return fits.get();
    }

    private static SeriesReference reference(SlicePlan plan) {
        InstanceHeader h = plan.slices().get(0).header();
        List<String> uids = new ArrayList<>();
        List<Integer> frames = new ArrayList<>();
        boolean multiFrame = false;
        for (SlicePlan.Slice s : plan.slices()) {
            uids.add(s.header().sopInstanceUid() == null ? "" : s.header().sopInstanceUid());
            frames.add(s.frame().frameNumber());
            multiFrame |= s.header().isMultiFrame();
        }
        PatientStudy study = h.patientStudy();
        return new SeriesReference(study.withStudyInstanceUid(nonNull(study.studyInstanceUid())),
                nonNull(h.seriesInstanceUid()), h.frameOfReferenceUid(), h.modality(), h.sopClassUid(), uids,
                multiFrame ? frames : List.of());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String firstError(List<Finding> findings) {
        return findings.stream().filter(Finding::isError).findFirst().map(Finding::describe).orElse("no usable slices");
    }
}
