package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tacerisk.common.BadInputException;
import org.tacerisk.model.BundleSignature;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.SigningKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacerisk bundle sign --bundle DIR --key PRIVATE [--public-key PUB]}: signs a verified bundle folder. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = {"Sign a model bundle folder with an Ed25519 key (docs/model-bundle.md).",
            "The bundle is verified first (an edited or damaged bundle is not signed); then manifest.sig is written"
                + " beside manifest.json. Zip the folder after signing."})
final class BundleSignCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bundle", required = true, paramLabel = "DIR", description = "The bundle folder.")
    Path bundle;

    @Option(names = "--key", required = true, paramLabel = "PRIVATE", description = "The private key (NAME.key).")
    Path key;

    @Option(names = "--public-key", paramLabel = "PUB",
            description = "Its public key (default: NAME.pub beside the private key).")
    Path publicKey;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(bundle)) {
            throw new BadInputException(bundle, "give the bundle folder to sign (a zip cannot be signed in place:"
                    + " unzip it, sign the folder, zip it again)");
        }
        Path pub = publicKey != null ? publicKey : siblingPublic(key);
        String signer = key.getFileName().toString().replaceFirst("\\" + SigningKeys.PRIVATE_SUFFIX + "$", "");
        ModelBundle.verify(bundle);
        BundleSignature s = BundleSignature.sign(bundle, SigningKeys.readPrivate(key), SigningKeys.readPublic(pub),
                signer);
        PrintWriter out = spec.commandLine().getOut();
        out.println("signed: " + bundle.resolve(BundleSignature.FILE) + " (signer " + s.signer() + ", key "
                + s.fingerprint() + ")");
        out.flush();
        return ExitCodes.OK;
    }

    private static Path siblingPublic(Path key) {
        String name = key.getFileName().toString();
        String base = name.endsWith(SigningKeys.PRIVATE_SUFFIX)
                ? name.substring(0, name.length() - SigningKeys.PRIVATE_SUFFIX.length()) : name;
        Path pub = key.resolveSibling(base + SigningKeys.PUBLIC_SUFFIX);
        if (!Files.isRegularFile(pub)) {
            throw new BadInputException(pub, "the public key beside the private key is missing; give it with"
                    + " --public-key");
        }
        return pub;
    }
}
