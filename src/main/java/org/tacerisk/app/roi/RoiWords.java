package org.tacerisk.app.roi;

import java.util.List;
import org.tacerisk.app.viewer.ViewerText;
import org.tacerisk.roi.AxialDiameters;
import org.tacerisk.roi.RoiAction;
import org.tacerisk.roi.RoiStats;
import org.tacerisk.roi.UndoHistory;

/** The ROI tools' text from the shell's bundle: notices, undo steps and measurements in words (no JavaFX). */
final class RoiWords {

    /** One row of the measurement panel. */
    record Row(String label, String value) {
    }

    private final ViewerText text;

    RoiWords(ViewerText text) {
        this.text = text;
    }

    String get(String key, Object... args) {
        return text.get(key, args);
    }

    String notice(Notice n) {
        return text.get(n.key(), n.args());
    }

    String action(RoiAction a) {
        return text.get("roi.action." + a.name());
    }

    /** "Undo: brush (37 steps, 1.2 MB)", or "Nothing to undo". */
    String undo(UndoHistory history) {
        UndoHistory.Usage u = history.usage();
        String memory = u.bytes() < 1_000_000 ? text.get("roi.memory.kb", u.bytes() / 1e3)
                : text.get("roi.memory.mb", u.bytes() / 1e6);
        return history.nextUndo().map(a -> text.get("roi.undo.next", action(a), u.undoSteps(), memory))
                .orElse(text.get("roi.undo.none"));
    }

    /** "Redo: polygon", or "Nothing to redo". */
    String redo(UndoHistory history) {
        return history.nextRedo().map(a -> text.get("roi.redo.next", action(a))).orElse(text.get("roi.redo.none"));
    }

    /**
     * The measurement rows: volume (mL, one decimal), voxels, mean ± SD HU (integers), the longest axial diameter
     * and its perpendicular (mm, one decimal) with the slice (1-based, as the viewer counts), the maximum 3D
     * diameter. {@code diameter3d} is shown as given (the panel keeps the last one while a stroke is open).
     */
    List<Row> rows(RoiStats s, String diameter3d) {
        String none = text.get("roi.measure.none");
        boolean empty = s.voxelCount() == 0;
        AxialDiameters a = s.axial();
        return List.of(
                new Row(text.get("roi.measure.volume"), empty ? none : text.get("roi.measure.volumeValue",
                        s.volumeMl())),
                new Row(text.get("roi.measure.voxels"), text.get("roi.measure.voxelsValue", s.voxelCount())),
                new Row(text.get("roi.measure.hu"), empty ? none : Double.isNaN(s.sdHu())
                        ? text.get("roi.measure.huMean", Math.round(s.meanHu()))
                        : text.get("roi.measure.huValue", Math.round(s.meanHu()), Math.round(s.sdHu()))),
                new Row(text.get("roi.measure.axial"), a == null ? none : text.get("roi.measure.axialValue",
                        a.longAxis().lengthMm(), a.shortAxis().lengthMm())),
                new Row(text.get("roi.measure.axialSlice"), a == null ? none : String.valueOf(a.slice() + 1)),
                new Row(text.get("roi.measure.max3d"), diameter3d));
    }

    /** The maximum 3D diameter in words ("40.1 mm"; a dash when empty). */
    String diameter3d(double mm) {
        return Double.isNaN(mm) ? text.get("roi.measure.none") : text.get("roi.measure.mm", mm);
    }
}
