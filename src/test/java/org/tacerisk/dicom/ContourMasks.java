package org.tacerisk.dicom;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;

/**
 * Random blobby masks for round-trip properties: small grids (1–9 × 1–9 × 1–3 voxels) on an axis-aligned, oblique or
 * reversed-k geometry, painted with a few filled or cleared rectangles (islands, holes, grid-edge contact) and then
 * single voxels flipped (diagonal contacts, one-voxel regions and holes). Shrinking removes rectangles and flips.
 */
public class ContourMasks implements ArbitrarySupplier<Mask> {

    @Override
    public Arbitrary<Mask> get() {
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 2);
        return Combinators.combine(kind, Arbitraries.integers().between(1, 9), Arbitraries.integers().between(1, 9),
                Arbitraries.integers().between(1, 3)).flatAs((g, nx, ny, nz) -> {
                    ImageGeometry geometry = geometry(g, nx, ny, nz);
                    Arbitrary<int[]> rect = Combinators.combine(Arbitraries.integers().between(0, nx - 1),
                            Arbitraries.integers().between(0, ny - 1), Arbitraries.integers().between(0, nz - 1),
                            Arbitraries.integers().between(1, nx), Arbitraries.integers().between(1, ny),
                            Arbitraries.integers().between(0, 2))
                            .as((i, j, k, w, h, v) -> new int[] {i, j, k, w, h, v});
                    Arbitrary<int[]> flip = Combinators.combine(Arbitraries.integers().between(0, nx - 1),
                            Arbitraries.integers().between(0, ny - 1), Arbitraries.integers().between(0, nz - 1))
                            .as((i, j, k) -> new int[] {i, j, k});
                    return Combinators.combine(rect.list().ofMaxSize(5), flip.list().ofMaxSize(12))
                            .as((rects, flips) -> paint(geometry, rects, flips));
                });
    }

    static ImageGeometry geometry(int kind, int nx, int ny, int nz) {
        ImageGeometry template = switch (kind) {
            case 0 -> RtStructTestData.axisAligned();
            case 1 -> RtStructTestData.oblique();
            default -> RtStructTestData.reversedK();
        };
        return template.withSize(nx, ny, nz);
    }

    /** Rectangles with v = 0 clear (making holes), others fill; then each flip toggles one voxel. */
    static Mask paint(ImageGeometry g, List<int[]> rects, List<int[]> flips) {
        byte[] v = new byte[g.voxelCount()];
        for (int[] r : rects) {
            for (int j = r[1]; j < Math.min(g.ny(), r[1] + r[4]); j++) {
                for (int i = r[0]; i < Math.min(g.nx(), r[0] + r[3]); i++) {
                    v[g.index(i, j, r[2])] = (byte) (r[5] == 0 ? 0 : 1);
                }
            }
        }
        for (int[] f : flips) {
            v[g.index(f[0], f[1], f[2])] ^= 1;
        }
        return Mask.of(g, v);
    }
}
