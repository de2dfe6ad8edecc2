package org.tacerisk.radiomics;

import java.util.Objects;
import java.util.Set;
import org.tacerisk.common.Progress;

/**
 * What a family needs besides the ROI: which approaches to compute, texture parameters, IVH discretisation, and the
 * run's {@link Progress}, whose cancellation a family checks between slices and directions and inside its long loops
 * (families report no fractions of their own: the extractor reports each finished family).
 */
public record FamilyContext(Set<Approach> approaches, TextureParameters texture, IvhDiscretisation ivh,
        Progress progress) {

    public FamilyContext {
        approaches = Set.copyOf(approaches);
        Objects.requireNonNull(progress, "progress");
    }

    /** A context that is never cancelled. */
    public FamilyContext(Set<Approach> approaches, TextureParameters texture, IvhDiscretisation ivh) {
        this(approaches, texture, ivh, Progress.NONE);
    }

    /** This context for a run that reports to, and is cancelled through, {@code value}. */
    public FamilyContext withProgress(Progress value) {
        return new FamilyContext(approaches, texture, ivh, value);
    }
}
