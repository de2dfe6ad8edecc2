package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.app.ShellFixtures.assertNoStackTrace;
import static org.tacerisk.app.ShellFixtures.awaitIdle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.Severity;
import org.tacerisk.dicom.SeriesEntry;
import org.tacerisk.dicom.SeriesReference;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Opening a DICOM folder through the window: the browser shows each series with its thumbnail, size, findings and
 * structure sets before anything is loaded; loading runs in the background with progress and can be cancelled; a
 * series with errors, a corrupt series and a folder without DICOM each give a visible message, and the app still
 * works afterwards (the next action succeeds).
 */
@ExtendWith(ApplicationExtension.class)
class SeriesBrowserWindowTest {

    @TempDir
    static Path temp;
    static Path folder;
    static Path missingSliceFile;

    private MainWindow window;

    @BeforeAll
    static void writeFolder() throws IOException {
        folder = temp.resolve("export");
        SeriesReference pv = ShellFixtures.series(folder.resolve("pv"), 3, "PV portal venous", 20, 64);
        ShellFixtures.structureSet(pv, ShellFixtures.phantom(20, 64), folder.resolve("pv-rtstruct.dcm"));
        ShellFixtures.series(folder.resolve("art"), 2, "ART arterial", 20, 64);
        missingSliceFile = ShellFixtures.withMissingSlice(folder.resolve("art"));
        Path corrupt = folder.resolve("corrupt.dcm");
        Files.copy(ShellFixtures.files(folder.resolve("pv")).get(0), corrupt);
        ShellFixtures.truncate(corrupt);
        Files.writeString(folder.resolve("notes.txt"), "not DICOM");
    }

    @Start
    void start(Stage stage) throws IOException {
        window = new MainWindow(stage, WorkstationOptions.none(), Files.createTempDirectory(temp, "data"));
        window.show();
    }

    @Test
    void theBrowserShowsEverySeriesWithThumbnailSizeFindingsAndStructureSetsBeforeLoading(FxRobot robot) {
        awaitIdle(window);
        robot.interact(() -> window.openFolder(folder));
        awaitIdle(window);
        assertEquals(MainWindow.Screen.BROWSER, window.screen());
        List<BrowserRow> series = seriesRows();
        assertEquals(2, series.size());
        BrowserRow art = row(series, "ART");
        BrowserRow pv = row(series, "PV");
        assertNotNull(pv.preview(), "thumbnail of the middle slice");
        assertEquals("20", pv.images());
        assertEquals("2.5 mm", pv.thickness());
        assertEquals("0.70 × 0.70 mm", pv.spacing());
        assertEquals("portal venous", pv.phase());
        assertEquals("arterial", art.phase());
        assertEquals(Severity.ERROR, art.worst());
        assertTrue(art.findingSummary().toLowerCase().contains("missing"), art.findingSummary());
        assertTrue(pv.children().stream().anyMatch(c -> c.title().startsWith("RTSTRUCT")), "structure set listed");
        String unreadable = texts(robot.lookup("#unreadableFiles").query());
        assertTrue(unreadable.contains("corrupt.dcm"), unreadable);
        assertTrue(unreadable.contains("1 file(s) are not DICOM"), unreadable);
        Screenshots.save(window.sceneRoot(), "browser");

        robot.interact(() -> window.browser().select(art.series().seriesInstanceUid()));
        String details = texts(robot.lookup("#seriesDetails").query());
        assertTrue(details.contains("cannot be loaded as it is"), details);
        assertTrue(details.toLowerCase().contains("missing"), details);
        assertTrue(details.contains("Re-export"), "what to do: " + details);
        Screenshots.save(window.sceneRoot(), "browser-series-with-errors");
    }

    @Test
    void loadingRunsInTheBackgroundWithProgressAndShowsTheSeries(FxRobot robot) {
        awaitIdle(window);
        robot.interact(() -> window.openFolder(folder));
        awaitIdle(window);
        List<String> messages = new ArrayList<>();
        List<Boolean> progressShown = new ArrayList<>();
        Label status = robot.lookup("#statusMessage").queryAs(Label.class);
        Node progress = robot.lookup("#statusProgress").query();
        robot.interact(() -> {
            status.textProperty().addListener((o, a, b) -> messages.add(b));
            progress.visibleProperty().addListener((o, a, b) -> progressShown.add(b));
            window.browser().select(row(seriesRows(), "PV").series().seriesInstanceUid());
        });
        robot.clickOn("#loadSeries");
        awaitIdle(window);
        assertEquals(MainWindow.Screen.VIEWER, window.screen());
        assertEquals(1, window.firstLooksShown(), "the middle slice was on screen before the whole series");
        assertTrue(progressShown.contains(true), "the progress bar showed while loading");
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Loading series PV portal venous")), "" + messages);
        assertTrue(window.status().message().contains("done"), window.status().message());
        String viewer = robot.lookup("#viewerLabel").queryAs(Label.class).getText();
        assertTrue(viewer.contains("64 × 64 × 20 voxels"), viewer);
        assertEquals("PV portal venous", window.recent().entries().get(0).description());
        assertNotNull(robot.lookup("#roiTools").query(), "the ROI tools area is there for the tools");
        Screenshots.save(window.sceneRoot(), "viewer-series-loaded");
    }

    @Test
    void aSeriesWithErrorsSaysWhyAndWhatToDoAndTheAppStillWorks(FxRobot robot) {
        awaitIdle(window);
        robot.interact(() -> window.openFolder(folder));
        awaitIdle(window);
        robot.interact(() -> window.loadSeries(row(seriesRows(), "ART").series()));
        awaitIdle(window);
        assertTrue(window.problem().isShowing());
        String shown = texts(robot.lookup("#problem").query());
        assertTrue(shown.contains("The series could not be loaded"), shown);
        assertTrue(shown.contains("MISSING_SLICES") || shown.toLowerCase().contains("missing"), shown);
        assertTrue(shown.contains("Re-export"), "what to do: " + shown);
        assertNoStackTrace(shown);
        assertEquals(MainWindow.Screen.BROWSER, window.screen());
        Screenshots.save(window.sceneRoot(), "problem-series-with-errors");

        robot.interact(() -> window.loadSeries(row(seriesRows(), "PV").series()));
        awaitIdle(window);
        assertFalse(window.problem().isShowing());
        assertEquals(MainWindow.Screen.VIEWER, window.screen());
    }

    @Test
    void aCorruptSeriesNamesTheFileAndTheAppStillWorks(FxRobot robot) throws IOException {
        Path corruptFolder = temp.resolve("corrupt-series");
        ShellFixtures.series(corruptFolder, 5, "Corrupt", 12, 64);
        Path broken = ShellFixtures.files(corruptFolder).get(6);
        byte[] bytes = Files.readAllBytes(broken);
        Files.write(broken, java.util.Arrays.copyOf(bytes, bytes.length - 3000)); // pixel data cut short
        awaitIdle(window);
        robot.interact(() -> window.openFolder(corruptFolder));
        awaitIdle(window);
        SeriesEntry entry = seriesRows().get(0).series();
        robot.interact(() -> window.loadSeries(entry));
        awaitIdle(window);
        assertTrue(window.problem().isShowing());
        String shown = texts(robot.lookup("#problem").query());
        assertTrue(shown.contains(broken.getFileName().toString()), shown);
        assertNoStackTrace(shown);
        Screenshots.save(window.sceneRoot(), "problem-corrupt-series");

        robot.interact(() -> window.openFolder(folder));
        awaitIdle(window);
        assertFalse(window.problem().isShowing());
        assertEquals(2, seriesRows().size());
    }

    @Test
    void aFolderWithoutDicomIsAMessageAndTheAppStillWorks(FxRobot robot) throws IOException {
        Path empty = Files.createDirectories(temp.resolve("no-dicom"));
        Files.writeString(empty.resolve("report.pdf"), "%PDF-1.4 not an image");
        Files.writeString(empty.resolve("readme.txt"), "hello");
        awaitIdle(window);
        robot.interact(() -> window.openFolder(empty));
        awaitIdle(window);
        assertTrue(window.problem().isShowing());
        String shown = texts(robot.lookup("#problem").query());
        assertTrue(shown.contains("The folder could not be opened"), shown);
        assertTrue(shown.contains("no DICOM images"), shown);
        assertTrue(shown.contains(empty.toString()), "names the folder: " + shown);
        assertNoStackTrace(shown);
        assertEquals(MainWindow.Screen.START, window.screen());
        Screenshots.save(window.sceneRoot(), "problem-no-dicom");

        robot.interact(() -> window.openFolder(folder));
        awaitIdle(window);
        assertFalse(window.problem().isShowing());
        assertEquals(MainWindow.Screen.BROWSER, window.screen());
    }

    @Test
    void cancellingALoadSaysCancelledNotAnErrorAndTheNextLoadWorks(FxRobot robot) {
        awaitIdle(window);
        robot.interact(() -> window.openFolder(folder));
        awaitIdle(window);
        SeriesEntry pv = row(seriesRows(), "PV").series();
        robot.interact(() -> {
            window.loadSeries(pv);
            window.cancelWork();
        });
        awaitIdle(window);
        assertTrue(window.status().message().endsWith("cancelled"), window.status().message());
        assertFalse(window.problem().isShowing(), "a cancel is not an error");
        assertEquals(MainWindow.Screen.BROWSER, window.screen());
        assertNull(window.loaded());

        robot.interact(() -> window.loadSeries(pv));
        awaitIdle(window);
        assertEquals(MainWindow.Screen.VIEWER, window.screen());
    }

    @Test
    void aDroppedFileOpensItsFolderAndTheFolderIsRemembered(FxRobot robot) throws IOException {
        awaitIdle(window);
        Path file = ShellFixtures.files(folder.resolve("pv")).get(3);
        robot.interact(() -> window.openDropped(List.of(file.toFile())));
        awaitIdle(window);
        assertEquals(MainWindow.Screen.BROWSER, window.screen());
        assertEquals(folder.resolve("pv").toAbsolutePath(), window.recent().entries().get(0).folder());
        RecentCases reread = new RecentCases(window.dataFolder());
        assertEquals(folder.resolve("pv").toAbsolutePath(), reread.entries().get(0).folder());
    }

    private List<BrowserRow> seriesRows() {
        List<BrowserRow> out = new ArrayList<>();
        for (TreeItem<BrowserRow> p : window.browser().table().getRoot().getChildren()) {
            for (TreeItem<BrowserRow> st : p.getChildren()) {
                st.getChildren().forEach(s -> out.add(s.getValue()));
            }
        }
        return out;
    }

    private static BrowserRow row(List<BrowserRow> rows, String description) {
        return rows.stream().filter(r -> r.series().seriesDescription().startsWith(description)).findFirst()
                .orElseThrow();
    }

    /** Every label's text under {@code node}, one per line. */
    static String texts(Node node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out.stream().collect(Collectors.joining("\n"));
    }

    private static void collect(Node node, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Label l && l.getText() != null && !l.getText().isEmpty()) {
            out.add(l.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
