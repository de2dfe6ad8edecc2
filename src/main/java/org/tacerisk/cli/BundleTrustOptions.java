package org.tacerisk.cli;

import java.nio.file.Path;
import org.tacerisk.app.Installation;
import org.tacerisk.common.BadInputException;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.UntrustedBundleException;
import org.tacerisk.model.TrustPolicy;
import picocli.CommandLine.Option;

/**
 * {@code --research-use}: the one way the commands that predict load a bundle under the site's trust policy
 * (docs/model-bundle.md, "Signatures"): trusted keys from the data folder's trusted-keys folder, research use from
 * this option or the data folder's setting.
 */
final class BundleTrustOptions {

    @Option(names = "--research-use", description = "Allow a model bundle that is unsigned or signed by a key this"
            + " site does not trust, for research only; its results are labelled RESEARCH USE (also the setting "
            + TrustPolicy.RESEARCH_SETTING + "=true in the data folder's settings.properties).")
    boolean researchUse;

    /** The site's policy with this option. */
    TrustPolicy policy() {
        return TrustPolicy.of(Installation.dataFolder(), researchUse);
    }

    /** Loads, verifies and admits a bundle under the site's policy; close it when done. */
    ModelBundle load(Path bundle) {
        try {
            return ModelBundle.load(bundle, policy());
        } catch (UntrustedBundleException e) {
            throw new BadInputException(e.input(), e.getMessage() + "; or, for this command only, give"
                    + " --research-use", e);
        }
    }
}
