package org.tacerisk.app;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's folder and file choosers: what the user picks goes to an action; Cancel does nothing. */
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
}
