package org.tacerisk.app;

import java.io.File;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The toolbar's "Tumour outline" menu: import an outline (RTSTRUCT, DICOM SEG, NIfTI) and export it as DICOM SEG,
 * RTSTRUCT or NIfTI. Enabled while a series is open. The file choosers are the only dialogs; the work itself runs in
 * the background through the window.
 */
final class OutlineMenu {

    private final Messages text;
    private final Window owner;
    private final MenuButton node;
    private Supplier<String> seriesName = () -> "";

    OutlineMenu(Messages text, Window owner, Consumer<Path> importFile, BiConsumer<MaskFiles.Format, Path> export) {
        this.text = text;
        this.owner = owner;
        MenuItem importItem = new MenuItem(text.get("outline.import"));
        importItem.setId("outlineImport");
        importItem.setOnAction(e -> chooseImport(importFile));
        node = new MenuButton(text.get("outline.menu"));
        node.setId("outlineMenu");
        node.getItems().addAll(importItem, new SeparatorMenuItem());
        for (MaskFiles.Format f : MaskFiles.Format.values()) {
            MenuItem item = new MenuItem(text.get(f.messageKey));
            item.setId("outlineExport" + f.name());
            item.setOnAction(e -> chooseExport(f, export));
            node.getItems().add(item);
        }
        setEnabled(false);
    }

    MenuButton node() {
        return node;
    }

    void setEnabled(boolean enabled) {
        node.setDisable(!enabled);
    }

    /** Where the export's suggested file name comes from (the series' description). */
    void seriesName(Supplier<String> name) {
        seriesName = name;
    }

    private void chooseImport(Consumer<Path> importFile) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("chooser.outlineImport"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text.get("chooser.outlineFiles"), "*.dcm", "*.nii", "*.nii.gz", "*"),
                new FileChooser.ExtensionFilter(text.get("chooser.allFiles"), "*"));
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            importFile.accept(chosen.toPath());
        }
    }

    private void chooseExport(MaskFiles.Format format, BiConsumer<MaskFiles.Format, Path> export) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("chooser.outlineExport", text.get(format.messageKey)));
        chooser.setInitialFileName(MaskFiles.suggestedName(seriesName.get(), format));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get(format.messageKey),
                format.pattern));
        File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            export.accept(format, chosen.toPath());
        }
    }
}
