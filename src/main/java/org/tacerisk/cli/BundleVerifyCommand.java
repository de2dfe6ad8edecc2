package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tacerisk.common.BadInputException;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.ModelBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tacerisk bundle verify}: checks a bundle's schema version, its manifest's digest and the SHA-256 of every
 * file.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify a model bundle folder or zip.",
            "Checks the schema version, the manifest's digest of its own content (an edited manifest is refused),"
                + " the manifest fields and the SHA-256 of every file (no file may be missing, modified or added)."
                + " Exit 0 when valid, 3 naming the offending file."})
final class BundleVerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR|ZIP", description = "The bundle folder or its .zip.")
    Path bundle;

    @Option(names = "--json", description = "Print the result as JSON on stdout (also when the bundle is invalid).")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> result = new LinkedHashMap<>();
        try (ModelBundle b = ModelBundle.load(bundle)) {
            BundleManifest m = b.manifest();
            result.put("valid", true);
            result.put("name", m.name());
            result.put("version", m.version());
            result.put("schema_version", m.schemaVersion());
            result.put("synthetic", m.synthetic());
            result.put("label", m.label());
            result.put("manifest_sha256", b.manifestSha256());
            result.put("files", m.files().size());
            result.put("warnings", b.warnings());
            if (json) {
                JsonOutput.print(out, result);
            } else {
                out.println("valid: " + m.name() + " " + m.version() + " (" + m.files().size()
                        + " files verified; manifest SHA-256 " + b.manifestSha256() + ")");
                if (!m.label().isEmpty()) {
                    out.println(m.label());
                }
                b.warnings().forEach(w -> out.println(w.describe()));
                out.flush();
            }
            return ExitCodes.OK;
        } catch (BadInputException e) {
            if (!json) {
                throw e;
            }
            result.put("valid", false);
            result.put("error", e.getMessage());
            result.put("problems", e.findings());
            JsonOutput.print(out, result);
            PrintWriter err = spec.commandLine().getErr();
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
    }
}
