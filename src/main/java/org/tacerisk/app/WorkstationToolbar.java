package org.tacerisk.app;

import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

/**
 * The window's toolbar: Open · Demo · Model bundle ▾ · Save · Series browser · Side panel … Help. Report,
 * presentation mode and language come with the next issues, left of Help. Each button's tooltip names its key.
 */
final class WorkstationToolbar {

    /** What the buttons do. */
    record Actions(Runnable chooseFolder, Runnable openDemo, Runnable chooseBundleFolder, Runnable chooseBundleZip,
            Runnable useDemoBundle, Runnable showBrowser, Runnable panelToggled, Runnable toggleHelp,
            Runnable saveCase, Runnable saveCaseAs, Runnable openCase) {
    }

    private final Messages text;
    private final ToolBar node;
    private final Button browse;
    private final javafx.scene.control.SplitMenuButton save;
    private final ToggleButton panel = new ToggleButton();

    WorkstationToolbar(Messages text, Actions actions) {
        this.text = text;
        Button open = button("open", "toolbar.open", "Shortcut+O", actions.chooseFolder());
        Button demo = button("demo", "toolbar.demo", "Shortcut+D", actions.openDemo());
        MenuButton bundle = new MenuButton(text.get("toolbar.bundleMenu"), null,
                item("bundleLoadFolder", "bundle.loadFolder", actions.chooseBundleFolder()),
                item("bundleLoadZip", "bundle.loadZip", actions.chooseBundleZip()), new SeparatorMenuItem(),
                item("bundleUseDemo", "bundle.useDemo", actions.useDemoBundle()));
        bundle.setId("bundle");
        // Save on a click; Save as and Open case in its menu
        save = new javafx.scene.control.SplitMenuButton(
                item("saveAs", "toolbar.saveAs", actions.saveCaseAs()),
                item("openCase", "toolbar.openCase", actions.openCase()));
        save.setText(text.get("toolbar.save"));
        save.setId("save");
        save.setDisable(true); // until a series is open; Open case stays on the start screen
        save.setOnAction(e -> actions.saveCase().run());
        save.setTooltip(new Tooltip(text.get("toolbar.save.tip", keys("Shortcut+S"), keys("Shortcut+Shift+S"),
                keys("Shortcut+Shift+O"))));
        browse = button("browse", "toolbar.browse", null, actions.showBrowser());
        browse.setDisable(true);
        browse.setTooltip(new Tooltip(text.get("toolbar.browse.tip", keys("Shortcut+L"))));
        panel.setText(text.get("toolbar.panel"));
        panel.setId("panelToggle");
        panel.setSelected(true);
        panel.setOnAction(e -> actions.panelToggled().run());
        panel.setTooltip(new Tooltip(text.get("toolbar.panel.tip", keys("F9"))));
        Pane grow = new Pane();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button help = button("helpButton", "toolbar.help", "F1", actions.toggleHelp());
        node = new ToolBar(open, demo, bundle, save, browse, panel, grow, help);
    }

    /** Puts {@code item} (e.g. the outline menu) just left of the space before Help. */
    void addBeforeHelp(javafx.scene.Node item) {
        int spacer = node.getItems().size() - 2;
        node.getItems().add(spacer, item);
    }

    ToolBar node() {
        return node;
    }

    /** A case can be saved once a series is open. */
    void caseOpen() {
        save.setDisable(false);
    }

    /** The series browser can be reached once a folder is open. */
    void folderOpen() {
        browse.setDisable(false);
    }

    boolean panelShown() {
        return panel.isSelected();
    }

    void togglePanel() {
        panel.setSelected(!panel.isSelected());
    }

    private Button button(String id, String key, String shortcut, Runnable action) {
        Button b = new Button(text.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        if (shortcut != null) {
            b.setTooltip(new Tooltip(text.get("toolbar.tip", text.get(key), keys(shortcut))));
        }
        return b;
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(text.get(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private String keys(String combination) {
        return Shortcuts.displayText(combination, text);
    }
}
