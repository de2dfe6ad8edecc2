package org.tacerisk.predict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tacerisk.cohort.synth.SynthSize;
import org.tacerisk.cohort.synth.SyntheticCohortWriter;
import org.tacerisk.cohort.synth.SyntheticPatient;
import org.tacerisk.common.Progress;
import org.tacerisk.dicom.DicomConversion;
import org.tacerisk.dicom.DicomIndex;
import org.tacerisk.dicom.DicomScanner;
import org.tacerisk.model.PredictorSpecification;

/**
 * The shipped demo case, as one call for {@code tacerisk demo} and the workstation's "Open demo case": one SYNTHETIC
 * patient of the demo model's test cohort (never used to train it) written as a PACS export would look (CT as DICOM,
 * tumour as RTSTRUCT), scanned and converted exactly as a user's series, then — with a bundle — measured and
 * predicted with the clinical values the bundle takes. The steps a radiologist's case goes through.
 */
public final class DemoCase {

    /** The demo model's cohort (docs/demo-model.md): seed, size and the patient shown, from its test cohort. */
    public static final long SEED = 20261127L;
    public static final int PATIENTS = 475;
    public static final int PATIENT = 300;

    /**
     * What the demo wrote and computed.
     *
     * @param patient     the synthetic patient (its clinical values)
     * @param dicom       the folder of its CT series and structure set
     * @param index       that folder scanned
     * @param conversion  the series and tumour as NIfTI ({@code ct.nii.gz}, {@code tumour.nii.gz})
     * @param entered     the clinical values given to the model: those it takes, and the tumour size, which the
     *                    prediction checks against the mask
     * @param measurement step 1 of the prediction, or null without a bundle
     * @param prediction  step 2, or null without a bundle
     */
    public record Opened(SyntheticPatient patient, Path dicom, DicomIndex index, DicomConversion.Result conversion,
            Map<String, Double> entered, CaseMeasurement measurement, CasePrediction prediction) {
    }

    private DemoCase() {
    }

    /**
     * Writes the demo case into {@code out} and, when {@code predictor} is not null, predicts it.
     *
     * @throws org.tacerisk.common.Cancelled when cancelled; the files written so far stay (each one complete)
     */
    public static Opened open(Path out, CasePredictor predictor, Progress progress) throws IOException {
        progress.checkCancelled();
        Files.createDirectories(out);
        progress.report("writing the synthetic patient", 0);
        SyntheticPatient p = SyntheticCohortWriter.writeOne(out, SEED, PATIENTS, PATIENT, SynthSize.FULL);
        Path dicom = out.resolve(SyntheticCohortWriter.imagePath(p));
        progress.checkCancelled();
        progress.report("scanning the DICOM folder", 0.2);
        DicomIndex index = DicomScanner.scan(dicom);
        progress.checkCancelled();
        progress.report("converting the series and the tumour outline", 0.3);
        DicomConversion.Result conversion = DicomConversion.convert(new DicomConversion.Request(dicom, null,
                out.resolve("ct.nii.gz"), null, null, out.resolve("tumour.nii.gz")));
        progress.checkCancelled();
        Map<String, Double> entered = entered(p, predictor);
        if (predictor == null) {
            progress.report("written", 1);
            return new Opened(p, dicom, index, conversion, entered, null, null);
        }
        CaseMeasurement measured = predictor.measure(conversion.loaded().volume(), conversion.mask(),
                progress.slice(0.4, 0.99));
        CasePrediction prediction = predictor.predict(measured, entered);
        progress.report("predicted", 1);
        return new Opened(p, dicom, index, conversion, entered, measured, prediction);
    }

    /** The patient's clinical values the bundle takes, and the tumour size; all three without a bundle. */
    private static Map<String, Double> entered(SyntheticPatient p, CasePredictor predictor) {
        Map<String, Double> all = new LinkedHashMap<>();
        all.put(CasePredictor.TUMOUR_SIZE, p.tumourSizeCm());
        all.put("nodules", (double) p.nodules());
        all.put("afp_ng_ml", p.afpNgMl());
        if (predictor == null) {
            return all;
        }
        Map<String, Double> entered = new LinkedHashMap<>();
        all.forEach((id, v) -> {
            PredictorSpecification spec = predictor.bundle().manifest().predictor(id);
            boolean used = spec != null && predictor.bundle().predictor().predictors().contains(spec);
            boolean entry = used && spec.source() == PredictorSpecification.Source.ENTERED;
            // the size is also the size check's input, unless the model measures it from the ROI itself
            if (entry || (id.equals(CasePredictor.TUMOUR_SIZE) && !used)) {
                entered.put(id, v);
            }
        });
        return entered;
    }
}
