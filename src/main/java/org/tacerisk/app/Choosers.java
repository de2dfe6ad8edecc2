package org.tacerisk.app;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The platform's folder and file choosers, and files dropped on the window: what the user picks or drops goes to an
 * action; Cancel does nothing.
 */
final class Choosers {

    private Choosers() {
    }

    static void folder(Window owner, String title, Consumer<Path> then) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File chosen = chooser.showDialog(owner);
        if (chosen != null) {
            then.accept(chosen.toPath());
        }
    }

    static void file(Window owner, String title, String filterName, String pattern, Consumer<Path> then) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, pattern));
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            then.accept(chosen.toPath());
        }
    }

    /** Files dropped anywhere on {@code scene} go to {@code then}. */
    static void acceptDrops(javafx.scene.Scene scene, Consumer<java.util.List<File>> then) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                then.accept(e.getDragboard().getFiles());
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }
}
