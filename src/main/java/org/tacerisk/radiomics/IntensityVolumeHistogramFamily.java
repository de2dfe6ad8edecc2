package org.tacerisk.radiomics;

import java.util.ArrayList;
import java.util.List;

/**
 * IBSI-1 intensity-volume histogram features (P88C) over the whole 3D ROI (DHQ4), discretised as
 * {@link FamilyContext#ivh()} says (see {@link IntensityVolumeHistogram}). V10/V90 and I10/I90 share an IBSI code
 * and are told apart by the variant. PyRadiomics has no IVH features. Stateless.
 */
public final class IntensityVolumeHistogramFamily implements FamilyCalculator {

    private static final Family F = Family.INTENSITY_VOLUME_HISTOGRAM;

    static final FeatureSpec VOLUME_AT = new FeatureSpec(F, "Volume at intensity fraction", "BC2M", "");
    static final FeatureSpec INTENSITY_AT = new FeatureSpec(F, "Intensity at volume fraction", "GBPN", "");
    static final FeatureSpec VOLUME_DIFFERENCE = new FeatureSpec(F,
            "Volume fraction difference between intensity fractions", "DDTU", "");
    static final FeatureSpec INTENSITY_DIFFERENCE = new FeatureSpec(F,
            "Intensity fraction difference between volume fractions", "CNV2", "");
    static final FeatureSpec AREA = new FeatureSpec(F, "Area under the IVH curve", "9CMM", "");

    static final List<FeatureSpec> SPECS = List.of(VOLUME_AT, INTENSITY_AT, VOLUME_DIFFERENCE, INTENSITY_DIFFERENCE,
            AREA);

    public IntensityVolumeHistogramFamily() {
    }

    @Override
    public Family family() {
        return F;
    }

    @Override
    public List<FeatureValue> compute(ProcessedRoi roi, FamilyContext context) {
        IntensityVolumeHistogram ivh;
        try {
            ivh = IntensityVolumeHistogram.of(roi, context.ivh());
        } catch (IllegalArgumentException e) {
            return allUndefined(e.getMessage());
        }
        double v10 = ivh.volumeAtIntensityFraction(0.10);
        double v90 = ivh.volumeAtIntensityFraction(0.90);
        double i10 = ivh.intensityAtVolumeFraction(0.10, context.progress());
        double i90 = ivh.intensityAtVolumeFraction(0.90, context.progress());
        List<FeatureValue> out = new ArrayList<>();
        // BC2M  V_x: largest volume fraction ν with intensity fraction γ ≥ x
        out.add(VOLUME_AT.value("", "V10", v10, ""));
        out.add(VOLUME_AT.value("", "V90", v90, ""));
        // GBPN  I_x: smallest discretised intensity i with volume fraction ν_i ≤ x
        out.add(INTENSITY_AT.value("", "I10", i10, ""));
        out.add(INTENSITY_AT.value("", "I90", i90, ""));
        // DDTU  V10 − V90
        out.add(VOLUME_DIFFERENCE.value("", "V10-V90", v10 - v90, ""));
        // CNV2  I10 − I90
        out.add(INTENSITY_DIFFERENCE.value("", "I10-I90", i10 - i90, ""));
        // 9CMM  area under ν(γ), trapezoidal rule; 0 when G is one intensity
        out.add(AREA.value("", "", ivh.areaUnderCurve(context.progress()), ""));
        return out;
    }

    private static List<FeatureValue> allUndefined(String reason) {
        return List.of(VOLUME_AT.undefined("", "V10", reason), VOLUME_AT.undefined("", "V90", reason),
                INTENSITY_AT.undefined("", "I10", reason), INTENSITY_AT.undefined("", "I90", reason),
                VOLUME_DIFFERENCE.undefined("", "V10-V90", reason),
                INTENSITY_DIFFERENCE.undefined("", "I10-I90", reason), AREA.undefined("", "", reason));
    }
}
