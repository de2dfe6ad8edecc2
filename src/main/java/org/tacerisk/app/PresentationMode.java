package org.tacerisk.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tacerisk.app.figure.ModelFigures;
import org.tacerisk.app.figure.NomogramView;
import org.tacerisk.app.result.ResultPanel;
import org.tacerisk.app.viewer.CtViewer;
import org.tacerisk.app.viewer.MaskOverlay;
import org.tacerisk.app.viewer.ViewerLayout;
import org.tacerisk.common.Progress;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.PredictorSpecification;

/**
 * The tumour board's presentation mode (issue 15): full screen, large type, the four panels a board needs — the CT
 * with the tumour outline on its largest axial slice, the nomogram with the patient's points, the risk, and the
 * calibration with the patient marked — for a session of several saved cases, ← / → between patients, Esc to end.
 * Each case is read in the background ({@link PresentedCase}: the saved outline and step 2 from the saved
 * measurement with the loaded bundle, never step 1).
 */
final class PresentationMode {

    private final Messages text;
    private final ModelBundle bundle;
    private final List<Path> cases;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private final Label heading = new Label();
    private final Label loading = new Label();
    private final CtViewer viewer;
    private final ResultPanel risk;
    private final StackPane nomogramPane = new StackPane();
    private final ModelFigures figures;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tacerisk-presentation");
        t.setDaemon(true);
        return t;
    });
    private final javafx.scene.control.ListView<String> session = new javafx.scene.control.ListView<>();
    private int index = -1;
    private PresentedCase shown;

    PresentationMode(Messages text, ModelBundle bundle, List<Path> cases) {
        this.text = text;
        this.bundle = bundle;
        this.cases = List.copyOf(cases);
        viewer = new CtViewer(text::get);
        viewer.setLayout(ViewerLayout.SINGLE);
        // the image alone: the mouse and keys still scroll, zoom and window it, the buttons are for the workstation
        Node viewerButtons = viewer.lookup(".viewer-toolbar");
        if (viewerButtons != null) {
            viewerButtons.setVisible(false);
            viewerButtons.setManaged(false);
        }
        risk = new ResultPanel(text::get);
        figures = new ModelFigures(bundle, text::get, text.locale());
        heading.setId("presentationHeading");
        heading.getStyleClass().add("presentation-heading");
        loading.setId("presentationLoading");
        Label keys = new Label(text.get("present.keys"));
        keys.getStyleClass().add("secondary");
        HBox top = new HBox(24, heading, loading);
        top.setPadding(new Insets(8, 16, 8, 16));
        GridPane panels = new GridPane();
        panels.setHgap(8);
        panels.setVgap(8);
        panels.setPadding(new Insets(8));
        panels.add(titled("present.image", viewer), 0, 0);
        panels.add(titled("present.nomogram", nomogramPane), 1, 0);
        javafx.scene.control.ScrollPane riskScroll = new javafx.scene.control.ScrollPane(risk);
        riskScroll.setFitToWidth(true);
        riskScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        panels.add(titled("present.risk", riskScroll), 0, 1);
        panels.add(titled("present.calibration", figures.node()), 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            panels.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(i == 0 ? 52 : 48);
            panels.getRowConstraints().add(r);
        }
        // the session: every case of the meeting, the current one selected; a click goes to it
        session.setId("presentationSession");
        session.getItems().setAll(this.cases.stream().map(f -> f.getFileName().toString()).toList());
        session.setPrefWidth(230);
        session.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0) {
                go(now.intValue());
            }
        });
        root.setLeft(session);
        BorderPane.setMargin(session, new Insets(8, 0, 8, 8));
        root.getStyleClass().addAll("workstation", "presentation");
        root.setId("presentation");
        root.setTop(top);
        root.setCenter(panels);
        root.setBottom(keys);
        BorderPane.setMargin(keys, new Insets(4, 16, 8, 16));
    }

    /**
     * The toolbar's Present: the saved cases to present are chosen (several at once; the open case's folder first),
     * then the presentation opens on the first.
     */
    static javafx.scene.control.Button button(Messages text, Window owner, java.util.function.Supplier<ModelBundle>
            bundle, java.util.function.Supplier<Path> currentCase) {
        javafx.scene.control.Button present = new javafx.scene.control.Button(text.get("present.button"));
        present.setId("presentButton");
        present.setTooltip(new javafx.scene.control.Tooltip(text.get("present.tooltip")));
        present.setOnAction(e -> {
            if (bundle.get() == null) {
                return;
            }
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(text.get("present.choose"));
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                    text.get("chooser.caseFiles"), "*" + org.tacerisk.casefile.CaseFile.EXTENSION));
            Path current = currentCase.get();
            if (current != null && current.getParent() != null) {
                chooser.setInitialDirectory(current.getParent().toFile());
            }
            List<java.io.File> chosen = chooser.showOpenMultipleDialog(owner);
            if (chosen != null && !chosen.isEmpty()) {
                new PresentationMode(text, bundle.get(), chosen.stream().map(java.io.File::toPath).toList())
                        .show(owner);
            }
        });
        return present;
    }

    /** Opens the presentation over {@code owner} on the first case. */
    void show(Window owner) {
        Scene scene = new Scene(root, 1366, 768);
        WindowStyle.apply(scene, text.locale());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.initOwner(owner);
        stage.setTitle(text.get("present.title"));
        stage.setScene(scene);
        stage.setFullScreenExitHint("");
        // full screen on a display; the headless test screen (Monocle) cannot hold a full-screen window
        stage.setFullScreen(!Boolean.getBoolean("testfx.headless"));
        stage.setOnHidden(e -> reader.shutdownNow());
        stage.show();
        go(0);
    }

    /** The patient at {@code i} of the session (clamped), read in the background. */
    void go(int i) {
        int target = Math.max(0, Math.min(cases.size() - 1, i));
        if (target == index || cases.isEmpty()) {
            return;
        }
        index = target;
        session.getSelectionModel().select(target);
        Path file = cases.get(target);
        heading.setText(text.get("present.heading", target + 1, cases.size(), file.getFileName()));
        loading.setText(text.get("present.loading"));
        reader.execute(() -> {
            PresentedCase read;
            try {
                read = PresentedCase.read(file, bundle, text, Progress.NONE);
            } catch (Exception e) {
                read = new PresentedCase(file, null, null, null, Problem.of(text.get("problem.title.openCase"), e,
                        text).message());
            }
            PresentedCase done = read;
            Platform.runLater(() -> {
                if (index == target) {
                    showCase(done);
                }
            });
        });
    }

    void close() {
        stage.hide();
    }

    int index() {
        return index;
    }

    PresentedCase shown() {
        return shown;
    }

    Stage stage() {
        return stage;
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.SPACE) {
            go(index + 1);
        } else if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.PAGE_UP) {
            go(index - 1);
        } else if (e.getCode() == KeyCode.ESCAPE) {
            close();
        } else {
            return;
        }
        e.consume();
    }

    private void showCase(PresentedCase c) {
        shown = c;
        loading.setText(c.problem() == null ? "" : c.problem());
        if (c.series() != null) {
            viewer.setVolume(c.series().volume());
            viewer.setOverlay(c.tumour() == null ? null : MaskOverlay.of(c.tumour()));
            if (c.tumour() != null) {
                viewer.model().setSlice(org.tacerisk.app.viewer.Orientation.AXIAL, largestSlice(c.tumour()));
            }
        }
        nomogramPane.getChildren().clear();
        if (c.prediction() == null) {
            risk.showFailure(c.problem());
            figures.clearPatient();
            return;
        }
        risk.show(c.prediction(), bundle.manifest());
        List<PredictorSpecification> predictors = bundle.predictor().predictors();
        NomogramView nomogram = NomogramView.of(bundle.predictor(), text::get);
        nomogram.setPatient(predictors.stream().mapToDouble(p -> c.prediction().inputs().get(p.id())).toArray());
        nomogram.setId("presentationNomogram");
        nomogramPane.getChildren().setAll(nomogram);
        figures.showPatient(c.prediction().prediction().probability());
        figures.showOnly("calibrationTab");
    }

    /** The axial slice with the most tumour voxels. */
    static int largestSlice(org.tacerisk.image.Mask tumour) {
        int best = 0;
        for (int k = 0; k < tumour.geometry().nz(); k++) {
            if (tumour.countInSlice(k) > tumour.countInSlice(best)) {
                best = k;
            }
        }
        return best;
    }

    private Node titled(String key, Node content) {
        Label title = new Label(text.get(key));
        title.getStyleClass().add("presentation-panel-title");
        BorderPane panel = new BorderPane(content);
        panel.setTop(title);
        panel.getStyleClass().add("presentation-panel");
        panel.setMinSize(0, 0);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(panel.widthProperty());
        clip.heightProperty().bind(panel.heightProperty());
        panel.setClip(clip); // a panel's content never spills over its neighbours
        GridPane.setHgrow(panel, Priority.ALWAYS);
        GridPane.setVgrow(panel, Priority.ALWAYS);
        return panel;
    }
}
