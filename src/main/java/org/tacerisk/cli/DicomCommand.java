package org.tacerisk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tacerisk dicom ...}: DICOM folders in, indexes and NIfTI volumes out. */
@Command(name = "dicom", mixinStandardHelpOptions = true,
        description = "Index DICOM folders and convert CT series (and RTSTRUCT masks) to NIfTI.",
        subcommands = {DicomScanCommand.class, DicomConvertCommand.class})
final class DicomCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a subcommand: scan or convert");
    }
}
