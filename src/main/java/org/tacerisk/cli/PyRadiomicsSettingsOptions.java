package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.tacerisk.radiomics.RadiomicsSettings;
import picocli.CommandLine.Option;

/**
 * The {@code --pyradiomics [--float32-image]} options of every command that takes radiomics settings (radiomics,
 * cohort extract, cohort train): the settings file is then a PyRadiomics parameter file, read whole, in PyRadiomics
 * conventions (docs/pyradiomics.md).
 */
final class PyRadiomicsSettingsOptions {

    @Option(names = "--pyradiomics", description = "The settings file is a PyRadiomics parameter file: read whole"
            + " (imageType, featureClass, setting) and computed in PyRadiomics conventions (docs/pyradiomics.md).")
    boolean pyradiomics;

    @Option(names = "--float32-image", description = "With --pyradiomics: the image files store 32-bit floats, so"
            + " PyRadiomics' wavelet (PyWavelets) computes in float32; reproduce that.")
    boolean float32Image;

    /** The settings of {@code file}, printing the import's findings and the conventions to {@code err}. */
    RadiomicsSettings read(Path file, PrintWriter err) {
        RadiomicsSettings settings;
        if (pyradiomics) {
            var imported = RadiomicsSettings.fromPyRadiomics(file, float32Image);
            imported.findings().forEach(f -> err.println(f.describe()));
            settings = imported.settings();
        } else {
            settings = RadiomicsSettings.read(file);
        }
        // which definitions the numbers follow is part of every output
        err.println("conventions: " + settings.conventions().key());
        err.flush();
        return settings;
    }
}
