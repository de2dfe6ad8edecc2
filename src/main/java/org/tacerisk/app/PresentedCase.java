package org.tacerisk.app;

import java.io.IOException;
import java.nio.file.Path;
import org.tacerisk.casefile.CaseContents;
import org.tacerisk.casefile.CaseFile;
import org.tacerisk.casefile.OpenedCase;
import org.tacerisk.casefile.SeriesLocator;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Progress;
import org.tacerisk.dicom.DicomScanner;
import org.tacerisk.dicom.LoadedSeries;
import org.tacerisk.dicom.SeriesEntry;
import org.tacerisk.dicom.SeriesLoader;
import org.tacerisk.image.Mask;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.predict.CasePrediction;
import org.tacerisk.predict.CasePredictor;

/**
 * One saved case as the presentation mode shows it, read without JavaFX: the series and outline from the case
 * file (the series found by its UIDs in the saved folder), and the prediction recomputed by step 2 from the saved
 * measurement and values with the loaded bundle — never step 1, so a tumour board sees exactly the saved case.
 *
 * @param file       the case file
 * @param series     the CT series, or null when its folder is gone
 * @param tumour     the outline on that series, or null
 * @param prediction step 2 with the loaded bundle, or null when the case was measured with another bundle version
 * @param problem    why the series or the prediction is missing, in words, or null
 */
record PresentedCase(Path file, LoadedSeries series, Mask tumour, CasePrediction prediction, String problem) {

    static PresentedCase read(Path file, ModelBundle bundle, Messages text, Progress progress) throws IOException {
        OpenedCase opened = CaseFile.open(file);
        CaseContents c = opened.contents();
        CasePrediction prediction = null;
        String problem = null;
        if (c.measurement() != null && c.measurement().manifestSha256().equals(bundle.manifestSha256())) {
            try (CasePredictor predictor = CasePredictor.open(bundle)) {
                prediction = predictor.predict(c.measurement(), c.enteredInPredictorUnits(bundle.manifest()));
            }
        } else {
            problem = text.get("present.otherBundle", c.bundle().name(), c.bundle().version());
        }
        LoadedSeries series = null;
        Mask tumour = null;
        try {
            SeriesEntry entry = SeriesLocator.find(DicomScanner.scan(c.series().dicomFolder()), c.series())
                    .orElse(null);
            if (entry != null) {
                series = SeriesLoader.load(entry, progress);
                tumour = opened.mask(series.volume().geometry());
            }
        } catch (IOException | BadInputException e) {
            series = null;
        }
        if (series == null) {
            problem = text.get("present.seriesMissing", c.series().dicomFolder());
        }
        return new PresentedCase(file, series, tumour, prediction, problem);
    }
}
