package org.tacerisk.selftest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The Java runtime: version 17 or later, every platform module the program uses (a jlink-trimmed runtime that
 * lost one fails here, not in the middle of a case), and a data folder that can be written.
 */
final class RuntimeSelfCheck implements SelfCheck {

    /**
     * The platform modules the program needs: jdeps over the distribution's jars, plus those reached by service
     * loading or reflection (locale data for 简体中文, EdDSA in jdk.crypto.ec, charsets, zip file system, Swing
     * interop for javafx.swing). The installer's jlink list ({@code installer.modules} in the POM) is the same.
     */
    static final List<String> REQUIRED_MODULES = List.of("java.base", "java.compiler", "java.desktop",
            "java.logging", "java.management", "java.naming", "java.rmi", "java.scripting", "java.sql", "java.xml",
            "jdk.charsets", "jdk.crypto.ec", "jdk.jfr", "jdk.localedata", "jdk.unsupported",
            "jdk.unsupported.desktop", "jdk.zipfs");

    private final Path dataFolder;

    RuntimeSelfCheck(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    @Override
    public String name() {
        return "Runtime";
    }

    @Override
    public String run() throws IOException {
        Runtime.Version version = Runtime.version();
        if (version.feature() < 17) {
            throw new IllegalStateException("Java " + version + " is too old: TACE-Risk needs Java 17 or later;"
                    + " reinstall TACE-Risk (its installer brings its own runtime)");
        }
        List<String> missing = REQUIRED_MODULES.stream()
                .filter(m -> ModuleLayer.boot().findModule(m).isEmpty()).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the Java runtime lacks the modules " + String.join(", ", missing)
                    + "; reinstall TACE-Risk (its runtime was built without them)");
        }
        Files.createDirectories(dataFolder);
        Path probe = Files.createTempFile(dataFolder, "selftest-", ".tmp");
        try {
            Files.writeString(probe, "TACE-Risk self-test");
        } finally {
            Files.deleteIfExists(probe);
        }
        String vendor = Optional.ofNullable(System.getProperty("java.vendor")).orElse("?");
        return "Java " + version + " (" + vendor + "), " + REQUIRED_MODULES.size() + " modules present, data folder "
                + dataFolder + " writable";
    }
}
