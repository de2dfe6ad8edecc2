package org.tacerisk.radiomics;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.tacerisk.common.Progress;

/**
 * Neighbouring grey level dependence matrix features (IBSI-1 REK0). For every intensity-mask voxel k, the
 * dependence j_k counts the voxels within Chebyshev distance δ = {@code ngldmDistance} (in-plane only in 2D),
 * centre included, that lie in the intensity mask and differ from its grey level by at most α = {@code ngldmAlpha};
 * so j_k ≥ 1. s_ij counts voxels with grey level i and dependence j; N_s = N_v, p_ij = s_ij / N_s.
 * Aggregation: 2D (8QNN), 2.5D (62GR), 3D (KOBO).
 *
 * <p>PyRadiomics' "gldm" is this matrix (its dependence index starts at 1 for no dependent neighbour, i.e. the
 * centre is counted), so its names are given where the feature formulas agree; PyRadiomics has no dependence
 * count percentage or energy, and dropped the normalised grey level non-uniformity. Stateless and thread-safe.
 */
public final class NgldmFamily implements FamilyCalculator {

    private static final String PY = "original_gldm_";

    /** The 17 NGLDM features, in IBSI order. */
    static final List<TextureFeature<GreyLevelCountMatrix>> FEATURES = List.of(
            // SODN: (1/N_s) Σ_j s_.j / j²
            feature("Low dependence emphasis", "SODN", PY + "SmallDependenceEmphasis", m -> m.emphasis(0, -2)),
            // IMOQ: (1/N_s) Σ_j j² s_.j
            feature("High dependence emphasis", "IMOQ", PY + "LargeDependenceEmphasis", m -> m.emphasis(0, 2)),
            // TL9H: (1/N_s) Σ_i s_i. / i²
            feature("Low grey level count emphasis", "TL9H", PY + "LowGrayLevelEmphasis", m -> m.emphasis(-2, 0)),
            // OAE7: (1/N_s) Σ_i i² s_i.
            feature("High grey level count emphasis", "OAE7", PY + "HighGrayLevelEmphasis", m -> m.emphasis(2, 0)),
            // EQ3F: (1/N_s) Σ_ij s_ij / (i² j²)
            feature("Low dependence low grey level emphasis", "EQ3F", PY + "SmallDependenceLowGrayLevelEmphasis",
                    m -> m.emphasis(-2, -2)),
            // JA6D: (1/N_s) Σ_ij i² s_ij / j²
            feature("Low dependence high grey level emphasis", "JA6D", PY + "SmallDependenceHighGrayLevelEmphasis",
                    m -> m.emphasis(2, -2)),
            // NBZI: (1/N_s) Σ_ij j² s_ij / i²
            feature("High dependence low grey level emphasis", "NBZI", PY + "LargeDependenceLowGrayLevelEmphasis",
                    m -> m.emphasis(-2, 2)),
            // 9QMG: (1/N_s) Σ_ij i² j² s_ij
            feature("High dependence high grey level emphasis", "9QMG", PY + "LargeDependenceHighGrayLevelEmphasis",
                    m -> m.emphasis(2, 2)),
            // FP8K: (1/N_s) Σ_i s_i.²
            feature("Grey level non-uniformity", "FP8K", PY + "GrayLevelNonUniformity",
                    GreyLevelCountMatrix::greyLevelNonUniformity),
            // 5SPA: (1/N_s²) Σ_i s_i.²
            feature("Normalised grey level non-uniformity", "5SPA", "",
                    GreyLevelCountMatrix::normalisedGreyLevelNonUniformity),
            // Z87G: (1/N_s) Σ_j s_.j²
            feature("Dependence count non-uniformity", "Z87G", PY + "DependenceNonUniformity",
                    GreyLevelCountMatrix::countNonUniformity),
            // OKJI: (1/N_s²) Σ_j s_.j²
            feature("Normalised dependence count non-uniformity", "OKJI", PY + "DependenceNonUniformityNormalized",
                    GreyLevelCountMatrix::normalisedCountNonUniformity),
            // 6XV8: N_s / N_v (1 by construction: every voxel has a neighbourhood)
            feature("Dependence count percentage", "6XV8", "", GreyLevelCountMatrix::percentage),
            // 1PFV: Σ_ij (i − μ)² p_ij, μ = Σ_ij i p_ij
            feature("Grey level variance", "1PFV", PY + "GrayLevelVariance", GreyLevelCountMatrix::greyLevelVariance),
            // DNX2: Σ_ij (j − μ)² p_ij, μ = Σ_ij j p_ij
            feature("Dependence count variance", "DNX2", PY + "DependenceVariance",
                    GreyLevelCountMatrix::countVariance),
            // FCBV: −Σ_ij p_ij log₂ p_ij
            feature("Dependence count entropy", "FCBV", PY + "DependenceEntropy", GreyLevelCountMatrix::entropy),
            // CAS9: Σ_ij p_ij²
            feature("Dependence count energy", "CAS9", "", GreyLevelCountMatrix::energy));

    public NgldmFamily() {
    }

    @Override
    public Family family() {
        return Family.NGLDM;
    }

    @Override
    public List<FeatureValue> compute(ProcessedRoi roi, FamilyContext context) {
        int distance = context.texture().ngldmDistance();
        int alpha = context.texture().ngldmAlpha();
        TextureGrid grid = TextureGrid.of(roi, distance);
        return TextureAggregation.perApproach(Family.NGLDM, FEATURES, context,
                () -> inPlane(grid, distance, alpha, context.progress()),
                () -> volume(grid, distance, alpha, context.progress()));
    }

    /** Per-slice NGLDMs (in-plane neighbourhoods) and their merge. */
    static SliceMatrices<GreyLevelCountMatrix> inPlane(TextureGrid grid, int distance, int alpha, Progress progress) {
        Dependences d = dependences(grid, distance, alpha, false, progress);
        return GreyLevelCountMatrix.inPlane(grid, d.grey, d.count, d.slice, d.items);
    }

    /** The volume NGLDM (3D neighbourhoods). */
    static GreyLevelCountMatrix volume(TextureGrid grid, int distance, int alpha, Progress progress) {
        Dependences d = dependences(grid, distance, alpha, true, progress);
        return GreyLevelCountMatrix.of(d.grey, d.count, d.items, grid.greyLevelCount, grid.voxelCount);
    }

    private record Dependences(int[] grey, int[] count, int[] slice, int items) {
    }

    /** Grey level, dependence j_k (centre included) and slice of every intensity-mask voxel. */
    private static Dependences dependences(TextureGrid g, int distance, int alpha, boolean threeD,
            Progress progress) {
        int[] offsets = g.neighbourOffsets(Math.max(1, distance), threeD);
        int[] grey = new int[g.voxelCount];
        int[] count = new int[g.voxelCount];
        int[] slice = new int[g.voxelCount];
        int items = 0;
        for (int v = 0; v < g.grey.length; v++) {
            if ((v & 0xFFFF) == 0) {
                progress.checkCancelled();
            }
            int level = g.grey[v];
            if (level == 0) {
                continue;
            }
            int dependence = 1;
            for (int offset : offsets) {
                int neighbour = g.grey[v + offset];
                if (neighbour != 0 && Math.abs(neighbour - level) <= alpha) {
                    dependence++;
                }
            }
            grey[items] = level;
            count[items] = dependence;
            slice[items] = g.slice(v);
            items++;
        }
        return new Dependences(grey, count, slice, items);
    }

    private static TextureFeature<GreyLevelCountMatrix> feature(String name, String code, String py,
            ToDoubleFunction<GreyLevelCountMatrix> formula) {
        return new TextureFeature<>(name, code, py, formula);
    }
}
