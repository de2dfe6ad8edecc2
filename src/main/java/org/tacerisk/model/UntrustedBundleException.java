package org.tacerisk.model;

import java.nio.file.Path;
import org.tacerisk.common.BadInputException;

/**
 * A bundle that is intact but unsigned or signed by a key the site does not trust, refused because research use is
 * not allowed (docs/model-bundle.md, "Signatures"). The message names the problem and the site's remedies; a front
 * end may add its own (the command line's option for one command).
 */
public final class UntrustedBundleException extends BadInputException {

    private final transient BundleTrust trust;

    UntrustedBundleException(Path bundle, String message, BundleTrust trust) {
        super(bundle, message);
        this.trust = trust;
    }

    public BundleTrust trust() {
        return trust;
    }
}
