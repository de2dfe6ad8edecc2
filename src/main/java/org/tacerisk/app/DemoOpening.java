package org.tacerisk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.tacerisk.common.Progress;
import org.tacerisk.dicom.DicomConversion;
import org.tacerisk.dicom.LoadedSeries;
import org.tacerisk.dicom.SeriesEntry;
import org.tacerisk.image.Mask;
import org.tacerisk.predict.DemoCase;

/**
 * "Open demo case": the SYNTHETIC demo patient written by {@link DemoCase#open} (the call behind
 * {@code tacerisk demo}) into the application's data folder, with its series loaded and its tumour read from the
 * RTSTRUCT, as a user's folder would be. No JavaFX.
 *
 * @param folder the demo's DICOM folder as the browser shows it
 * @param series the CT series
 * @param loaded the series loaded
 * @param mask   the tumour from the structure set, on the series' grid
 */
public record DemoOpening(OpenedFolder folder, SeriesEntry series, LoadedSeries loaded, Mask mask) {

    /** The demo's folder inside the application's data folder. */
    public static final String FOLDER = "demo";

    public static DemoOpening open(Path dataFolder, Progress progress) throws IOException {
        DemoCase.Opened demo = DemoCase.open(dataFolder.resolve(FOLDER), null, progress);
        DicomConversion.Result c = demo.conversion();
        SeriesPreview preview = SeriesPreview.of(c.loaded().volume(), c.loaded().volume().geometry().nz() / 2);
        OpenedFolder folder = new OpenedFolder(demo.index(), Map.of(c.series().seriesInstanceUid(), preview));
        return new DemoOpening(folder, c.series(), c.loaded(), c.mask());
    }
}
