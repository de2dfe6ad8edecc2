package org.tacerisk.radiomics;

import java.util.List;

/**
 * Computes every feature of one family from a processed ROI. Implementations are stateless (safe to call from
 * several threads at once) and never throw for degenerate input: undefined features are NaN with a reason.
 */
public interface FamilyCalculator {

    Family family();

    List<FeatureValue> compute(ProcessedRoi roi, FamilyContext context);
}
