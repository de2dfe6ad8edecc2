package org.tacerisk.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.io.IOException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.tacerisk.common.Progress;
import org.tacerisk.dicom.LoadedSeries;
import org.tacerisk.dicom.SeriesEntry;
import org.tacerisk.dicom.SeriesLoader;
import org.tacerisk.image.Mask;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.app.roi.RoiWorkspace;

/**
 * The workstation's one window (../shared/docs/workstation-ui.md): toolbar on top; the start screen, the series
 * browser or the viewer in the centre under the error panel; while a series is viewed, the series list and the ROI
 * tools on the left and the case on the right; the status bar at the bottom (running work with Cancel, the model
 * bundle, its SYNTHETIC label). Every long call goes through {@link BackgroundWork}; every failure to the
 * {@link ProblemBanner}; every shortcut into {@link Shortcuts}. Docs: docs/workstation.md.
 */
public final class MainWindow implements CaseDocument.Host, OutlineActions.Window, ReportActions.Host,
        ExportActions.Window {

    static final double DEFAULT_WIDTH = 1366;
    static final double DEFAULT_HEIGHT = 768;

    /** What the centre shows. */
    enum Screen { START, BROWSER, FIRST_LOOK, VIEWER }

    /** The first look's longer side in pixels: the full matrix of a CT slice. */
    static final int FIRST_LOOK_SIZE = 512;

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
    private final SeriesView seriesView;
    private final CasePanel casePanel;
    private final CaseDocument caseDocument;
    /** Report ▾ (tests write reports through it without the chooser). */
    final ReportActions reports;
    private final NoticeBar notice;
    private final OutlineMenu outlineMenu;
    private final OutlineActions outlineActions;
    private final StackPane centre = new StackPane();
    private final FirstLook firstLook;
    private Screen beforeFirstLook;
    private int firstLooksShown;
    private boolean figuresEnlarged;
    /** The window that replaced this one on its stage (a language switch), or null; tests follow it. */
    MainWindow replacedBy;

    private Screen screen;
    private ModelBundle bundle;
    private BundleSummary bundleSummary;
    private OpenedFolder folder;
    private SeriesEntry viewedSeries;

    public MainWindow(Stage stage, WorkstationOptions options) {
        this(stage, options, Installation.dataFolder());
    }

    MainWindow(Stage stage, WorkstationOptions options, Path dataFolder) {
        this.stage = stage;
        this.options = options;
        this.text = Messages.of(WorkstationLanguage.resolve(options.language(), dataFolder));
        this.dataFolder = dataFolder;
        this.recent = new RecentCases(dataFolder);
        status = new StatusBar(text);
        problem = new ProblemBanner(text);
        notice = new NoticeBar(text);
        work = new BackgroundWork(status, text, (title, failure, onChoice) -> problem.show(
                Problem.of(title, failure, text), onChoice));
        help = new HelpOverlay(text, shortcuts);
        startBundle = new BundleCard(text, "start", this::chooseBundleFolder);
        caseBundle = new BundleCard(text, "case", this::chooseBundleFolder);
        start = new StartScreen(text, this::chooseFolder, this::openDemo, () -> caseDocument().chooseAndOpen(),
                this::openFolder, this::clearRecent, startBundle);
        start.setRecent(recent.entries());
        browser = new SeriesBrowser(text, this::loadSeries);
        seriesList = new SeriesList(text, this::loadSeries);
        casePanel = new CasePanel(text, work, new org.tacerisk.audit.AuditLog(dataFolder));
        panels = new SidePanels(text, seriesList, caseBundle, casePanel);
        casePanel.onEnlarge(this::toggleFigures);
        caseDocument = new CaseDocument(text, work, notice, problem, this,
                () -> stage.setTitle(text.get("app.title") + caseDocument().titleSuffix()), dataFolder);
        WindowShortcuts.register(shortcuts, this);
        toolbar = new WorkstationToolbar(text, new WorkstationToolbar.Actions(this::chooseFolder, this::openDemo,
                this::chooseBundleFolder, this::chooseBundleZip, () -> loadBundle(Installation.demoBundle()),
                this::showBrowser, this::layoutPanels, this::toggleHelp, () -> caseDocument.save(),
                () -> caseDocument.saveAs(), () -> caseDocument.chooseAndOpen()));
        seriesView = new SeriesView(text);
        centre.setMinSize(0, 0);
        firstLook = new FirstLook(text);
        outlineActions = new OutlineActions(text, work, problem, notice, dataFolder, this);
        outlineMenu = new OutlineMenu(text, stage, this::importOutline, this::exportOutline);
        toolbar.addBeforeHelp(outlineMenu.node());
        reports = new ReportActions(text, work, notice, this, stage);
        toolbar.addBeforeHelp(reports.node());
        ExportMenu exports = new ExportMenu(text, stage, new ExportActions(text, work, problem, notice, this));
        toolbar.addBeforeHelp(exports.node());
        casePanel.onChange(() -> {
            caseDocument.changed();
            exports.refresh();
        });
        toolbar.addBeforeHelp(PresentationMode.button(text, stage, () -> bundle, () -> caseDocument().file()));
        toolbar.addBeforeHelp(LanguageSetting.menu(text, this::switchLanguage));
        toolbar.addBeforeHelp(SelfTestWindow.button(text, stage, work, dataFolder));
        outlineMenu.seriesName(() -> viewedSeries == null ? "" : viewedSeries.seriesDescription());

        root.getStyleClass().add("workstation");
        root.setTop(toolbar.node());
        VBox.setVgrow(centre, Priority.ALWAYS);
        root.setCenter(new VBox(problem.node(), notice.node(), centre));
        root.setBottom(status.node());
        sceneRoot = new StackPane(root, help.node());
        showScreen(Screen.START);
    }

    public void show() {
        Scene scene = new Scene(sceneRoot, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        WindowStyle.apply(scene, text.locale());
        shortcuts.install(scene);
        // a filter: lists and tables consume Esc themselves; the message or the help goes first, a tool's Esc next
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && closeOverlays()) {
                e.consume();
            } else if (screen == Screen.VIEWER && seriesView.workspace() != null && !help.isShowing()) {
                // the ROI tools' keys (P F B E T G I, [ ], Ctrl+Z / Ctrl+Y, Enter, Backspace, Esc) from anywhere
                seriesView.workspace().handleKey(e);
            }
        });
        Choosers.acceptDrops(scene, this::openDropped);
        stage.setTitle(text.get("app.title"));
        stage.setScene(scene);
        // the scene's size, not whatever size the stage had before (tests reuse one stage)
        stage.sizeToScene();
        stage.setOnHidden(e -> close());
        stage.setOnCloseRequest(e -> {
            if (!caseDocument.confirmClose()) {
                e.consume();
            }
        });
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
        if (options.caseFile() == null && !caseDocument.offerAutosaved()) {
            outlineActions.offerRecovery();
        }
        if (options.dicom() != null) {
            openFolder(options.dicom());
        }
        if (options.demo()) {
            openDemo();
        }
        if (options.caseFile() != null) {
            caseDocument.open(options.caseFile());
        }
    }

    // ---- actions (the buttons, keys and drops call these; tests call them with paths) ----

    /** Asks for a DICOM folder and opens it. */
    void chooseFolder() {
        Choosers.folder(stage, text.get("chooser.dicom"), this::openFolder);
    }

    /** A dropped case file opens as a case; a dropped folder opens; a dropped file opens the folder it is in. */
    void openDropped(List<File> files) {
        if (files.isEmpty()) {
            return;
        }
        Path dropped = files.get(0).toPath();
        if (dropped.getFileName().toString().endsWith(org.tacerisk.casefile.CaseFile.EXTENSION)) {
            caseDocument.open(dropped);
        } else {
            openFolder(dropped);
        }
    }

    /** Scans {@code chosen} (a folder, or a file standing for its folder) and shows it in the series browser. */
    void openFolder(Path chosen) {
        openFolder(chosen, opened -> showScreen(Screen.BROWSER));
    }

    @Override
    public void openFolder(Path chosen, Consumer<OpenedFolder> then) {
        problem.hide();
        Path dir = OpenedFolder.folderOf(chosen);
        work.run(text.get("work.scan", DisplayText.shortFolder(dir)), text.get("problem.title.scan"),
                p -> OpenedFolder.scan(dir, text, p), opened -> {
                    showFolder(opened);
                    recent.add(dir, "", Instant.now());
                    start.setRecent(recent.entries());
                    then.accept(opened);
                });
    }

    /**
     * Loads {@code series} in the background and shows it. Its middle slice comes first (two files: a fraction of a
     * second) and is on screen while the rest decodes; a cancel or a failure goes back to where the user was.
     */
    @Override
    public void loadSeries(SeriesEntry series) {
        loadSeries(series, loaded -> null, () -> { });
    }

    /** As {@link #loadSeries(SeriesEntry)}, with the outline {@code tumour} reads for it (a saved case's). */
    @Override
    public void loadSeries(SeriesEntry series, java.util.function.Function<LoadedSeries, Mask> tumour,
            Runnable after) {
        problem.hide();
        String name = series.seriesDescription() == null ? "" : series.seriesDescription();
        javafx.concurrent.Task<LoadedWithOutline> task = work.run(text.get("work.load", name),
                text.get("problem.title.load"), p -> {
                    SeriesPreview look = SeriesPreview.of(series, Progress.NONE, FIRST_LOOK_SIZE);
                    if (look != null) {
                        javafx.application.Platform.runLater(() -> showFirstLook(series, look));
                    }
                    LoadedSeries loaded = SeriesLoader.load(series, p);
                    return new LoadedWithOutline(loaded, tumour.apply(loaded));
                }, l -> {
                    viewedSeries = series;
                    showSeries(l.series(), l.tumour());
                    if (folder != null) {
                        recent.add(folder.index().root(), name, Instant.now());
                        start.setRecent(recent.entries());
                    }
                    after.run();
                });
        task.stateProperty().addListener((o, was, now) -> {
            if (now == javafx.concurrent.Worker.State.FAILED && screen == Screen.FIRST_LOOK) {
                showScreen(beforeFirstLook);
            }
        });
    }

    private record LoadedWithOutline(LoadedSeries series, Mask tumour) {
    }

    /** The chosen series' middle slice while the whole series loads (not the viewer: nothing to edit yet). */
    private void showFirstLook(SeriesEntry series, SeriesPreview look) {
        if (!work.isBusy()) {
            return; // the load already ended (done, cancelled or failed) before this arrived
        }
        firstLook.show(look, series.seriesDescription(), series.instanceCount());
        firstLooksShown++;
        if (screen != Screen.FIRST_LOOK) {
            beforeFirstLook = screen;
        }
        showScreen(Screen.FIRST_LOOK);
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
                p -> ModelBundle.load(path, org.tacerisk.model.TrustPolicy.of(dataFolder, false)), this::useBundle);
    }

    void chooseBundleFolder() {
        Choosers.folder(stage, text.get("chooser.bundle"), this::loadBundle);
    }

    void chooseBundleZip() {
        Choosers.file(stage, text.get("chooser.bundleZip"), text.get("chooser.zip"), "*.zip", this::loadBundle);
    }

    /**
     * Shows a loaded series in the viewer with its tumour outline: {@code tumour} (the demo's structure set) or
     * none, and on top of it the outline left unsaved last time, if any (said on the notice bar). The previous
     * series' outline is written to its recovery file first.
     */
    public void showSeries(LoadedSeries series, Mask tumour) {
        Path folderPath = folder == null ? dataFolder : folder.index().root();
        seriesView.close();
        TumourOutline outline;
        try {
            outline = TumourOutline.open(series, folderPath, tumour, dataFolder);
        } catch (IOException | RuntimeException e) {
            problem.show(Problem.of(text.get("problem.title.recovery"), e, text), null);
            try {
                outline = TumourOutline.openWithoutRecovery(series, folderPath, tumour, dataFolder);
            } catch (RuntimeException again) {
                problem.show(Problem.of(text.get("problem.title.load"), again, text), null);
                return;
            }
        }
        caseDocument.newCase();
        RoiWorkspace workspace = seriesView.show(outline, viewedSeries == null ? null
                : viewedSeries.seriesDescription());
        panels.showRoiTools(workspace.toolsNode(), workspace.measurementsNode());
        casePanel.attach(outline, seriesView.viewer());
        outline.restored().ifPresent(h -> notice.show(text.get("notice.restored",
                DisplayText.count(h.voxelCount(), text), DisplayText.when(h.writtenAt()))));
        outlineMenu.setEnabled(true);
        toolbar.caseOpen();
        if (viewedSeries != null) {
            seriesList.select(viewedSeries.seriesInstanceUid());
            browser.select(viewedSeries.seriesInstanceUid());
        }
        showScreen(Screen.VIEWER);
    }

    /** The centre while a series is open: the series line and the CT viewer. */
    Node viewerNode() {
        return seriesView.node();
    }

    /** Reads an outline from {@code file} onto the open series and makes it the outline (one undo step). */
    void importOutline(Path file) {
        outlineActions.importOutline(file);
    }

    /** Writes the outline as {@code format} to {@code out}; once written, its recovery file goes. */
    void exportOutline(MaskFiles.Format format, Path out) {
        outlineActions.exportOutline(format, out);
    }

    /** Back to the series browser of the open folder (the viewed series stays loaded). */
    void showBrowser() {
        if (folder != null) {
            showScreen(Screen.BROWSER);
        }
    }

    /**
     * Language ▾: kept for the next start, and the window rebuilt in it now on the same stage, the open case (series,
     * outline, values, result, saved or not) carried over through a case file in the data folder.
     */
    void switchLanguage(java.util.Locale language) {
        try {
            LanguageSetting.save(dataFolder, language);
        } catch (IOException e) {
            problem.show(Problem.of(text.get("problem.title.language"), e, text), null);
            return;
        }
        CaseDocument.Carried carried = caseDocument.carryOver(dataFolder);
        double width = stage.getWidth();
        double height = stage.getHeight();
        Path bundlePath = bundle == null ? options.bundle() : bundle.source();
        close();
        MainWindow next = new MainWindow(stage, new WorkstationOptions(null, carried == null ? null
                : carried.caseFile(), bundlePath, false, language), dataFolder);
        next.caseDocument.continueFrom(carried);
        next.show();
        stage.setWidth(width);
        stage.setHeight(height);
        replacedBy = next;
    }

    /** The nomogram and model figures in the centre (tumour board) instead of the viewer, or back. */
    void toggleFigures() {
        figuresEnlarged = !figuresEnlarged;
        casePanel.showEnlarged(figuresEnlarged);
        if (screen == Screen.VIEWER) {
            showScreen(Screen.VIEWER);
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
        casePanel.useBundle(loadedBundle);
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
            case FIRST_LOOK -> firstLook.node();
            case VIEWER -> figuresEnlarged ? casePanel.tabs() : viewerNode();
        });
        if (!figuresEnlarged) {
            panels.figures().getChildren().setAll(casePanel.tabs());
        }
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
        if (notice.isShowing()) {
            notice.hide();
            return true;
        }
        return false;
    }

    private void close() {
        casePanel.close();
        seriesView.close();
        work.shutdown();
        if (bundle != null) {
            bundle.close();
        }
    }

    // ---- for tests and the window's parts; the whole content, the help overlay included (screenshots) ----
    StackPane sceneRoot() {
        return sceneRoot;
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

    /** How often a series' middle slice was shown while it loaded (tests). */
    int firstLooksShown() {
        return firstLooksShown;
    }

    RecentCases recent() {
        return recent;
    }

    BundleSummary bundleSummary() {
        return bundleSummary;
    }

    @Override
    public LoadedSeries loaded() {
        return seriesView.loaded();
    }

    /** The outline as a mask now (null when no series is open). */
    @Override
    public Mask mask() {
        return seriesView.outline() == null ? null : seriesView.outline().toMask();
    }

    @Override
    public TumourOutline outline() {
        return seriesView.outline();
    }

    @Override
    public void showBrowserScreen() {
        showScreen(Screen.BROWSER);
    }

    RoiWorkspace workspace() {
        return seriesView.workspace();
    }

    @Override
    public CasePanel casePanel() {
        return casePanel;
    }

    CaseDocument caseDocument() {
        return caseDocument;
    }

    @Override
    public ModelBundle bundle() {
        return bundle;
    }

    @Override
    public Path seriesFolder() {
        return folder == null ? null : folder.index().root();
    }

    @Override
    public javafx.stage.Window stage() {
        return stage;
    }

    NoticeBar notice() {
        return notice;
    }

    Path dataFolder() {
        return dataFolder;
    }

}
