package org.tacerisk.dicom;

import java.nio.file.Path;
import java.util.List;
import org.tacerisk.common.Finding;

/**
 * One image series as found by the scanner (headers only). {@link SeriesLoader#load} reads it into a volume.
 *
 * @param instanceCount      number of files (an enhanced multi-frame CT is one instance with many frames)
 * @param sliceThicknessMm   SliceThickness (0018,0050) of the first image, or null
 * @param contrastBolusAgent ContrastBolusAgent (0018,0010), or null when absent (often absent even with contrast)
 * @param phaseHint          contrast phase guessed from the series description, see {@link PhaseHints}, or null
 * @param findings           problems found from the headers; any ERROR means the series will not load
 * @param files              the files of the series, sorted by path
 * @param rows               Rows (0028,0010) of the first image
 * @param columns            Columns (0028,0011) of the first image
 * @param transferSyntaxUid  transfer syntax of the first file
 * @param frameOfReferenceUid FrameOfReferenceUID (0020,0052), or null
 * @param frameCount         number of slices (frames) the series holds before exclusions
 */
public record SeriesEntry(String seriesInstanceUid, Integer seriesNumber, String seriesDescription, String modality,
        String sopClassUid, int instanceCount, Double sliceThicknessMm, String contrastBolusAgent, String phaseHint,
        List<Finding> findings, List<Path> files, Integer rows, Integer columns, String transferSyntaxUid,
        String frameOfReferenceUid, int frameCount) {

    public SeriesEntry {
        findings = List.copyOf(findings);
        files = List.copyOf(files);
    }

    /** The eleven components the API started with; the others are unknown (null) or derived. */
    public SeriesEntry(String seriesInstanceUid, Integer seriesNumber, String seriesDescription, String modality,
            String sopClassUid, int instanceCount, Double sliceThicknessMm, String contrastBolusAgent,
            String phaseHint, List<Finding> findings, List<Path> files) {
        this(seriesInstanceUid, seriesNumber, seriesDescription, modality, sopClassUid, instanceCount,
                sliceThicknessMm, contrastBolusAgent, phaseHint, findings, files, null, null, null, null,
                instanceCount);
    }

    /** False when a finding is an ERROR: {@link SeriesLoader#load} would refuse the series. */
    public boolean loadable() {
        return !Finding.anyError(findings);
    }

    /** True for Enhanced CT Image Storage (one multi-frame file). */
    public boolean isEnhanced() {
        return "1.2.840.10008.5.1.4.1.1.2.1".equals(sopClassUid);
    }
}
