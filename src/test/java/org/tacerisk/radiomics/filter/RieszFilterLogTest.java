package org.tacerisk.radiomics.filter;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** IBSI-2 Riesz-transformed LoG against the reference maps 9.a and 9.b.1 (its LoG stage is LogFilter: map 2.a). */
class RieszFilterLogTest {

    /** 9.a: σ = 3 mm, first-order Riesz l = (1, 0, 0), zero padding. */
    @Test
    void riesz9aOnImpulse() throws Exception {
        ReferenceMaps.check("9_a", "impulse", ReferenceMaps.filter("riesz-log", Map.of("sigma_mm", 3.0, "truncate",
                4.0, "order", List.of(1, 0, 0), "aligned", false), false, BoundaryCondition.ZERO));
    }

    /** 9.b.1: σ = 3 mm, second-order Riesz l = (0, 2, 0), zero padding. */
    @Test
    void riesz9b1OnSphere() throws Exception {
        ReferenceMaps.check("9_b_1", "sphere", ReferenceMaps.filter("riesz-log", Map.of("sigma_mm", 3.0, "truncate",
                4.0, "order", List.of(0, 2, 0), "aligned", false), false, BoundaryCondition.ZERO));
    }
}
