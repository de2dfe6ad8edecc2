package org.tacerisk.features;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.common.Progress;
import org.tacerisk.deep.DeepInference;
import org.tacerisk.deep.DeepModel;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;
import org.tacerisk.radiomics.RadiomicsExtractor;
import org.tacerisk.radiomics.RadiomicsResult;
import org.tacerisk.radiomics.RadiomicsSettings;

/**
 * The features of one tumour under the column names of the wide feature table ({@link FeatureNames}): radiomics
 * with the given settings, then {@code deep_prob}, {@code deep_f001}, ... when a deep model is given. This is the
 * one code path both {@code cohort extract} and single-patient prediction use, so a patient's features carry
 * exactly the names (and values) of the training table's columns.
 */
public final class CaseFeatureExtraction {

    private CaseFeatureExtraction() {
    }

    /**
     * @param settings radiomics settings (e.g. the bundle's)
     * @param model    a loaded deep model, or null for radiomics only
     * @return column name → value, in column order; NaN where a feature is undefined for this tumour
     */
    public static Map<String, Double> extract(Volume ct, Mask tumour, RadiomicsSettings settings, DeepModel model) {
        return extract(ct, tumour, settings, model, Progress.NONE);
    }

    /**
     * As {@link #extract(Volume, Mask, RadiomicsSettings, DeepModel)}, reporting to {@code progress} (radiomics
     * most of the range, the deep model the rest) and stopping with {@link org.tacerisk.common.Cancelled} when it
     * is cancelled.
     */
    public static Map<String, Double> extract(Volume ct, Mask tumour, RadiomicsSettings settings, DeepModel model,
            Progress progress) {
        double radiomicsShare = model == null ? 1 : 0.9;
        RadiomicsResult radiomics = RadiomicsExtractor.extract(ct, tumour, settings,
                progress.slice(0, radiomicsShare));
        List<String> names = FeatureNames.radiomics(radiomics.features());
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            out.put(names.get(i), radiomics.features().get(i).value());
        }
        if (model != null) {
            DeepInference.Result deep = DeepInference.infer(model, ct, tumour, progress.slice(radiomicsShare, 1));
            List<String> deepNames = FeatureNames.deep(deep.output());
            out.put(deepNames.get(0), deep.output().probability());
            float[] f = deep.output().features();
            for (int i = 0; i < f.length; i++) {
                out.put(deepNames.get(i + 1), (double) f[i]);
            }
        }
        return out;
    }
}
