package org.tacerisk.app.viewer;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The viewer's keys (../shared/docs/workstation-ui.md, "Mouse and keys"), acting on the view the pointer was last
 * over. Keys with Ctrl, Alt or ⌘ are left to the shell and the ROI tools (Ctrl+Z, …).
 */
final class ViewerKeys {

    /** Shift + arrow pans by this many view pixels. */
    static final double PAN_STEP = 20;

    private ViewerKeys() {
    }

    /** @return true when the key was a viewer key and has been applied */
    static boolean apply(ViewerModel model, KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return false;
        }
        Orientation o = model.activeOrientation();
        KeyCode code = e.getCode();
        if (e.isShiftDown() && code.isArrowKey()) {
            double dx = code == KeyCode.LEFT ? -PAN_STEP : code == KeyCode.RIGHT ? PAN_STEP : 0;
            double dy = code == KeyCode.UP ? -PAN_STEP : code == KeyCode.DOWN ? PAN_STEP : 0;
            model.pan(o, dx, dy);
            return true;
        }
        switch (code) {
            case UP, RIGHT, PAGE_UP -> model.scroll(o, 1);
            case DOWN, LEFT, PAGE_DOWN -> model.scroll(o, -1);
            case HOME -> model.setSlice(o, 0);
            case END -> model.setSlice(o, model.sliceCount(o) - 1);
            case PLUS, ADD, EQUALS -> model.zoom(o, ViewerModel.ZOOM_STEP);
            case MINUS, SUBTRACT -> model.zoom(o, 1 / ViewerModel.ZOOM_STEP);
            case DIGIT0, NUMPAD0 -> model.fitAll();
            case DIGIT1, NUMPAD1 -> model.applyPreset(WindowPreset.ofKey(1));
            case DIGIT2, NUMPAD2 -> model.applyPreset(WindowPreset.ofKey(2));
            case DIGIT3, NUMPAD3 -> model.applyPreset(WindowPreset.ofKey(3));
            case DIGIT4, NUMPAD4 -> model.applyPreset(WindowPreset.ofKey(4));
            case A -> model.applyAutoWindow();
            case O -> model.setOverlayVisible(!model.isOverlayVisible());
            case S -> model.setHeatMapVisible(!model.isHeatMapVisible());
            case L -> model.toggleLayout();
            case R -> model.resetView();
            default -> {
                return false;
            }
        }
        return true;
    }
}
