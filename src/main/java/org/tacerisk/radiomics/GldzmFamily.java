package org.tacerisk.radiomics;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.tacerisk.common.Progress;

/**
 * Grey level distance zone matrix features (IBSI-1 VMDZ). The zones are those of the GLSZM (intensity mask,
 * linkage distance δ); each zone's distance is the minimum over its voxels of the distance map, which is computed
 * on the morphological mask: taxicab distance to the ROI edge, 4-connected in-plane and 6-connected in 3D, edge
 * voxels at distance 1 ({@link BorderDistanceMap}). d_ij counts zones with grey level i and distance j;
 * N_s = Σ d_ij, N_v voxels in the intensity mask, p_ij = d_ij / N_s. Aggregation: 2D (8QNN), 2.5D (62GR),
 * 3D (KOBO). PyRadiomics has no GLDZM (its "gldm" is IBSI's NGLDM), so no PyRadiomics names. Stateless.
 */
public final class GldzmFamily implements FamilyCalculator {

    /** The 16 GLDZM features, in IBSI order. */
    static final List<TextureFeature<GreyLevelCountMatrix>> FEATURES = List.of(
            // 0GBI: (1/N_s) Σ_j d_.j / j²
            feature("Small distance emphasis", "0GBI", m -> m.emphasis(0, -2)),
            // MB4I: (1/N_s) Σ_j j² d_.j
            feature("Large distance emphasis", "MB4I", m -> m.emphasis(0, 2)),
            // S1RA: (1/N_s) Σ_i d_i. / i²
            feature("Low grey level zone emphasis", "S1RA", m -> m.emphasis(-2, 0)),
            // K26C: (1/N_s) Σ_i i² d_i.
            feature("High grey level zone emphasis", "K26C", m -> m.emphasis(2, 0)),
            // RUVG: (1/N_s) Σ_ij d_ij / (i² j²)
            feature("Small distance low grey level emphasis", "RUVG", m -> m.emphasis(-2, -2)),
            // DKNJ: (1/N_s) Σ_ij i² d_ij / j²
            feature("Small distance high grey level emphasis", "DKNJ", m -> m.emphasis(2, -2)),
            // A7WM: (1/N_s) Σ_ij j² d_ij / i²
            feature("Large distance low grey level emphasis", "A7WM", m -> m.emphasis(-2, 2)),
            // KLTH: (1/N_s) Σ_ij i² j² d_ij
            feature("Large distance high grey level emphasis", "KLTH", m -> m.emphasis(2, 2)),
            // VFT7: (1/N_s) Σ_i d_i.²
            feature("Grey level non-uniformity", "VFT7", GreyLevelCountMatrix::greyLevelNonUniformity),
            // 7HP3: (1/N_s²) Σ_i d_i.²
            feature("Normalised grey level non-uniformity", "7HP3",
                    GreyLevelCountMatrix::normalisedGreyLevelNonUniformity),
            // V294: (1/N_s) Σ_j d_.j²
            feature("Zone distance non-uniformity", "V294", GreyLevelCountMatrix::countNonUniformity),
            // IATH: (1/N_s²) Σ_j d_.j²
            feature("Normalised zone distance non-uniformity", "IATH",
                    GreyLevelCountMatrix::normalisedCountNonUniformity),
            // VIWW: N_s / N_v
            feature("Zone percentage", "VIWW", GreyLevelCountMatrix::percentage),
            // QK93: Σ_ij (i − μ)² p_ij, μ = Σ_ij i p_ij
            feature("Grey level variance", "QK93", GreyLevelCountMatrix::greyLevelVariance),
            // 7WT1: Σ_ij (j − μ)² p_ij, μ = Σ_ij j p_ij
            feature("Zone distance variance", "7WT1", GreyLevelCountMatrix::countVariance),
            // GBDU: −Σ_ij p_ij log₂ p_ij
            feature("Zone distance entropy", "GBDU", GreyLevelCountMatrix::entropy));

    public GldzmFamily() {
    }

    @Override
    public Family family() {
        return Family.GLDZM;
    }

    @Override
    public List<FeatureValue> compute(ProcessedRoi roi, FamilyContext context) {
        int linkage = context.texture().linkageDistance();
        TextureGrid grid = TextureGrid.of(roi, linkage);
        return TextureAggregation.perApproach(Family.GLDZM, FEATURES, context,
                () -> inPlane(grid, linkage, context.progress()), () -> volume(grid, linkage, context.progress()));
    }

    /** Per-slice GLDZMs (8-connected zones, 4-connected distances) and their merge. */
    static SliceMatrices<GreyLevelCountMatrix> inPlane(TextureGrid grid, int linkage, Progress progress) {
        GreyLevelZones zones = GreyLevelZones.of(grid, linkage, false, progress);
        int[] distance = zoneDistances(zones, BorderDistanceMap.compute(grid, false));
        return GreyLevelCountMatrix.inPlane(grid, zones.grey, distance, zones.slice, zones.count);
    }

    /** The volume GLDZM (26-connected zones, 6-connected distances). */
    static GreyLevelCountMatrix volume(TextureGrid grid, int linkage, Progress progress) {
        GreyLevelZones zones = GreyLevelZones.of(grid, linkage, true, progress);
        int[] distance = zoneDistances(zones, BorderDistanceMap.compute(grid, true));
        return GreyLevelCountMatrix.of(zones.grey, distance, zones.count, grid.greyLevelCount, grid.voxelCount);
    }

    /**
     * Zone distance = minimum of the distance map over the zone. The intensity mask lies inside the morphological
     * mask, so every zone voxel has a distance ≥ 1; should an input break that, its voxels count as edge (1).
     */
    private static int[] zoneDistances(GreyLevelZones zones, int[] distanceMap) {
        int[] distance = zones.minimumOver(distanceMap);
        for (int z = 0; z < distance.length; z++) {
            distance[z] = Math.max(1, distance[z]);
        }
        return distance;
    }

    private static TextureFeature<GreyLevelCountMatrix> feature(String name, String code,
            ToDoubleFunction<GreyLevelCountMatrix> formula) {
        return new TextureFeature<>(name, code, "", formula);
    }
}
