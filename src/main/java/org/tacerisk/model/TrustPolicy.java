package org.tacerisk.model;

import java.nio.file.Path;

/**
 * What a site accepts (docs/model-bundle.md, "Signatures"): the keys it trusts, and whether a bundle that is unsigned
 * or signed by another key may still be used, for research, under the label {@link BundleTrust#RESEARCH_LABEL}.
 *
 * @param keys              the trusted keys
 * @param trustedKeysFolder where an administrator puts trusted keys (named in messages)
 * @param researchUse       true when unverified bundles may be used (the {@code --research-use} option or the
 *                          {@value #RESEARCH_SETTING} setting)
 */
public record TrustPolicy(TrustedKeys keys, Path trustedKeysFolder, boolean researchUse) {

    /** The key in the data folder's {@code settings.properties} that allows unverified bundles for research. */
    public static final String RESEARCH_SETTING = "bundles.researchUse";

    /** The policy of the data folder: its trusted keys and its research-use setting, or-ed with {@code option}. */
    public static TrustPolicy of(Path dataFolder, boolean researchUseOption) {
        return new TrustPolicy(TrustedKeys.of(dataFolder), dataFolder.resolve(TrustedKeys.FOLDER),
                researchUseOption || researchUseSetting(dataFolder));
    }

    /** True when the data folder's settings.properties says {@value #RESEARCH_SETTING}=true. */
    public static boolean researchUseSetting(Path dataFolder) {
        Path file = dataFolder.resolve("settings.properties");
        if (!java.nio.file.Files.isRegularFile(file)) {
            return false;
        }
        java.util.Properties p = new java.util.Properties();
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file)) {
            p.load(in);
        } catch (java.io.IOException e) {
            return false; // an unreadable setting allows nothing
        }
        return "true".equalsIgnoreCase(p.getProperty(RESEARCH_SETTING, "").trim());
    }
}
