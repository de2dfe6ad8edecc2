package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tacerisk.model.SigningKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacerisk bundle keygen --out DIR [--name NAME]}: an Ed25519 key pair for signing bundles. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = {"Generate an Ed25519 key pair for signing model bundles (docs/model-bundle.md).",
            "Writes NAME.key (the private key, readable by its owner only: keep it offline, never in a bundle) and"
                + " NAME.pub (the public key a site puts in its trusted-keys folder), and prints the key's"
                + " fingerprint (publish it so that sites can check the .pub they receive)."})
final class BundleKeygenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the two key files.")
    Path out;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "signing",
            description = "File name of the keys and the signer's name in signatures (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--json", description = "Print the result as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        SigningKeys.KeyFiles keys = SigningKeys.generate(out, name);
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("private_key", keys.privateKey().toString());
            m.put("public_key", keys.publicKey().toString());
            m.put("fingerprint", keys.fingerprint());
            JsonOutput.print(o, m);
        } else {
            o.println("private key: " + keys.privateKey() + " (owner only; keep it offline)");
            o.println("public key:  " + keys.publicKey());
            o.println("fingerprint: " + keys.fingerprint());
            o.flush();
        }
        return ExitCodes.OK;
    }
}
