package org.tacerisk.radiomics;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features of PyRadiomics 3.1.0's default feature classes (those enabled when a class is given with an empty
 * list), by class, and the TACE-Risk families that compute them. Deprecated PyRadiomics features (shape
 * Compactness1/2, SphericalDisproportion, firstorder StandardDeviation, glcm SumVariance/Homogeneity/Dissimilarity)
 * and the shape2D class are not computed and are refused by name.
 */
final class PyRadiomicsNames {

    static final Map<String, List<String>> FEATURES = new LinkedHashMap<>();

    static {
        FEATURES.put("shape", List.of("Elongation", "Flatness", "LeastAxisLength", "MajorAxisLength",
                "Maximum2DDiameterColumn", "Maximum2DDiameterRow", "Maximum2DDiameterSlice", "Maximum3DDiameter",
                "MeshVolume", "MinorAxisLength", "Sphericity", "SurfaceArea", "SurfaceVolumeRatio", "VoxelVolume"));
        FEATURES.put("firstorder", List.of("10Percentile", "90Percentile", "Energy", "Entropy", "InterquartileRange",
                "Kurtosis", "Maximum", "MeanAbsoluteDeviation", "Mean", "Median", "Minimum", "Range",
                "RobustMeanAbsoluteDeviation", "RootMeanSquared", "Skewness", "TotalEnergy", "Uniformity",
                "Variance"));
        FEATURES.put("glcm", List.of("Autocorrelation", "ClusterProminence", "ClusterShade", "ClusterTendency",
                "Contrast", "Correlation", "DifferenceAverage", "DifferenceEntropy", "DifferenceVariance", "Id", "Idm",
                "Idmn", "Idn", "Imc1", "Imc2", "InverseVariance", "JointAverage", "JointEnergy", "JointEntropy", "MCC",
                "MaximumProbability", "SumAverage", "SumEntropy", "SumSquares"));
        FEATURES.put("glrlm", List.of("GrayLevelNonUniformity", "GrayLevelNonUniformityNormalized",
                "GrayLevelVariance", "HighGrayLevelRunEmphasis", "LongRunEmphasis", "LongRunHighGrayLevelEmphasis",
                "LongRunLowGrayLevelEmphasis", "LowGrayLevelRunEmphasis", "RunEntropy", "RunLengthNonUniformity",
                "RunLengthNonUniformityNormalized", "RunPercentage", "RunVariance", "ShortRunEmphasis",
                "ShortRunHighGrayLevelEmphasis", "ShortRunLowGrayLevelEmphasis"));
        FEATURES.put("glszm", List.of("GrayLevelNonUniformity", "GrayLevelNonUniformityNormalized",
                "GrayLevelVariance", "HighGrayLevelZoneEmphasis", "LargeAreaEmphasis", "LargeAreaHighGrayLevelEmphasis",
                "LargeAreaLowGrayLevelEmphasis", "LowGrayLevelZoneEmphasis", "SizeZoneNonUniformity",
                "SizeZoneNonUniformityNormalized", "SmallAreaEmphasis", "SmallAreaHighGrayLevelEmphasis",
                "SmallAreaLowGrayLevelEmphasis", "ZoneEntropy", "ZonePercentage", "ZoneVariance"));
        FEATURES.put("gldm", List.of("DependenceEntropy", "DependenceNonUniformity",
                "DependenceNonUniformityNormalized", "DependenceVariance", "GrayLevelNonUniformity",
                "GrayLevelVariance", "HighGrayLevelEmphasis", "LargeDependenceEmphasis",
                "LargeDependenceHighGrayLevelEmphasis", "LargeDependenceLowGrayLevelEmphasis", "LowGrayLevelEmphasis",
                "SmallDependenceEmphasis", "SmallDependenceHighGrayLevelEmphasis",
                "SmallDependenceLowGrayLevelEmphasis"));
        FEATURES.put("ngtdm", List.of("Busyness", "Coarseness", "Complexity", "Contrast", "Strength"));
    }

    private PyRadiomicsNames() {
    }

    /** The families that compute a PyRadiomics class (firstorder's Entropy and Uniformity come from the histogram). */
    static Set<Family> families(String pyClass) {
        return switch (pyClass) {
            case "shape" -> EnumSet.of(Family.MORPHOLOGY);
            case "firstorder" -> EnumSet.of(Family.INTENSITY_STATISTICS, Family.INTENSITY_HISTOGRAM);
            case "glcm" -> EnumSet.of(Family.GLCM);
            case "glrlm" -> EnumSet.of(Family.GLRLM);
            case "glszm" -> EnumSet.of(Family.GLSZM);
            case "gldm" -> EnumSet.of(Family.NGLDM);
            case "ngtdm" -> EnumSet.of(Family.NGTDM);
            default -> throw new IllegalArgumentException(pyClass);
        };
    }
}
