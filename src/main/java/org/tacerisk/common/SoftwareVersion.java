package org.tacerisk.common;

/**
 * The version of this build of TACE-Risk, as written into bundles, DICOM objects and cache keys so that a result
 * can be traced to the software that made it: the jar's {@code Implementation-Version} (the Maven project version),
 * or "dev" when running from compiled classes (tests, an IDE).
 */
public final class SoftwareVersion {

    private SoftwareVersion() {
    }

    public static String current() {
        String v = SoftwareVersion.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }
}
