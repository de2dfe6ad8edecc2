package org.tacerisk.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import org.tacerisk.dicom.CtSeriesWriter;
import org.tacerisk.dicom.CtWriteOptions;
import org.tacerisk.dicom.SeriesReference;
import org.tacerisk.image.Volume;

/**
 * A DICOM folder as a PACS export of a multiphase CT arrives: two CT series of one study, series 2 "ART" and
 * series 3 "PV", both the same volume, in sub-folders art/ and pv/.
 */
public final class TwoSeriesFolder {

    /** The folder and the two series written into it. */
    public record Written(Path folder, SeriesReference arterial, SeriesReference venous) {
    }

    private TwoSeriesFolder() {
    }

    public static Written write(Volume ct, Path folder) throws IOException {
        CtWriteOptions study = CtWriteOptions.builder()
                .study("2.25.31415926", "20240101", "120000", "1", "", "CT abdomen multiphase").build();
        SeriesReference art = CtSeriesWriter.write(ct, folder.resolve("art"), study.toBuilder()
                .series(null, 2, "ART", "2.25.2718281").build());
        SeriesReference pv = CtSeriesWriter.write(ct, folder.resolve("pv"), study.toBuilder()
                .series(null, 3, "PV", "2.25.2718281").build());
        return new Written(folder, art, pv);
    }
}
