package org.tacerisk.radiomics;

import java.util.Set;

/** What a family needs besides the ROI: which approaches to compute, texture parameters, IVH discretisation. */
public record FamilyContext(Set<Approach> approaches, TextureParameters texture, IvhDiscretisation ivh) {

    public FamilyContext {
        approaches = Set.copyOf(approaches);
    }
}
