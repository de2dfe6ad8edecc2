package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.Progress;
import org.tacerisk.radiomics.filter.BoundaryCondition;
import org.tacerisk.radiomics.filter.FilterRegistry;

/**
 * The image types of one case (the original, LoG σ each, wavelet bands) run in parallel give exactly the values,
 * in the same order, as one after the other.
 */
class ParallelImageTypesTest {

    @Test
    void parallelImageTypesEqualSequentialOnes() {
        List<FilterEntry> filters = List.of(
                new FilterEntry("pyradiomics-log", "3D", BoundaryCondition.NEAREST, Map.of("sigma_mm", 1.0)),
                new FilterEntry("pyradiomics-log", "3D", BoundaryCondition.NEAREST, Map.of("sigma_mm", 3.0)),
                new FilterEntry("wavelet", "3D", BoundaryCondition.PERIODIC, Map.of("wavelet", "coif1", "band", "LLH")),
                new FilterEntry("wavelet", "3D", BoundaryCondition.PERIODIC, Map.of("wavelet", "coif1", "band", "HHH")));
        RadiomicsSettings settings = RadiomicsSettings.defaults().withDiscretisation(Discretisation.fixedBinSize(25))
                .withImageTypes(new ImageTypes(true, null, null, null, filters));
        RadiomicsResult sequential = FilteredExtraction.extract(FilteredRadiomicsTest.image(),
                FilteredRadiomicsTest.ellipsoid(), settings, FamilyRegistry.all(), FilterRegistry::factory,
                Progress.NONE, 1);
        RadiomicsResult parallel = FilteredExtraction.extract(FilteredRadiomicsTest.image(),
                FilteredRadiomicsTest.ellipsoid(), settings, FamilyRegistry.all(), FilterRegistry::factory,
                Progress.NONE, 8);
        assertEquals(List.of("original", "log-sigma-1-0-mm-3D", "log-sigma-3-0-mm-3D", "wavelet-LLH", "wavelet-HHH"),
                parallel.imageTypes());
        assertEquals(sequential.features(), parallel.features());
        assertEquals(sequential.diagnostics().describe(), parallel.diagnostics().describe());
    }
}
