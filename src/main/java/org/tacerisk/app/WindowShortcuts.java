package org.tacerisk.app;

/** The window's keys and gestures, registered once and listed by the help overlay (F1). */
final class WindowShortcuts {

    private WindowShortcuts() {
    }

    static void register(Shortcuts shortcuts, MainWindow window) {
        String file = "help.group.file";
        shortcuts.add(file, "help.action.open", window::chooseFolder, "Shortcut+O");
        shortcuts.add(file, "help.action.demo", window::openDemo, "Shortcut+D");
        shortcuts.add(file, "help.action.bundle", window::chooseBundleFolder, "Shortcut+B");
        shortcuts.add(file, "help.action.save", () -> window.caseDocument().save(), "Shortcut+S");
        shortcuts.add(file, "help.action.saveAs", () -> window.caseDocument().saveAs(), "Shortcut+Shift+S");
        shortcuts.add(file, "help.action.openCase", () -> window.caseDocument().chooseAndOpen(), "Shortcut+Shift+O");
        shortcuts.describe(file, "help.action.drop", "gesture.drop");
        String browse = "help.group.browser";
        shortcuts.add(browse, "help.action.browse", window::showBrowser, "Shortcut+L");
        shortcuts.describe(browse, "help.action.load", "Enter", "gesture.doubleClick");
        String view = "help.group.viewer";
        shortcuts.describe(view, "help.action.slice", "gesture.wheel", "Up", "Down", "Page_Up", "Page_Down");
        shortcuts.describe(view, "help.action.firstLast", "Home", "End");
        shortcuts.describe(view, "help.action.zoom", "gesture.ctrlWheel", "Plus", "Minus");
        shortcuts.describe(view, "help.action.fit", "Digit0");
        shortcuts.describe(view, "help.action.pan", "gesture.middleDrag", "Shift+Left");
        shortcuts.describe(view, "help.action.windowLevel", "gesture.rightDrag");
        shortcuts.describe(view, "help.action.presets", "Digit1", "Digit2", "Digit3", "Digit4");
        shortcuts.describe(view, "help.action.autoWindow", "A");
        shortcuts.describe(view, "help.action.crosshair", "gesture.leftClick");
        shortcuts.describe(view, "help.action.mainView", "gesture.doubleClickView", "L");
        shortcuts.describe(view, "help.action.overlay", "O");
        shortcuts.describe(view, "help.action.saliency", "S");
        shortcuts.describe(view, "help.action.reset", "R");
        RoiShortcuts.describe(shortcuts);
        String caseGroup = "help.group.case";
        shortcuts.add(caseGroup, "help.action.compute", () -> window.casePanel().compute(), "Shortcut+Enter");
        shortcuts.add(caseGroup, "help.action.resetToPatient", () -> window.casePanel().resetToPatient(), "Shortcut+R");
        shortcuts.add(caseGroup, "help.action.enlargeFigures", window::toggleFigures, "Shortcut+E");
        String windowGroup = "help.group.window";
        shortcuts.add(windowGroup, "help.action.cancel", window::cancelWork, "Shortcut+Period");
        shortcuts.add(windowGroup, "help.action.panel", window::togglePanel, "F9");
        shortcuts.add(windowGroup, "help.action.help", window::toggleHelp, "F1", "?");
        shortcuts.describe(windowGroup, "help.action.close", "Esc");
    }
}
