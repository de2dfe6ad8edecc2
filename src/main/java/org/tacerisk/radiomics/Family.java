package org.tacerisk.radiomics;

/** The eleven IBSI-1 feature families; {@link #csvName()} is the name used in IBSI's reference table. */
public enum Family {
    MORPHOLOGY("morphology", "shape"),
    LOCAL_INTENSITY("local_intensity", null),
    INTENSITY_STATISTICS("intensity_statistics", "firstorder"),
    INTENSITY_HISTOGRAM("intensity_histogram", null),
    INTENSITY_VOLUME_HISTOGRAM("intensity_volume_histogram", null),
    GLCM("glcm", "glcm"),
    GLRLM("glrlm", "glrlm"),
    GLSZM("glszm", "glszm"),
    GLDZM("gldzm", null),
    NGTDM("ngtdm", "ngtdm"),
    NGLDM("ngldm", "gldm"); // PyRadiomics "gldm" is IBSI's NGLDM; PyRadiomics has no GLDZM

    private final String csvName;
    private final String pyradiomicsClass;

    Family(String csvName, String pyradiomicsClass) {
        this.csvName = csvName;
        this.pyradiomicsClass = pyradiomicsClass;
    }

    public String csvName() {
        return csvName;
    }

    /** PyRadiomics feature class whose names are comparable, or null when PyRadiomics has no such family. */
    public String pyradiomicsClass() {
        return pyradiomicsClass;
    }

    public static Family fromCsvName(String name) {
        for (Family f : values()) {
            if (f.csvName.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown feature family: " + name);
    }
}
