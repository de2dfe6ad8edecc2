package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.app.SeriesBrowserWindowTest.texts;
import static org.tacerisk.app.ShellFixtures.assertNoStackTrace;
import static org.tacerisk.app.ShellFixtures.awaitIdle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.model.BundleSignature;
import org.tacerisk.model.BundleTrust;
import org.tacerisk.model.TrustPolicy;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Signed bundles in the workstation (issue 16): an unsigned copy of the demo bundle is refused, naming the problem
 * and the remedy, while the signed demo stays active; with the site's research-use setting it loads and its
 * card shows the RESEARCH USE label; a language change keeps that setting.
 */
@ExtendWith(ApplicationExtension.class)
class BundleTrustWindowTest {

    @TempDir
    static Path temp;

    private Path data;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        data = Files.createTempDirectory(temp, "data");
        window = new MainWindow(stage, WorkstationOptions.none(), data);
        window.show();
    }

    private static Path unsignedDemo() throws IOException {
        Path copy = ShellFixtures.copyTree(Installation.demoBundle(), temp.resolve("unsigned" + System.nanoTime()));
        Files.delete(copy.resolve(BundleSignature.FILE));
        return copy;
    }

    @Test
    void anUnsignedBundleIsRefusedUnlessTheSiteAllowsResearchUseThenItIsLabelled(FxRobot robot) throws IOException {
        Path unsigned = unsignedDemo();
        awaitIdle(window);
        BundleSummary before = window.bundleSummary();
        robot.interact(() -> window.loadBundle(unsigned));
        awaitIdle(window);
        assertTrue(window.problem().isShowing());
        String shown = texts(robot.lookup("#problem").query());
        assertTrue(shown.contains("The model bundle was refused"), shown);
        assertTrue(shown.contains("is not signed, so it is not used"), shown);
        assertTrue(shown.contains(TrustPolicy.RESEARCH_SETTING + "=true"), "names the site's remedy: " + shown);
        assertFalse(shown.contains("--research-use"), "no command-line option in the window: " + shown);
        assertNoStackTrace(shown);
        assertEquals(before, window.bundleSummary(), "the signed demo stays active");

        robot.interact(() -> window.loadBundle(Installation.demoBundle()));
        awaitIdle(window);
        Files.writeString(data.resolve("settings.properties"), TrustPolicy.RESEARCH_SETTING + "=true\n");
        robot.interact(() -> window.loadBundle(unsigned));
        awaitIdle(window);
        assertFalse(window.problem().isShowing());
        String card = texts(robot.lookup("#startBundleCard").query());
        assertTrue(card.contains(BundleTrust.RESEARCH_LABEL), card);
        Screenshots.save(window.sceneRoot(), "bundle-research-use");

        LanguageSetting.save(data, java.util.Locale.SIMPLIFIED_CHINESE);
        assertTrue(TrustPolicy.researchUseSetting(data), "a language change keeps the site's setting");
        assertTrue(Files.readString(data.resolve("settings.properties")).contains("language=zh-CN"));
    }
}
