package org.tacerisk.app;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What the workstation opens with ({@code tacerisk gui [--dicom DIR] [--case FILE] [--bundle DIR] [--demo]
 * [--language TAG]}).
 *
 * @param dicom  a DICOM folder to open in the series browser, or null
 * @param caseFile a saved case to open, or null
 * @param bundle the model bundle to use, or null for the installation's demo bundle
 * @param demo   open the shipped demo case at start
 * @param language the language of the window, or null for {@link WorkstationLanguage#resolve}'s choice
 */
public record WorkstationOptions(Path dicom, Path caseFile, Path bundle, boolean demo, Locale language) {

    /** In the language {@link WorkstationLanguage#resolve} chooses. */
    public WorkstationOptions(Path dicom, Path caseFile, Path bundle, boolean demo) {
        this(dicom, caseFile, bundle, demo, null);
    }

    public static WorkstationOptions none() {
        return new WorkstationOptions(null, null, null, false);
    }

    public WorkstationOptions withLanguage(Locale chosen) {
        return new WorkstationOptions(dicom, caseFile, bundle, demo, chosen);
    }
}
