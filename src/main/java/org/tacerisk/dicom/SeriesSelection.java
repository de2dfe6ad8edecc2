package org.tacerisk.dicom;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tacerisk.common.BadInputException;

/** Picks the series a user means, and the structure set drawn on it, from a scanned folder. */
public final class SeriesSelection {

    private static final String RTSTRUCT = "RTSTRUCT";

    private SeriesSelection() {
    }

    /**
     * The series with {@code seriesUid}, or, when none is given, the only CT series in the index (the only image
     * series when there is no CT). Anything ambiguous is bad input with the candidates listed.
     */
    public static SeriesEntry choose(DicomIndex index, String seriesUid) {
        List<SeriesEntry> all = index.allSeries();
        if (all.isEmpty()) {
            throw new BadInputException(index.root(), "no DICOM image series found in this folder;"
                    + " check that it holds the exported CT images (run 'tacerisk dicom scan' to see what is there)");
        }
        if (seriesUid != null) {
            return index.series(seriesUid).orElseThrow(() -> new BadInputException(index.root(),
                    "no series with UID " + seriesUid + " here; available: " + describe(all)));
        }
        List<SeriesEntry> ct = all.stream().filter(s -> "CT".equals(s.modality())).toList();
        List<SeriesEntry> candidates = ct.isEmpty() ? all : ct;
        if (candidates.size() > 1) {
            throw new BadInputException(index.root(), "this folder holds " + candidates.size()
                    + " image series; choose one with --series UID: " + describe(candidates));
        }
        return candidates.get(0);
    }

    /** The RTSTRUCT in the index that references {@code series}, when there is exactly one. */
    public static Optional<NonImageObject> structureSetFor(DicomIndex index, SeriesEntry series) {
        List<NonImageObject> matches = index.nonImageObjects().stream()
                .filter(o -> RTSTRUCT.equals(o.modality()))
                .filter(o -> o.referencedSeriesUids().contains(series.seriesInstanceUid()))
                .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private static String describe(List<SeriesEntry> series) {
        return series.stream()
                .map(s -> "#" + (s.seriesNumber() == null ? "-" : s.seriesNumber()) + " \""
                        + (s.seriesDescription() == null ? "" : s.seriesDescription()) + "\" " + s.modality() + " "
                        + s.instanceCount() + " images, UID " + s.seriesInstanceUid())
                .collect(Collectors.joining("; "));
    }
}
