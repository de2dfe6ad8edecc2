package org.tacerisk.app.roi;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.DoubleConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.tacerisk.app.viewer.OverlayStyle;
import org.tacerisk.app.viewer.ViewerModel;
import org.tacerisk.roi.Smoothing;

/**
 * The ROI tools for the shell's left panel: tool buttons with their keys, the active tool's settings, the one-shot
 * actions, undo / redo with the step names and the history's memory, the overlay display and the last notice.
 * Binds to {@link RoiSession} and the viewer's overlay style; every action goes through {@link RoiWorkspace}.
 */
public final class RoiToolPanel extends ScrollPane {

    private final RoiWorkspace workspace;
    private final RoiSession session;
    private final ViewerModel viewer;
    private final RoiWords words;
    private final ToggleGroup toolGroup = new ToggleGroup();
    private final Map<RoiTool, ToggleButton> toolButtons = new EnumMap<>(RoiTool.class);
    private final VBox settingsBox = new VBox(6);
    private final Label hint = new Label();
    private final Spinner<Double> brushSize = spinner(ToolSettings.MIN_BRUSH_MM, ToolSettings.MAX_BRUSH_MM, 1, "0");
    private final CheckBox brush3d;
    private final Spinner<Double> huMin = spinner(-1024, 3071, 10, "0");
    private final Spinner<Double> huMax = spinner(-1024, 3071, 10, "0");
    private final Spinner<Double> growCap = spinner(1, 5000, 10, "0");
    private final Spinner<Double> margin = spinner(0.5, 50, 0.5, "0.0");
    private final Spinner<Double> smoothingMm = spinner(0.5, 50, 0.5, "0.0");
    private final ComboBox<Smoothing.Method> smoothingMethod = new ComboBox<>();
    private final Button undo;
    private final Button redo;
    private final Label undoText = new Label();
    private final Label redoText = new Label();
    private final CheckBox overlayShown;
    private final CheckBox outline;
    private final Slider opacity = new Slider(0, 1, 0.25);
    private final Label notice = new Label();
    private final GridPane brushRows;
    private final GridPane rangeRows;
    private final GridPane capRows;
    private boolean syncing;

    RoiToolPanel(RoiWorkspace workspace, RoiSession session, ViewerModel viewer, RoiWords words) {
        this.workspace = workspace;
        this.session = session;
        this.viewer = viewer;
        this.words = words;
        getStyleClass().addAll("roi-tool-panel", "side-panel");
        setId("roiTools");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        GridPane tools = new GridPane();
        tools.setHgap(4);
        tools.setVgap(4);
        int n = 0;
        for (RoiTool t : RoiTool.values()) {
            if (t == RoiTool.NONE) {
                continue;
            }
            ToggleButton b = new ToggleButton(words.get("roi.toolButton", words.get(t.messageKey()), t.key()));
            b.setId("roiTool-" + t.name());
            b.setToggleGroup(toolGroup);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setUserData(t);
            b.setTooltip(new Tooltip(words.get(t.messageKey() + ".hint")));
            GridPane.setHgrow(b, Priority.ALWAYS);
            tools.add(b, n % 2, n / 2);
            toolButtons.put(t, b);
            n++;
        }
        toolGroup.selectedToggleProperty().addListener((o, before, after) -> {
            if (!syncing) {
                session.setTool(after == null ? RoiTool.NONE : (RoiTool) after.getUserData());
            }
        });

        brush3d = new CheckBox(words.get("roi.setting.brush3d"));
        brush3d.setId("roiBrush3d");
        brushSize.setId("roiBrushSize");
        brushRows = rows(row(words.get("roi.setting.brushMm"), brushSize), row("", brush3d));
        rangeRows = rows(row(words.get("roi.setting.huMin"), huMin), row(words.get("roi.setting.huMax"), huMax));
        capRows = rows(row(words.get("roi.setting.capMl"), growCap));
        hint.setWrapText(true);
        hint.getStyleClass().add("secondary");
        settingsBox.getChildren().addAll(hint, brushRows, rangeRows, capRows);
        onCommit(brushSize, v -> update(session.settings().withBrushMm(v)));
        brush3d.selectedProperty().addListener((o, b, a) -> update(session.settings().withBrush3d(a)));
        onCommit(huMin, v -> update(session.settings().withHuRange(v, session.settings().huMax())));
        onCommit(huMax, v -> update(session.settings().withHuRange(session.settings().huMin(), v)));
        onCommit(growCap, v -> update(session.settings().withGrowCapMl(v)));
        onCommit(margin, v -> update(session.settings().withMarginMm(v)));
        onCommit(smoothingMm, v -> update(session.settings().withSmoothing(session.settings().smoothing(), v)));
        smoothingMethod.getItems().setAll(Smoothing.Method.values());
        smoothingMethod.setConverter(new StringConverter<>() {
            @Override
            public String toString(Smoothing.Method m) {
                return m == null ? "" : words.get("roi.smoothing." + m.name());
            }

            @Override
            public Smoothing.Method fromString(String s) {
                return null;
            }
        });
        smoothingMethod.valueProperty().addListener((o, b, a) -> {
            if (a != null) {
                update(session.settings().withSmoothing(a, session.settings().smoothingMm()));
            }
        });

        Button fillBetween = action("roiFillBetween", words.get("roi.act.fillBetween"), workspace::fillBetweenSlices);
        Button fillHoles = action("roiFillHoles", words.get("roi.act.fillHoles"), workspace::fillHoles);
        Button largest = action("roiKeepLargest", words.get("roi.act.keepLargest"), session::keepLargestIsland);
        Button grow = action("roiMarginGrow", words.get("roi.act.marginGrow"), () -> session.margin(true));
        Button shrink = action("roiMarginShrink", words.get("roi.act.marginShrink"), () -> session.margin(false));
        Button smooth = action("roiSmooth", words.get("roi.act.smooth"), session::smooth);
        Button deleteSlice = action("roiDeleteSlice", words.get("roi.act.deleteOnSlice"), workspace::deleteOnSlice);
        Button clear = action("roiClear", words.get("roi.act.clear"), session::clear);
        GridPane actions = rows(
                row("", fillBetween),
                row2(fillHoles, largest),
                row("", deleteSlice),
                row(words.get("roi.setting.marginMm"), margin), row2(grow, shrink),
                row(words.get("roi.setting.smoothing"), smoothingMethod),
                row(words.get("roi.setting.smoothingMm"), smoothingMm), row2(smooth, clear));

        undo = action("roiUndo", words.get("roi.act.undo"), workspace::undo);
        redo = action("roiRedo", words.get("roi.act.redo"), workspace::redo);
        undoText.setId("roiUndoText");
        redoText.setId("roiRedoText");
        undoText.getStyleClass().add("secondary");
        redoText.getStyleClass().add("secondary");
        undoText.setWrapText(true);
        VBox history = new VBox(4, new HBox(6, undo, redo), undoText, redoText);

        overlayShown = new CheckBox(words.get("roi.display.shown"));
        overlayShown.setId("roiOverlayShown");
        outline = new CheckBox(words.get("roi.display.outline"));
        outline.setId("roiOutline");
        opacity.setId("roiOpacity");
        opacity.setMaxWidth(Double.MAX_VALUE);
        overlayShown.selectedProperty().addListener((o, b, a) -> {
            if (!syncing) {
                viewer.setOverlayVisible(a);
            }
        });
        outline.selectedProperty().addListener((o, b, a) -> {
            if (!syncing) {
                viewer.setOverlayStyle(viewer.overlayStyle().withOutline(a));
            }
        });
        opacity.valueProperty().addListener((o, b, a) -> {
            if (!syncing) {
                viewer.setOverlayStyle(viewer.overlayStyle().withFillOpacity(a.doubleValue()));
            }
        });
        GridPane display = rows(row("", overlayShown), row("", outline), row(words.get("roi.display.fill"), opacity));

        notice.setId("roiNotice");
        notice.setWrapText(true);
        notice.getStyleClass().add("roi-notice");

        VBox content = new VBox(8,
                heading(words.get("roi.title")), tools, settingsBox, notice,
                heading(words.get("roi.section.actions")), actions,
                heading(words.get("roi.section.history")), history,
                heading(words.get("roi.section.display")), display);
        content.getStyleClass().add("roi-tool-content");
        setContent(content);
        sync();
    }

    /** Shows the session's tool, settings and history and the viewer's overlay display. */
    void sync() {
        syncing = true;
        try {
            RoiTool tool = session.tool();
            toolGroup.selectToggle(toolButtons.get(tool));
            ToolSettings s = session.settings();
            brushSize.getValueFactory().setValue(s.brushMm());
            brush3d.setSelected(s.brush3d());
            huMin.getValueFactory().setValue(s.huMin());
            huMax.getValueFactory().setValue(s.huMax());
            growCap.getValueFactory().setValue(s.growCapMl());
            margin.getValueFactory().setValue(s.marginMm());
            smoothingMm.getValueFactory().setValue(s.smoothingMm());
            smoothingMethod.setValue(s.smoothing());
            show(brushRows, tool.isBrush());
            show(rangeRows, tool == RoiTool.THRESHOLD_PAINT || tool == RoiTool.GROW);
            show(capRows, tool == RoiTool.GROW);
            hint.setText(words.get(tool == RoiTool.NONE ? "roi.tool.none.hint" : tool.messageKey() + ".hint"));
            undo.setDisable(!session.history().canUndo());
            redo.setDisable(!session.history().canRedo());
            undoText.setText(words.undo(session.history()));
            redoText.setText(words.redo(session.history()));
        } finally {
            syncing = false;
        }
        syncDisplay();
    }

    /** Shows the viewer's overlay display (O toggles it in the viewer). */
    void syncDisplay() {
        OverlayStyle style = viewer.overlayStyle();
        if (overlayShown.isSelected() == viewer.isOverlayVisible() && outline.isSelected() == style.outline()
                && opacity.getValue() == style.fillOpacity()) {
            return;
        }
        syncing = true;
        try {
            overlayShown.setSelected(viewer.isOverlayVisible());
            outline.setSelected(style.outline());
            opacity.setValue(style.fillOpacity());
        } finally {
            syncing = false;
        }
    }

    /** Shows a notice (a result in grey, a refusal highlighted); null clears it. */
    void showNotice(String text, boolean problem) {
        notice.setText(text == null ? "" : text);
        notice.getStyleClass().remove("roi-notice-problem");
        if (problem) {
            notice.getStyleClass().add("roi-notice-problem");
        }
    }

    String noticeText() {
        return notice.getText();
    }

    private void update(ToolSettings s) {
        if (!syncing) {
            session.setSettings(s);
        }
    }

    private Button action(String id, String label, Runnable run) {
        Button b = new Button(label);
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> run.run());
        b.setFocusTraversable(false);
        return b;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-heading");
        return l;
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static Node[] row(String label, Node control) {
        Label l = new Label(label);
        l.getStyleClass().add("secondary");
        if (control instanceof javafx.scene.layout.Region r) {
            r.setMaxWidth(Double.MAX_VALUE);
        }
        return new Node[] {l, control};
    }

    private static Node[] row2(Node a, Node b) {
        return new Node[] {a, b};
    }

    private static GridPane rows(Node[]... rows) {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        grid.setAlignment(Pos.CENTER_LEFT);
        grid.getColumnConstraints().addAll(column(), column());
        for (int n = 0; n < rows.length; n++) {
            if (rows[n][0] instanceof Label l && l.getText().isEmpty()) {
                grid.add(rows[n][1], 0, n, 2, 1); // a check box: the whole width
            } else {
                grid.addRow(n, rows[n]);
            }
        }
        return grid;
    }

    private static javafx.scene.layout.ColumnConstraints column() {
        javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
        c.setPercentWidth(50);
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private static Spinner<Double> spinner(double min, double max, double step, String pattern) {
        SpinnerValueFactory.DoubleSpinnerValueFactory f = new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max,
                min, step);
        java.text.DecimalFormat format = new java.text.DecimalFormat(pattern);
        f.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : format.format(v);
            }

            @Override
            public Double fromString(String s) {
                try {
                    return format.parse(s.trim()).doubleValue();
                } catch (java.text.ParseException | RuntimeException e) {
                    return f.getValue(); // not a number: keep the value
                }
            }
        });
        Spinner<Double> spinner = new Spinner<>(f);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        return spinner;
    }

    /** Runs {@code commit} with the spinner's value when it changes (arrows, Enter, focus lost). */
    private static void onCommit(Spinner<Double> spinner, DoubleConsumer commit) {
        spinner.valueProperty().addListener((o, b, a) -> {
            if (a != null) {
                commit.accept(a);
            }
        });
        spinner.focusedProperty().addListener((o, b, focused) -> {
            if (!focused) {
                spinner.commitValue(); // typed text counts without Enter
            }
        });
    }
}
