package org.tacerisk.radiomics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of an extraction as PyRadiomics 3.1.0 reports them ({@link Conventions#PYRADIOMICS}): only the
 * features PyRadiomics has, under its names ({@code <imageType>_<class>_<Feature>}), those of the file's
 * {@code featureClass} selection, and the few whose PyRadiomics formula differs from IBSI's derived from the IBSI
 * values (docs/pyradiomics.md lists each):
 * <ul>
 *   <li>firstorder Kurtosis = m₄/m₂² (IBSI: the excess kurtosis, m₄/m₂² − 3);</li>
 *   <li>firstorder Energy = Σ (x + c)², TotalEnergy = V_voxel · Energy, RootMeanSquared = √(Energy / N), with c
 *       PyRadiomics' voxelArrayShift (IBSI: c = 0, no total energy);</li>
 *   <li>shape Major/Minor/LeastAxisLength = 4√λ with λ the eigenvalues of the population covariance (N in the
 *       denominator) of the voxel centres; TACE-Risk's IBSI values use the sample covariance (N − 1), so they are
 *       scaled by √((N − 1) / N);</li>
 *   <li>glcm Idn and Idmn: IBSI's normalised inverse difference (moment) with N_g the highest grey level, which in
 *       these conventions is PyRadiomics' N_g (3D directions averaged).</li>
 * </ul>
 */
final class PyRadiomicsFeatures {

    private PyRadiomicsFeatures() {
    }

    static RadiomicsResult apply(RadiomicsResult result, RadiomicsSettings settings) {
        ProcessingDiagnostics d = result.diagnostics();
        double[] spacing = d.processedSpacing();
        double voxelVolume = spacing[0] * spacing[1] * spacing[2];
        long voxels = d.afterOutliers().voxels();
        long shapeVoxels = d.interpolated().voxels();
        double populationCovariance = shapeVoxels > 1 ? Math.sqrt((double) (shapeVoxels - 1) / shapeVoxels) : 1;
        PyRadiomicsOptions options = settings.pyradiomics();
        List<FeatureValue> out = new ArrayList<>();
        for (String type : result.imageTypes()) {
            List<FeatureValue> values = result.features(type);
            Map<String, FeatureValue> byCode = new HashMap<>();
            for (FeatureValue v : values) {
                byCode.putIfAbsent(v.ibsiCode() + "|" + v.aggregationCode(), v);
            }
            for (FeatureValue v : values) {
                for (FeatureValue named : named(v, byCode, options.voxelArrayShift(), voxels, voxelVolume,
                        populationCovariance)) {
                    if (wanted(named, options)) {
                        out.add(named);
                    }
                }
            }
        }
        return new RadiomicsResult(out, d);
    }

    /** The PyRadiomics values {@code v} stands for: itself when named, renamed or derived ones, or none. */
    private static List<FeatureValue> named(FeatureValue v, Map<String, FeatureValue> byCode, double shift,
            long voxels, double voxelVolume, double populationCovariance) {
        String prefix = v.imageType() + "_";
        switch (v.ibsiCode() + "|" + v.aggregationCode()) {
            case "IPH6|" -> {
                return List.of(rename(v, prefix + "firstorder_Kurtosis", v.value() + 3));
            }
            case "N8CA|" -> {
                double energy = shifted(v.value(), byCode.get("Q4LE|"), shift, voxels);
                return List.of(rename(v, v.pyradiomicsName(), energy),
                        rename(v, prefix + "firstorder_TotalEnergy", voxelVolume * energy));
            }
            case "5ZWQ|" -> {
                FeatureValue energy = byCode.get("N8CA|");
                if (shift == 0 || energy == null) {
                    return List.of(v);
                }
                return List.of(rename(v, v.pyradiomicsName(), Math.sqrt(shifted(energy.value(),
                        byCode.get("Q4LE|"), shift, voxels) / voxels)));
            }
            case "TDIC|", "P9VJ|", "7J51|" -> {
                return List.of(rename(v, v.pyradiomicsName(), v.value() * populationCovariance));
            }
            case "NDRX|" + TextureAggregation.AVERAGED_3D -> {
                return List.of(rename(v, prefix + "glcm_Idn", v.value()));
            }
            case "1QCO|" + TextureAggregation.AVERAGED_3D -> {
                return List.of(rename(v, prefix + "glcm_Idmn", v.value()));
            }
            default -> {
                return v.pyradiomicsName().isEmpty() ? List.of() : List.of(v);
            }
        }
    }

    /** Σ (x + c)² = Σ x² + 2cNμ + Nc². */
    private static double shifted(double energy, FeatureValue mean, double shift, long voxels) {
        if (shift == 0 || mean == null) {
            return energy;
        }
        return energy + 2 * shift * voxels * mean.value() + voxels * shift * shift;
    }

    private static FeatureValue rename(FeatureValue v, String name, double value) {
        return new FeatureValue(v.family(), v.feature(), v.ibsiCode(), v.aggregationCode(), v.variant(), name, value,
                Double.isNaN(value) ? v.undefinedReason() : "", v.imageType());
    }

    /** Whether the {@code featureClass} selection keeps the value ({@code <type>_<class>_<Feature>}). */
    private static boolean wanted(FeatureValue v, PyRadiomicsOptions options) {
        String rest = v.pyradiomicsName().substring(v.imageType().length() + 1);
        int cut = rest.indexOf('_');
        return cut > 0 && options.wants(rest.substring(0, cut), rest.substring(cut + 1));
    }
}
