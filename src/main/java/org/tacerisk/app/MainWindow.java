package org.tacerisk.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.tacerisk.dicom.LoadedSeries;
import org.tacerisk.dicom.SeriesEntry;
import org.tacerisk.dicom.SeriesLoader;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.model.ModelBundle;

/**
 * The workstation's one window (../shared/docs/workstation-ui.md): toolbar on top; the start screen, the series
 * browser or the viewer in the centre under the error panel; while a series is viewed, the series list and the ROI
 * tools on the left and the case on the right; the status bar at the bottom (running work with Cancel, the model
 * bundle, its SYNTHETIC label). Every long call goes through {@link BackgroundWork}; every failure to the
 * {@link ProblemBanner}; every shortcut into {@link Shortcuts}. Docs: docs/workstation.md.
 */
public final class MainWindow {

    static final double DEFAULT_WIDTH = 1366;
    static final double DEFAULT_HEIGHT = 768;

    /** What the centre shows. */
    enum Screen { START, BROWSER, VIEWER }

    private final Stage stage;
    private final WorkstationOptions options;
    private final Messages text;
    private final Path dataFolder;
    private final RecentCases recent;
    private final Shortcuts shortcuts = new Shortcuts();
    private final BorderPane root = new BorderPane();
    private final StackPane sceneRoot;
    private final StatusBar status;
    private final ProblemBanner problem;
    private final BackgroundWork work;
    private final HelpOverlay help;
    private final BundleCard startBundle;
    private final BundleCard caseBundle;
    private final StartScreen start;
    private final SeriesBrowser browser;
    private final SeriesList seriesList;
    private final SidePanels panels;
    private final WorkstationToolbar toolbar;
    private final StackPane viewer = new StackPane();
    private final Label viewerLabel = new Label();
    private final StackPane centre = new StackPane();

    private Screen screen;
    private ModelBundle bundle;
    private BundleSummary bundleSummary;
    private OpenedFolder folder;
    private SeriesEntry viewedSeries;
    private LoadedSeries loaded;
    private Mask mask;

    public MainWindow(Stage stage, WorkstationOptions options) {
        this(stage, options, Installation.dataFolder());
    }

    MainWindow(Stage stage, WorkstationOptions options, Path dataFolder) {
        this.stage = stage;
        this.options = options;
        this.text = Messages.of(Locale.getDefault());
        this.dataFolder = dataFolder;
        this.recent = new RecentCases(dataFolder);
        status = new StatusBar(text);
        problem = new ProblemBanner(text);
        work = new BackgroundWork(status, text, (title, failure, onChoice) -> problem.show(
                Problem.of(title, failure, text), onChoice));
        registerShortcuts();
        help = new HelpOverlay(text, shortcuts);
        startBundle = new BundleCard(text, "start", this::chooseBundleFolder);
        caseBundle = new BundleCard(text, "case", this::chooseBundleFolder);
        start = new StartScreen(text, this::chooseFolder, this::openDemo, this::openFolder, this::clearRecent,
                startBundle);
        start.setRecent(recent.entries());
        browser = new SeriesBrowser(text, this::loadSeries);
        seriesList = new SeriesList(text, this::loadSeries);
        panels = new SidePanels(text, seriesList, caseBundle);
        toolbar = new WorkstationToolbar(text, new WorkstationToolbar.Actions(this::chooseFolder, this::openDemo,
                this::chooseBundleFolder, this::chooseBundleZip, () -> loadBundle(Installation.demoBundle()),
                this::showBrowser, this::layoutPanels, this::toggleHelp));
        viewer.getChildren().add(viewerLabel);
        viewer.getStyleClass().add("viewer");
        viewer.setId("viewer");
        viewerLabel.setId("viewerLabel");
        viewerLabel.setWrapText(true);
        viewerLabel.setText(text.get("viewer.empty"));

        root.getStyleClass().add("workstation");
        root.setTop(toolbar.node());
        VBox.setVgrow(centre, Priority.ALWAYS);
        root.setCenter(new VBox(problem.node(), centre));
        root.setBottom(status.node());
        sceneRoot = new StackPane(root, help.node());
        showScreen(Screen.START);
    }

    public void show() {
        Scene scene = new Scene(sceneRoot, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(MainWindow.class.getResource("workstation.css").toExternalForm());
        shortcuts.install(scene);
        // a filter: lists and tables consume Esc themselves; the message or the help goes first, a tool's Esc next
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && closeOverlays()) {
                e.consume();
            }
        });
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                openDropped(e.getDragboard().getFiles());
            }
            e.setDropCompleted(files);
            e.consume();
        });
        stage.setTitle(text.get("app.title"));
        stage.setScene(scene);
        stage.setOnHidden(e -> close());
        stage.show();
        begin();
    }

    /** What {@code tacerisk gui} asked for: the bundle first, then the folder or the demo case. */
    private void begin() {
        if (options.bundle() != null) {
            loadBundle(options.bundle());
        } else if (Files.exists(Installation.demoBundle())) {
            loadBundle(Installation.demoBundle());
        } else {
            startBundle.show(null, Installation.demoBundle().toAbsolutePath());
            caseBundle.show(null, Installation.demoBundle().toAbsolutePath());
        }
        if (options.dicom() != null) {
            openFolder(options.dicom());
        }
        if (options.demo()) {
            openDemo();
        }
        if (options.caseFile() != null) {
            // queued after the other work so that its "done" line does not hide the notice
            String notice = text.get("status.caseNotSupported", options.caseFile());
            work.run(notice, notice, p -> notice, status::idle);
        }
    }

    // ---- actions (the buttons, keys and drops call these; tests call them with paths) ----

    /** Asks for a DICOM folder and opens it. */
    void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(text.get("chooser.dicom"));
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            openFolder(chosen.toPath());
        }
    }

    /** A dropped folder opens; a dropped file opens the folder it is in. */
    void openDropped(List<File> files) {
        if (!files.isEmpty()) {
            openFolder(files.get(0).toPath());
        }
    }

    /** Scans {@code chosen} (a folder, or a file standing for its folder) and shows it in the series browser. */
    void openFolder(Path chosen) {
        problem.hide();
        Path dir = OpenedFolder.folderOf(chosen);
        work.run(text.get("work.scan", DisplayText.shortFolder(dir)), text.get("problem.title.scan"),
                p -> OpenedFolder.scan(dir, text, p), opened -> {
                    showFolder(opened);
                    recent.add(dir, "", Instant.now());
                    start.setRecent(recent.entries());
                    showScreen(Screen.BROWSER);
                });
    }

    /** Loads {@code series} in the background and shows it. */
    void loadSeries(SeriesEntry series) {
        problem.hide();
        String name = series.seriesDescription() == null ? "" : series.seriesDescription();
        work.run(text.get("work.load", name), text.get("problem.title.load"), p -> SeriesLoader.load(series, p),
                l -> {
                    viewedSeries = series;
                    showSeries(l, null);
                    if (folder != null) {
                        recent.add(folder.index().root(), name, Instant.now());
                        start.setRecent(recent.entries());
                    }
                });
    }

    /** Writes the SYNTHETIC demo patient into the data folder and shows its series with the tumour. */
    void openDemo() {
        problem.hide();
        work.run(text.get("work.demo"), text.get("problem.title.demo"), p -> DemoOpening.open(dataFolder, p), d -> {
            showFolder(d.folder());
            viewedSeries = d.series();
            showSeries(d.loaded(), d.mask());
        });
    }

    /** Verifies the bundle at {@code path}; on success it replaces the active one, on failure that one stays. */
    void loadBundle(Path path) {
        problem.hide();
        work.run(text.get("work.bundle", path.getFileName()), text.get("problem.title.bundle"),
                p -> ModelBundle.load(path), this::useBundle);
    }

    void chooseBundleFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(text.get("chooser.bundle"));
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            loadBundle(chosen.toPath());
        }
    }

    void chooseBundleZip() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("chooser.bundleZip"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("chooser.zip"), "*.zip"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            loadBundle(chosen.toPath());
        }
    }

    /**
     * Shows a loaded series (and its tumour mask, or null) in the centre. The viewer is a placeholder until
     * {@code app.viewer} is merged: it shows what was loaded.
     */
    public void showSeries(LoadedSeries series, Mask tumour) {
        loaded = series;
        mask = tumour;
        ImageGeometry g = series.volume().geometry();
        String name = viewedSeries == null || viewedSeries.seriesDescription() == null ? ""
                : viewedSeries.seriesDescription();
        String size = text.get("viewer.loaded", name, g.nx(), g.ny(), g.nz(),
                DisplayText.decimals(g.spacing(0), 2, text), DisplayText.decimals(g.spacing(1), 2, text),
                DisplayText.decimals(g.spacing(2), 2, text));
        viewerLabel.setText(tumour == null ? size : size + "\n" + text.get("viewer.mask",
                DisplayText.count(tumour.count(), text),
                DisplayText.millilitres(tumour.count() * g.voxelVolumeMm3(), text)));
        if (viewedSeries != null) {
            seriesList.select(viewedSeries.seriesInstanceUid());
            browser.select(viewedSeries.seriesInstanceUid());
        }
        showScreen(Screen.VIEWER);
    }

    /** The centre's viewer: a black placeholder until {@code app.viewer} replaces it at the merge. */
    Node viewerNode() {
        return viewer;
    }

    /** Back to the series browser of the open folder (the viewed series stays loaded). */
    void showBrowser() {
        if (folder != null) {
            showScreen(Screen.BROWSER);
        }
    }

    void cancelWork() {
        work.cancel();
    }

    void toggleHelp() {
        help.toggle();
    }

    void togglePanel() {
        toolbar.togglePanel();
        layoutPanels();
    }

    // ---- state ----

    private void showFolder(OpenedFolder opened) {
        folder = opened;
        browser.show(opened);
        seriesList.show(BrowserRow.of(opened.index(), opened.previews(), text));
        toolbar.folderOpen();
    }

    private void useBundle(ModelBundle loadedBundle) {
        ModelBundle previous = bundle;
        bundle = loadedBundle;
        bundleSummary = BundleSummary.of(loadedBundle.manifest(), loadedBundle.source().toAbsolutePath());
        startBundle.show(bundleSummary, null);
        caseBundle.show(bundleSummary, null);
        status.setBundle(bundleSummary, text);
        if (previous != null && previous != loadedBundle) {
            previous.close();
        }
    }

    private void clearRecent() {
        recent.clear();
        start.setRecent(recent.entries());
    }

    private void showScreen(Screen next) {
        screen = next;
        centre.getChildren().setAll(switch (next) {
            case START -> start.node();
            case BROWSER -> browser.node();
            case VIEWER -> viewerNode();
        });
        layoutPanels();
    }

    /** The side panels belong to the viewer; the start screen and the browser use the whole width. */
    private void layoutPanels() {
        boolean viewing = screen == Screen.VIEWER;
        root.setLeft(viewing && toolbar.panelShown() ? panels.left() : null);
        root.setRight(viewing ? panels.right() : null);
    }

    private boolean closeOverlays() {
        if (help.isShowing()) {
            help.hide();
            return true;
        }
        if (problem.isShowing()) {
            problem.hide();
            return true;
        }
        return false;
    }

    private void close() {
        work.shutdown();
        if (bundle != null) {
            bundle.close();
        }
    }

    // ---- layout ----

    private void registerShortcuts() {
        String file = "help.group.file";
        shortcuts.add(file, "help.action.open", this::chooseFolder, "Shortcut+O");
        shortcuts.add(file, "help.action.demo", this::openDemo, "Shortcut+D");
        shortcuts.add(file, "help.action.bundle", this::chooseBundleFolder, "Shortcut+B");
        shortcuts.describe(file, "help.action.drop", "gesture.drop");
        String browse = "help.group.browser";
        shortcuts.add(browse, "help.action.browse", this::showBrowser, "Shortcut+L");
        shortcuts.describe(browse, "help.action.load", "Enter", "gesture.doubleClick");
        String window = "help.group.window";
        shortcuts.add(window, "help.action.cancel", this::cancelWork, "Shortcut+Period");
        shortcuts.add(window, "help.action.panel", this::togglePanel, "F9");
        shortcuts.add(window, "help.action.help", this::toggleHelp, "F1", "?");
        shortcuts.describe(window, "help.action.close", "Esc");
    }

    // ---- for tests and for the parts merged later ----

    BorderPane root() {
        return root;
    }

    /** The whole window's content, the help overlay included (screenshots). */
    StackPane sceneRoot() {
        return sceneRoot;
    }

    /** The ROI tools area of the left panel (filled by the ROI tools). */
    VBox roiTools() {
        return panels.roiTools();
    }

    Shortcuts shortcuts() {
        return shortcuts;
    }

    BackgroundWork work() {
        return work;
    }

    ProblemBanner problem() {
        return problem;
    }

    StatusBar status() {
        return status;
    }

    HelpOverlay help() {
        return help;
    }

    SeriesBrowser browser() {
        return browser;
    }

    Screen screen() {
        return screen;
    }

    RecentCases recent() {
        return recent;
    }

    BundleSummary bundleSummary() {
        return bundleSummary;
    }

    LoadedSeries loaded() {
        return loaded;
    }

    Mask mask() {
        return mask;
    }

    Path dataFolder() {
        return dataFolder;
    }

}
