package org.tacerisk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Finding;
import org.tacerisk.common.Progress;
import org.tacerisk.dicom.DicomFindings;
import org.tacerisk.dicom.DicomIndex;
import org.tacerisk.dicom.DicomScanner;
import org.tacerisk.dicom.SeriesEntry;

/**
 * A DICOM folder as the series browser shows it: the scanner's index and a thumbnail of each series. No JavaFX.
 *
 * @param previews thumbnails by SeriesInstanceUID (missing where none could be made)
 */
public record OpenedFolder(DicomIndex index, Map<String, SeriesPreview> previews) {

    /** The part of the range the header scan takes; the thumbnails take the rest. */
    private static final double HEADERS = 0.8;

    public OpenedFolder {
        previews = Map.copyOf(previews);
    }

    /** The folder a dropped or chosen path stands for: a file stands for the folder it is in. */
    public static Path folderOf(Path chosen) {
        Path absolute = chosen.toAbsolutePath().normalize();
        return Files.isRegularFile(absolute) && absolute.getParent() != null ? absolute.getParent() : absolute;
    }

    /**
     * Scans {@code folder} and makes the thumbnails.
     *
     * @throws BadInputException when the folder holds no DICOM image series (naming what it holds instead)
     */
    public static OpenedFolder scan(Path folder, Messages text, Progress progress) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString());
        }
        DicomIndex index = DicomScanner.scan(folder, progress.slice(0, HEADERS));
        List<SeriesEntry> series = index.allSeries();
        if (series.isEmpty()) {
            throw new BadInputException(folder, noSeries(index, text), index.findings(), null);
        }
        Map<String, SeriesPreview> previews = new LinkedHashMap<>();
        Progress thumbnails = progress.slice(HEADERS, 1);
        for (int n = 0; n < series.size(); n++) {
            thumbnails.checkCancelled();
            thumbnails.report(text.get("work.previews", n + 1, series.size()), (double) n / series.size());
            SeriesPreview p = SeriesPreview.of(series.get(n), Progress.NONE);
            if (p != null) {
                previews.put(series.get(n).seriesInstanceUid(), p);
            }
        }
        return new OpenedFolder(index, previews);
    }

    /** Why there is nothing to show: no files, no DICOM files, unreadable ones, or only non-image objects. */
    static String noSeries(DicomIndex index, Messages text) {
        long unreadable = index.findings().stream().filter(f -> !f.code().equals(DicomFindings.NOT_DICOM)).count();
        long notDicom = index.findings().stream().map(Finding::code).filter(DicomFindings.NOT_DICOM::equals).count();
        if (!index.nonImageObjects().isEmpty()) {
            return text.get("problem.onlyNonImage", index.nonImageObjects().size());
        }
        if (unreadable > 0) {
            return text.get("problem.noSeriesUnreadable", unreadable, notDicom);
        }
        return notDicom > 0 ? text.get("problem.noDicom", notDicom) : text.get("problem.emptyFolder");
    }
}
