package org.tacerisk.dicom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.Finding;
import org.tacerisk.common.Progress;

/**
 * Finds the DICOM data under a folder: walks the tree (and follows any DICOMDIR, whose references are added), reads
 * every header in parallel (never pixel data, except to compare two images at one position) and groups the images
 * into patients, studies and series. A bad file never stops the scan: it becomes a finding. Reports
 * "reading headers 120/600" and checks for cancellation per file.
 */
public final class DicomScanner {

    private static final Logger LOG = LoggerFactory.getLogger(DicomScanner.class);

    /** Modalities that are not image series to load (PS3.3 C.7.3.1.1.1). */
    static final Set<String> NON_IMAGE_MODALITIES = Set.of("RTSTRUCT", "SEG", "SR", "KO", "PR", "RTPLAN", "RTRECORD",
            "RTDOSE", "REG", "DOC", "FID", "PLAN", "RWV", "AU", "ECG");

    private DicomScanner() {
    }

    public static DicomIndex scan(Path root) throws IOException {
        return scan(root, Progress.NONE);
    }

    /**
     * As {@link #scan(Path)}, reporting the headers read so far to {@code progress}.
     *
     * @throws Cancelled when {@code progress} is cancelled (within a file or two)
     */
    public static DicomIndex scan(Path root, Progress progress) throws IOException {
        long start = System.nanoTime();
        if (!Files.exists(root)) {
            throw new NoSuchFileException(root.toString());
        }
        List<Finding> findings = new ArrayList<>();
        Set<Path> files = new TreeSet<>();
        List<Path> dicomDirs = new ArrayList<>();
        if (Files.isRegularFile(root)) {
            files.add(root.toAbsolutePath().normalize());
        } else {
            progress.report("finding files", 0);
            try (Stream<Path> walk = Files.walk(root)) {
                walk.peek(p -> progress.checkCancelled()).filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                        .forEach(p -> files.add(p.toAbsolutePath().normalize()));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        for (Path p : List.copyOf(files)) {
            if (DicomDirReader.isDicomDir(p)) {
                files.remove(p);
                dicomDirs.add(p);
                addDicomDirReferences(p, files, findings);
            }
        }
        ScannedHeaders scanned = new ScannedHeaders();
        List<Object> results = readAll(List.copyOf(files), scanned, progress);
        scanned.publish();
        List<InstanceHeader> images = new ArrayList<>();
        List<NonImageObject> others = new ArrayList<>();
        for (Object r : results) {
            if (r instanceof Finding f) {
                findings.add(f);
            } else if (r instanceof InstanceHeader h) {
                if (isNonImage(h)) {
                    others.add(new NonImageObject(h.file(), h.modality(), h.sopClassUid(), h.sopInstanceUid(),
                            h.seriesDescription(), h.referencedSeriesUids(), h.referencedFrameOfReferenceUid()));
                } else if (h.seriesInstanceUid() == null || h.patientStudy().studyInstanceUid() == null) {
                    findings.add(DicomFindings.unreadable(h.fileName(),
                            "it has no StudyInstanceUID or SeriesInstanceUID", false));
                } else {
                    images.add(h);
                }
            }
        }
        DicomIndex grouped = new DicomIndex(root, SeriesGrouping.group(images), others, findings);
        DicomIndex index = new DicomIndex(root, grouped.patients(),
                StructureSetReferences.checkStructureSets(grouped, sopsBySeries(images)), findings);
        LOG.info("Scanned {} files ({} DICOMDIR) in {} ms: {}", files.size(), dicomDirs.size(),
                (System.nanoTime() - start) / 1_000_000, index);
        return index;
    }

    private static Map<String, Set<String>> sopsBySeries(List<InstanceHeader> images) {
        Map<String, Set<String>> sops = new HashMap<>();
        for (InstanceHeader h : images) {
            sops.computeIfAbsent(h.seriesInstanceUid(), k -> new HashSet<>()).add(h.sopInstanceUid());
        }
        return sops;
    }

    private static void addDicomDirReferences(Path dicomDir, Set<Path> files, List<Finding> findings) {
        try {
            DicomDirReader.References refs = DicomDirReader.read(dicomDir);
            files.addAll(refs.present());
            if (!refs.missing().isEmpty()) {
                findings.add(Finding.warning(DicomFindings.DICOMDIR_MISSING_FILE, "The DICOMDIR lists "
                        + refs.missing().size() + " file(s) that are not on the medium, e.g. " + refs.missing().get(0)
                        + ".", "Copy the complete medium (CD/DVD/USB) again.").about("DICOMDIR"));
            }
        } catch (IOException | RuntimeException e) {
            findings.add(Finding.warning(DicomFindings.UNREADABLE_FILE, "The DICOMDIR could not be read ("
                    + SeriesLoader.reason(e) + "); the folder was searched instead.", "").about("DICOMDIR"));
        }
    }

    /**
     * Every file's header or finding, in file order. Workers skip the files left once {@code progress} is cancelled
     * (rather than throwing, so that none is still reading when this returns), then this throws {@link Cancelled}.
     */
    private static List<Object> readAll(List<Path> files, ScannedHeaders scanned, Progress progress) {
        AtomicInteger done = new AtomicInteger();
        Object skipped = new Object();
        List<Object> results = files.parallelStream().map(f -> {
            if (progress.isCancelled()) {
                return skipped;
            }
            java.nio.file.attribute.FileTime modified = ScannedHeaders.modified(f);
            Object r = readOne(f);
            if (r instanceof InstanceHeader h) {
                scanned.add(h, modified);
            }
            synchronized (done) {
                int n = done.incrementAndGet();
                progress.report("reading headers " + n + "/" + files.size(), (double) n / files.size());
            }
            return r;
        }).toList();
        if (results.contains(skipped)) {
            throw new Cancelled();
        }
        return results;
    }

    /** A header, or a finding for a file that is not DICOM or cannot be read. */
    private static Object readOne(Path file) {
        try {
            return HeaderReader.read(file);
        } catch (HeaderReader.NotDicomException e) {
            String name = file.getFileName().toString();
            // A file named like DICOM that is not DICOM was probably damaged on the way: worth a warning.
            return name.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(dcm|dicom|ima)")
                    ? DicomFindings.unreadable(name, "it is named like a DICOM file but is not one: " + e.getMessage(),
                            false)
                    : DicomFindings.notDicom(name);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return DicomFindings.unreadable(file.getFileName().toString(), SeriesLoader.reason(e), false);
        }
    }

    private static boolean isNonImage(InstanceHeader h) {
        return (h.modality() != null && NON_IMAGE_MODALITIES.contains(h.modality().toUpperCase(java.util.Locale.ROOT)))
                || (!h.hasPixelData() && h.rows() == 0);
    }
}
