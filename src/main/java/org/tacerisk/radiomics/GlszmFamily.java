package org.tacerisk.radiomics;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.tacerisk.common.Progress;

/**
 * Grey level size zone matrix features (IBSI-1 9SAK). s_ij counts the zones (connected groups of equal grey level,
 * linked within Chebyshev distance δ = {@code linkageDistance}: 8-connected in-plane, 26-connected in 3D) with
 * grey level i and size j voxels; N_s = Σ s_ij zones, N_v voxels in the intensity mask, p_ij = s_ij / N_s.
 * Aggregation: 2D (8QNN), 2.5D (62GR), 3D (KOBO), see {@link TextureAggregation}. Stateless and thread-safe.
 */
public final class GlszmFamily implements FamilyCalculator {

    private static final String PY = "original_glszm_";

    /** The 16 GLSZM features, in IBSI order. */
    static final List<TextureFeature<GreyLevelCountMatrix>> FEATURES = List.of(
            // 5QRC: (1/N_s) Σ_j s_.j / j²
            feature("Small zone emphasis", "5QRC", "SmallAreaEmphasis", m -> m.emphasis(0, -2)),
            // 48P8: (1/N_s) Σ_j j² s_.j
            feature("Large zone emphasis", "48P8", "LargeAreaEmphasis", m -> m.emphasis(0, 2)),
            // XMSY: (1/N_s) Σ_i s_i. / i²
            feature("Low grey level zone emphasis", "XMSY", "LowGrayLevelZoneEmphasis", m -> m.emphasis(-2, 0)),
            // 5GN9: (1/N_s) Σ_i i² s_i.
            feature("High grey level zone emphasis", "5GN9", "HighGrayLevelZoneEmphasis", m -> m.emphasis(2, 0)),
            // 5RAI: (1/N_s) Σ_ij s_ij / (i² j²)
            feature("Small zone low grey level emphasis", "5RAI", "SmallAreaLowGrayLevelEmphasis",
                    m -> m.emphasis(-2, -2)),
            // HW1V: (1/N_s) Σ_ij i² s_ij / j²
            feature("Small zone high grey level emphasis", "HW1V", "SmallAreaHighGrayLevelEmphasis",
                    m -> m.emphasis(2, -2)),
            // YH51: (1/N_s) Σ_ij j² s_ij / i²
            feature("Large zone low grey level emphasis", "YH51", "LargeAreaLowGrayLevelEmphasis",
                    m -> m.emphasis(-2, 2)),
            // J17V: (1/N_s) Σ_ij i² j² s_ij
            feature("Large zone high grey level emphasis", "J17V", "LargeAreaHighGrayLevelEmphasis",
                    m -> m.emphasis(2, 2)),
            // JNSA: (1/N_s) Σ_i s_i.²
            feature("Grey level non-uniformity", "JNSA", "GrayLevelNonUniformity",
                    GreyLevelCountMatrix::greyLevelNonUniformity),
            // Y1RO: (1/N_s²) Σ_i s_i.²
            feature("Normalised grey level non-uniformity", "Y1RO", "GrayLevelNonUniformityNormalized",
                    GreyLevelCountMatrix::normalisedGreyLevelNonUniformity),
            // 4JP3: (1/N_s) Σ_j s_.j²
            feature("Zone size non-uniformity", "4JP3", "SizeZoneNonUniformity",
                    GreyLevelCountMatrix::countNonUniformity),
            // VB3A: (1/N_s²) Σ_j s_.j²
            feature("Normalised zone size non-uniformity", "VB3A", "SizeZoneNonUniformityNormalized",
                    GreyLevelCountMatrix::normalisedCountNonUniformity),
            // P30P: N_s / N_v
            feature("Zone percentage", "P30P", "ZonePercentage", GreyLevelCountMatrix::percentage),
            // BYLV: Σ_ij (i − μ)² p_ij, μ = Σ_ij i p_ij
            feature("Grey level variance", "BYLV", "GrayLevelVariance", GreyLevelCountMatrix::greyLevelVariance),
            // 3NSA: Σ_ij (j − μ)² p_ij, μ = Σ_ij j p_ij
            feature("Zone size variance", "3NSA", "ZoneVariance", GreyLevelCountMatrix::countVariance),
            // GU8N: −Σ_ij p_ij log₂ p_ij
            feature("Zone size entropy", "GU8N", "ZoneEntropy", GreyLevelCountMatrix::entropy));

    public GlszmFamily() {
    }

    @Override
    public Family family() {
        return Family.GLSZM;
    }

    @Override
    public List<FeatureValue> compute(ProcessedRoi roi, FamilyContext context) {
        int linkage = context.texture().linkageDistance();
        TextureGrid grid = TextureGrid.of(roi, linkage);
        return TextureAggregation.perApproach(Family.GLSZM, FEATURES, context,
                () -> inPlane(grid, linkage, context.progress()), () -> volume(grid, linkage, context.progress()));
    }

    /** Per-slice GLSZMs (8-connected zones) and their merge. */
    static SliceMatrices<GreyLevelCountMatrix> inPlane(TextureGrid grid, int linkage, Progress progress) {
        GreyLevelZones zones = GreyLevelZones.of(grid, linkage, false, progress);
        return GreyLevelCountMatrix.inPlane(grid, zones.grey, zones.size, zones.slice, zones.count);
    }

    /** The volume GLSZM (26-connected zones). */
    static GreyLevelCountMatrix volume(TextureGrid grid, int linkage, Progress progress) {
        GreyLevelZones zones = GreyLevelZones.of(grid, linkage, true, progress);
        return GreyLevelCountMatrix.of(zones.grey, zones.size, zones.count, grid.greyLevelCount, grid.voxelCount);
    }

    private static TextureFeature<GreyLevelCountMatrix> feature(String name, String code, String py,
            ToDoubleFunction<GreyLevelCountMatrix> formula) {
        return new TextureFeature<>(name, code, PY + py, formula);
    }
}
