package org.tacerisk.dicom;

import java.util.List;
import java.util.Optional;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.ChoiceRequiredException;
import org.tacerisk.common.ChoiceRequiredException.Choice;
import org.tacerisk.common.ChoiceRequiredException.Subject;

/** Picks the series a user means, and the structure set drawn on it, from a scanned folder. */
public final class SeriesSelection {

    private static final String RTSTRUCT = "RTSTRUCT";

    private SeriesSelection() {
    }

    /**
     * The series {@code choice} names, by SeriesInstanceUID or by SeriesNumber (when no other series shares that
     * number), or, when none is given, the only CT series in the index (the only image series when there is no CT).
     *
     * @throws ChoiceRequiredException when several series qualify and none is chosen, or the choice names none (or
     *                                 a number that several share); the choices list number, description, modality
     *                                 and image count
     */
    public static SeriesEntry choose(DicomIndex index, String choice) {
        List<SeriesEntry> all = index.allSeries();
        if (all.isEmpty()) {
            throw new BadInputException(index.root(), "no DICOM image series found in this folder;"
                    + " check that it holds the exported CT images (run 'tacerisk dicom scan' to see what is there)");
        }
        String wanted = choice == null ? "" : choice.trim();
        if (!wanted.isEmpty()) {
            return chosen(index, all, wanted);
        }
        List<SeriesEntry> ct = all.stream().filter(s -> "CT".equals(s.modality())).toList();
        List<SeriesEntry> candidates = ct.isEmpty() ? all : ct;
        if (candidates.size() > 1) {
            throw new ChoiceRequiredException(index.root(), Subject.SERIES, null, "this folder holds "
                    + candidates.size() + (ct.isEmpty() ? " image series" : " CT series"), choices(candidates, all));
        }
        return candidates.get(0);
    }

    private static SeriesEntry chosen(DicomIndex index, List<SeriesEntry> all, String wanted) {
        Optional<SeriesEntry> byUid = index.series(wanted);
        if (byUid.isPresent()) {
            return byUid.get();
        }
        List<SeriesEntry> byNumber = all.stream()
                .filter(s -> s.seriesNumber() != null && wanted.equals(String.valueOf(s.seriesNumber()))).toList();
        if (byNumber.size() == 1) {
            return byNumber.get(0);
        }
        if (byNumber.size() > 1) {
            throw new ChoiceRequiredException(index.root(), Subject.SERIES, wanted, byNumber.size() + " series have"
                    + " the number " + wanted + "; choose one by its UID", choices(byNumber, all));
        }
        throw new ChoiceRequiredException(index.root(), Subject.SERIES, wanted, "no series with the UID or number "
                + wanted + " here", choices(all, all));
    }

    /** Each series as a choice: its number where that alone picks it in {@code all}, else its UID. */
    private static List<Choice> choices(List<SeriesEntry> series, List<SeriesEntry> all) {
        return series.stream().map(s -> new Choice(uniqueNumber(s, all) ? String.valueOf(s.seriesNumber())
                : s.seriesInstanceUid(), describe(s))).toList();
    }

    private static boolean uniqueNumber(SeriesEntry s, List<SeriesEntry> all) {
        return s.seriesNumber() != null && all.stream().filter(o -> s.seriesNumber().equals(o.seriesNumber()))
                .count() == 1;
    }

    /** {@code series 3 "ART 1.25mm": CT, 212 images, UID 1.2.3}. */
    static String describe(SeriesEntry s) {
        return "series " + (s.seriesNumber() == null ? "(no number)" : s.seriesNumber()) + " \""
                + (s.seriesDescription() == null ? "" : s.seriesDescription()) + "\": " + s.modality() + ", "
                + s.instanceCount() + (s.instanceCount() == 1 ? " image" : " images")
                + (s.frameCount() != s.instanceCount() ? " (" + s.frameCount() + " frames)" : "") + ", UID "
                + s.seriesInstanceUid();
    }

    /**
     * The RTSTRUCT in the index drawn on {@code series}: the one that references the series by UID, else (as after
     * re-anonymising, which renews series UIDs) the one that references its frame of reference and no series of
     * the index; empty when there is none, or several (see {@link #structureSets}).
     */
    public static Optional<NonImageObject> structureSetFor(DicomIndex index, SeriesEntry series) {
        List<NonImageObject> matches = structureSets(index, series);
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** Every RTSTRUCT drawn on {@code series}, found as {@link #structureSetFor} finds one. */
    public static List<NonImageObject> structureSets(DicomIndex index, SeriesEntry series) {
        List<NonImageObject> rtstructs = index.nonImageObjects().stream()
                .filter(o -> RTSTRUCT.equals(o.modality())).toList();
        List<NonImageObject> bySeries = rtstructs.stream()
                .filter(o -> o.referencedSeriesUids().contains(series.seriesInstanceUid())).toList();
        if (!bySeries.isEmpty() || series.frameOfReferenceUid() == null) {
            return bySeries;
        }
        // Series of one study often share a frame (arterial and venous phases): a structure set that names one of
        // them by UID belongs to that one, not to every series of its frame.
        return rtstructs.stream().filter(o -> series.frameOfReferenceUid().equals(o.referencedFrameOfReferenceUid()))
                .filter(o -> o.referencedSeriesUids().stream().allMatch(uid -> index.series(uid).isEmpty()))
                .toList();
    }
}
