package org.tacerisk.casefile;

import java.util.Locale;
import org.tacerisk.model.ModelBundle;

/**
 * Which model bundle computed a case's results.
 *
 * @param name           the manifest's name
 * @param version        the manifest's version
 * @param manifestSha256 the manifest's SHA-256, 64 lower-case hex digits ({@link ModelBundle#manifestSha256()})
 */
public record BundleIdentity(String name, String version, String manifestSha256) {

    public BundleIdentity {
        SeriesLocation.requireText(name, "bundle name");
        SeriesLocation.requireText(version, "bundle version");
        if (manifestSha256 == null || !manifestSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("bundle manifestSha256 is not 64 lower-case hex digits");
        }
    }

    public static BundleIdentity of(ModelBundle bundle) {
        return new BundleIdentity(bundle.manifest().name(), bundle.manifest().version(),
                bundle.manifestSha256().toLowerCase(Locale.ROOT));
    }
}
