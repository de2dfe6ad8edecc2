package org.tacerisk.model;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Signs a test bundle with the committed DEMO key (src/test/resources/demo-signing), which every installation
 * trusts for synthetic bundles: so the tests' synthetic bundles load under the site policy as the shipped demo
 * does, without a research-use setting.
 */
public final class TestSigning {

    public static final Path DEMO_KEY = Path.of("src/test/resources/demo-signing/tacerisk-demo.key");
    public static final Path DEMO_PUBLIC_KEY = Path.of("src/test/resources/demo-signing/tacerisk-demo.pub");

    private TestSigning() {
    }

    /** Signs the bundle folder {@code bundle} with the demo key; returns it. */
    public static Path withDemoKey(Path bundle) throws IOException {
        BundleSignature.sign(bundle, SigningKeys.readPrivate(DEMO_KEY), SigningKeys.readPublic(DEMO_PUBLIC_KEY),
                "tacerisk-demo");
        return bundle;
    }
}
