package org.tacerisk.casefile;

/**
 * A case whose results came from another bundle than the one now loaded: the workstation warns and offers to
 * recompute. Same name and version with another manifest digest is a mismatch too (the manifest differs).
 *
 * @param saved   the bundle named in the case file
 * @param current the bundle loaded now
 */
public record BundleMismatch(BundleIdentity saved, BundleIdentity current) {

    /** True when only the manifest digest differs (same name and version, different content). */
    public boolean sameNameAndVersion() {
        return saved.name().equals(current.name()) && saved.version().equals(current.version());
    }
}
