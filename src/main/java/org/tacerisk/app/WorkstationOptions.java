package org.tacerisk.app;

import java.nio.file.Path;

/**
 * What the workstation opens with ({@code tacerisk gui [--dicom DIR] [--case FILE] [--bundle DIR] [--demo]}).
 *
 * @param dicom  a DICOM folder to open in the series browser, or null
 * @param caseFile a saved case to open, or null
 * @param bundle the model bundle to use, or null for the installation's demo bundle
 * @param demo   open the shipped demo case at start
 */
public record WorkstationOptions(Path dicom, Path caseFile, Path bundle, boolean demo) {

    public static WorkstationOptions none() {
        return new WorkstationOptions(null, null, null, false);
    }
}
