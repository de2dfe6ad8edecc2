package org.tacerisk.app;

import java.nio.file.Path;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.tacerisk.report.export.FigureExport;

/**
 * The toolbar's "Export" menu: the figures (PNG at the resolution chosen in the menu, and SVG), the features and
 * result as CSV, and DICOM for PACS (SEG + RTSTRUCT of the outline, de-identified copies beside). Each asks for a
 * folder, then runs in the background. Disabled until the case has a result.
 */
final class ExportMenu {

    private final MenuButton node;
    private final ChoiceBox<Integer> dpi = new ChoiceBox<>();
    private final ExportActions actions;

    ExportMenu(Messages text, Window owner, ExportActions actions) {
        this.actions = actions;
        dpi.getItems().setAll(FigureExport.DPI_CHOICES);
        dpi.setValue(FigureExport.DEFAULT_DPI);
        dpi.setId("exportDpi");
        dpi.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : text.get("export.dpiValue", String.valueOf(value));
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        Label dpiLabel = new Label(text.get("export.dpi"));
        HBox dpiRow = new HBox(8, dpiLabel, dpi);
        dpiRow.getStyleClass().add("export-dpi-row");
        CustomMenuItem dpiItem = new CustomMenuItem(dpiRow, false);
        dpiItem.setId("exportDpiItem");
        MenuItem figures = item("exportFigures", text.get("export.figures"),
                () -> Choosers.folder(owner, text.get("chooser.exportFigures"), this::exportFigures));
        MenuItem csv = item("exportCsv", text.get("export.csv"),
                () -> Choosers.folder(owner, text.get("chooser.exportCsv"), actions::exportCsv));
        MenuItem dicom = item("exportDicom", text.get("export.dicom"),
                () -> Choosers.folder(owner, text.get("chooser.exportDicom"), actions::exportDicom));
        node = new MenuButton(text.get("export.menu"));
        node.setId("exportMenu");
        node.getItems().addAll(figures, dpiItem, new SeparatorMenuItem(), csv, new SeparatorMenuItem(), dicom);
        // the case can lose its result without a change event (another bundle): look again when the menu opens
        node.setOnShowing(e -> refresh());
        // the window keeps no field for the menu: the toolbar's node leads back to it (tests)
        node.getProperties().put(ExportMenu.class, this);
        refresh();
    }

    /** The menu whose toolbar node is {@code node}. */
    static ExportMenu of(javafx.scene.Node node) {
        return (ExportMenu) node.getProperties().get(ExportMenu.class);
    }

    ExportActions actions() {
        return actions;
    }

    MenuButton node() {
        return node;
    }

    /** Enables the menu and its items when the case has a result; disables them otherwise. */
    void refresh() {
        boolean ready = actions.ready();
        node.setDisable(!ready);
        node.getItems().forEach(i -> i.setDisable(!ready));
    }

    /** The resolution chosen for the PNG figures. */
    int dpi() {
        return dpi.getValue() == null ? FigureExport.DEFAULT_DPI : dpi.getValue();
    }

    void exportFigures(Path folder) {
        actions.exportFigures(folder, dpi());
    }

    private static MenuItem item(String id, String label, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
