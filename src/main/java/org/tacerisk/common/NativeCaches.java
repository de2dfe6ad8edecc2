package org.tacerisk.common;

/**
 * Points the libraries that unpack native code or write caches at {@link AppFolders#nativeCache} before they first
 * run: JavaFX ({@code javafx.cachedir}; it would otherwise unpack into {@code ~/.openjfx}), JNA, which DJL loads
 * ({@code jna.tmpdir}, else {@code ~/.cache/JNA/temp}, found by running the app-image with an empty home), and
 * PDFBox's font cache ({@code pdfbox.fontcache}, else {@code ~/.pdfbox.cache}). DJL's PyTorch cache is chosen the same way by
 * {@code deep.DeepEngine}. Settings an administrator made ({@code -Dname=...}) are kept.
 */
public final class NativeCaches {

    private NativeCaches() {
    }

    /** Sets the cache properties not already set; call first thing in {@code main}. */
    public static void configure() {
        setUnlessSet("javafx.cachedir", AppFolders.nativeCache("openjfx").toString());
        setUnlessSet("jna.tmpdir", AppFolders.nativeCache("jna").toString());
        setUnlessSet("pdfbox.fontcache", AppFolders.nativeCache("pdfbox").toString());
    }

    private static void setUnlessSet(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
