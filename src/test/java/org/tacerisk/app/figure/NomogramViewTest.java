package org.tacerisk.app.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tacerisk.app.Messages;
import org.tacerisk.app.Screenshots;
import org.tacerisk.app.figure.NomogramMarkers.AxisMapping;
import org.tacerisk.app.figure.NomogramMarkers.Kind;
import org.tacerisk.nomogram.NomogramPredictor;
import org.tacerisk.nomogram.NomogramScale;
import org.tacerisk.report.figure.NomogramFigure;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The interactive nomogram in a 1366 × 768 window (headless TestFX + Monocle) on a clinical-looking scale: AFP
 * (log10, 1 to 100 000 ng/mL, beta 0.35), tumour size (numeric, 0 to 150 mm, beta 0.02), nodules (integer 1 to 4,
 * beta 0.4) and portal vein invasion (categorical no / yes, beta 1.1). Dragging a marker moves it, tells the
 * listener, and the totals follow; a categorical marker snaps to a level.
 */
@ExtendWith(ApplicationExtension.class)
class NomogramViewTest {

    private static final double SIZE_BETA = 0.02;

    private NomogramView view;
    private final List<double[]> dragged = new ArrayList<>();

    static NomogramScale clinicalScale() {
        return NomogramScale.of(-3, List.of(
                NomogramPredictor.log10("AFP (ng/mL)", 0.35, 1, 100000),
                NomogramPredictor.numeric("Tumour size (mm)", SIZE_BETA,
                        new double[] {0, 20, 40, 60, 80, 100, 120, 140, 160}),
                NomogramPredictor.numeric("Nodules", 0.4, new double[] {1, 2, 3, 4}),
                NomogramPredictor.categorical("Portal vein invasion", List.of("no", "yes"), new double[] {1.1})),
                -2.4, 2.5);
    }

    @Start
    void start(Stage stage) {
        NomogramScale scale = clinicalScale();
        NomogramMarkers markers = new NomogramMarkers(scale, List.of(AxisMapping.of(Kind.LOG10),
                AxisMapping.of(Kind.NUMERIC), AxisMapping.of(Kind.INTEGER),
                new AxisMapping(Kind.CATEGORICAL, new double[] {0, 1})));
        NomogramFigure figure = NomogramFigure.of(scale, scale.axes().stream().map(NomogramScale.Axis::predictor)
                .toList(), "Risk of distant metastasis").watermark("SYNTHETIC DEMO — not for clinical use");
        view = new NomogramView(figure, markers, Messages.of(Locale.ENGLISH)::get);
        view.setPatient(new double[] {250, 42, 2, 0});
        view.setOnValueDragged((axis, value) -> dragged.add(new double[] {axis, value}));
        BorderPane root = new BorderPane(view);
        root.getStyleClass().add("workstation");
        javafx.scene.Scene scene = new javafx.scene.Scene(root, 1366, 768);
        scene.getStylesheets().add(getClass().getResource("/org/tacerisk/app/workstation.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void draggingTheTumourSizeMarkerChangesTheValueAndTheTotals(FxRobot robot) {
        Circle marker = robot.lookup("#nomogramMarker-1").queryAs(Circle.class);
        double before = view.value(1);
        double zoom = view.viewPoint(1, 0).getX() - view.viewPoint(0, 0).getX();
        double dx = 60;
        int draws = view.figureDraws;
        robot.drag(marker, MouseButton.PRIMARY).moveBy(dx, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double after = view.value(1);
        // 60 view pixels = 60 / (zoom * pointsScale) points = that / sc / beta mm
        NomogramMarkers m = view.markers();
        double expected = before + dx / (zoom * view.figureLayout().pointsScale()) / m.scale().sc() / SIZE_BETA;
        double mmPerPixel = 1 / (zoom * view.figureLayout().pointsScale()) / m.scale().sc() / SIZE_BETA;
        assertEquals(expected, after, 1.5 * mmPerPixel, "the size under the mouse");
        assertTrue(!dragged.isEmpty(), "the listener heard the drag");
        assertEquals(draws, view.figureDraws, "a drag moves the markers only; the figure is not drawn again");
        double[] last = dragged.get(dragged.size() - 1);
        assertEquals(1, (int) last[0]);
        assertEquals(after, last[1], 0, "the listener got the value the view shows");
        double total = m.pointsOf(0, 250) + m.pointsOf(1, after) + m.pointsOf(2, 2) + m.pointsOf(3, 0);
        assertEquals(total, view.totalPoints(), 1e-12);
        assertEquals(m.scale().probabilityOfTotal(total), view.probability(), 1e-12);
        double markerX = view.viewPoint(view.figureLayout().xOfPoints(m.pointsOf(1, after)), 0).getX();
        assertEquals(markerX, marker.getCenterX(), 1e-9, "the marker sits at the value's points");
        String readout = robot.lookup("#nomogramTotalReadout").queryAs(Label.class).getText();
        assertEquals(String.format(Locale.ROOT, "%.1f points", total), readout);
        Screenshots.save(view, "nomogram-view");
    }

    @Test
    void draggingThePortalVeinMarkerSnapsToALevel(FxRobot robot) {
        Circle marker = robot.lookup("#nomogramMarker-3").queryAs(Circle.class);
        NomogramMarkers m = view.markers();
        double levelGap = view.viewPoint(view.figureLayout().xOfPoints(m.pointsOf(3, 1)), 0).getX()
                - marker.getCenterX();
        // two thirds of the way to "yes": snaps to yes, and the marker sits exactly on yes's tick
        robot.drag(marker, MouseButton.PRIMARY).moveBy(levelGap * 2 / 3, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, view.value(3));
        double yesX = view.viewPoint(view.figureLayout().xOfPoints(m.pointsOf(3, 1)), 0).getX();
        assertEquals(yesX, marker.getCenterX(), 1e-9);
        assertTrue(robot.lookup("#nomogramReadout-3").queryAs(Label.class).getText().startsWith("yes · "));
        // a third of the way back stays on yes
        robot.drag(marker, MouseButton.PRIMARY).moveBy(-levelGap / 3, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, view.value(3));
        assertEquals(m.scale().probabilityOfTotal(m.pointsOf(0, 250) + m.pointsOf(1, 42) + m.pointsOf(2, 2)
                + m.pointsOf(3, 1)), view.probability(), 1e-12);
    }
}
