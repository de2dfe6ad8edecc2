package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tacerisk.app.Installation;
import org.tacerisk.common.BadInputException;
import org.tacerisk.model.BundleVerification;
import org.tacerisk.model.TrustedKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tacerisk bundle verify}: every check of {@link BundleVerification} (manifest and digest, checksums,
 * signature, trusted signer, known answer) as a table.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify a model bundle folder or zip (docs/model-bundle.md).",
            "Checks the schema version, the manifest's digest of its own content (an edited manifest is refused),"
                + " the manifest fields, the SHA-256 of every file (no file may be missing, modified or added), the"
                + " Ed25519 signature and whether its signer is trusted here (the data folder's trusted-keys), and"
                + " the bundle's known-answer case. Exit 0 when the bundle is intact (also when it is unsigned or"
                + " its signer is not trusted: the output says so; --require-trusted makes that exit 3), 3 naming"
                + " the problem otherwise."})
final class BundleVerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR|ZIP", description = "The bundle folder or its .zip.")
    Path bundle;

    @Option(names = "--trusted-key", paramLabel = "PUB", description = "Also trust this public key for this check"
            + " (e.g. to check a bundle against its author's key before installing the key); repeatable.")
    List<Path> trustedKeys = new ArrayList<>();

    @Option(names = "--require-trusted", description = "Exit 3 also when the bundle is unsigned or its signer is"
            + " not trusted.")
    boolean requireTrusted;

    @Option(names = "--json", description = "Print the result as JSON on stdout (also when the bundle is invalid).")
    boolean json;

    @Override
    public Integer call() {
        TrustedKeys keys = TrustedKeys.of(Installation.dataFolder());
        for (Path k : trustedKeys) {
            keys = keys.with(k);
        }
        BundleVerification v = BundleVerification.of(bundle, keys);
        // intact: everything but the signer's trust, and an absent signature, passed
        boolean intact = v.refusal() == null && v.checks().stream()
                .filter(c -> !c.name().equals(BundleVerification.TRUST))
                .filter(c -> !(c.name().equals(BundleVerification.SIGNATURE) && v.trust().fingerprint() == null))
                .allMatch(BundleVerification.Check::passed);
        boolean ok = requireTrusted ? v.passed() : intact;
        PrintWriter out = spec.commandLine().getOut();
        String problem = v.refusal() != null ? v.refusal().getMessage()
                : ok ? null : v.firstFailure().name() + ": " + v.firstFailure().detail();
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("valid", intact);
            result.put("trusted", v.trust() != null && v.trust().trusted());
            result.put("name", v.name());
            result.put("version", v.version());
            result.put("label", v.label());
            result.put("manifest_sha256", v.manifestSha256());
            result.put("files", v.files());
            result.put("signer", v.trust() == null ? null : v.trust().signer());
            result.put("signer_fingerprint", v.trust() == null ? null : v.trust().fingerprint());
            result.put("checks", v.checks());
            result.put("warnings", v.warnings());
            if (problem != null) {
                result.put("error", problem);
                result.put("problems", v.refusal() == null ? List.of() : v.refusal().findings());
            }
            JsonOutput.print(out, result);
        } else {
            if (intact) {
                out.println("valid: " + v.name() + " " + v.version() + " (" + v.files() + " files verified; manifest"
                        + " SHA-256 " + v.manifestSha256() + ")");
                if (!v.label().isEmpty()) {
                    out.println(v.label());
                }
            }
            for (BundleVerification.Check c : v.checks()) {
                out.printf("  %-13s %s  %s%n", c.name(), c.passed() ? "PASS" : "FAIL", c.detail());
            }
            if (intact) {
                out.println(v.trust().trusted() ? "trusted: " + v.trust().describe() : "NOT TRUSTED: "
                        + v.trust().describe() + " (predictions need --research-use and are labelled RESEARCH USE)");
            }
            v.warnings().forEach(w -> out.println(w.describe()));
            out.flush();
        }
        if (ok) {
            return ExitCodes.OK;
        }
        if (!json) {
            throw v.refusal() != null ? v.refusal() : new BadInputException(bundle, problem);
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("error: " + problem);
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
