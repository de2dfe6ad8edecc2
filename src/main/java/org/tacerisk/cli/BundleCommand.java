package org.tacerisk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tacerisk bundle ...}: model bundles (docs/model-bundle.md). */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = "Model bundles: verify a bundle folder or zip (checksums, signature, trusted signer, known"
                + " answer), show what a bundle contains, make signing keys and sign bundles, update a bundle on a"
                + " site's cohort (docs/model-bundle.md, docs/model-updating.md).",
        subcommands = {BundleVerifyCommand.class, BundleShowCommand.class, BundleKeygenCommand.class,
            BundleSignCommand.class, BundleUpdateCommand.class})
final class BundleCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a subcommand (see --help)");
    }
}
