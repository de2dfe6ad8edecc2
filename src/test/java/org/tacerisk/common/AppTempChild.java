package org.tacerisk.common;

import java.nio.file.Files;
import java.nio.file.Path;

/** A program for {@link AppTempTest}: makes temporary files the product's way, prints the folder, exits normally. */
public final class AppTempChild {

    private AppTempChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = AppTemp.file("case-mask", ".dcm");
        Files.writeString(file, "mask bytes");
        Path dir = AppTemp.directory("bundle-");
        Files.writeString(dir.resolve("manifest.json"), "{}");
        System.out.println(AppTemp.folder());
    }
}
