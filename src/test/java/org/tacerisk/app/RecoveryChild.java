package org.tacerisk.app;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.tacerisk.roi.Brush;
import org.tacerisk.roi.BrushStroke;
import org.tacerisk.roi.PolygonFill;
import org.tacerisk.roi.RoiAction;
import org.tacerisk.roi.RoiEditor;
import org.tacerisk.roi.SlicePlane;

/**
 * The workstation process that {@link RecoveryAfterKillTest} kills: it opens the window headless on a data folder,
 * loads the series of a folder, makes {@link #edit its edits}, says "EDITED" on stdout and waits to be killed.
 * Arguments: the data folder and the DICOM folder. The Monocle properties come from the command line.
 */
public final class RecoveryChild {

    private RecoveryChild() {
    }

    /** The edits the user made before the crash: brush strokes on three slices and a polygon on a fourth. */
    static void edit(RoiEditor editor) {
        Brush brush = Brush.paint(5.0, Brush.Shape.DISC);
        for (int k = 4; k <= 6; k++) {
            BrushStroke stroke = editor.beginStroke(brush, SlicePlane.axial(k), 8, 10);
            stroke.lineTo(14, 12);
            stroke.lineTo(20, 20);
            stroke.end();
        }
        editor.perform(RoiAction.POLYGON, m -> PolygonFill.fill(m, SlicePlane.axial(8),
                new double[] {6, 6, 22, 8, 18, 24, 9, 19}, PolygonFill.Mode.ADD));
        editor.beginStroke(Brush.eraser(2.0, Brush.Shape.DISC), SlicePlane.axial(5), 14, 12).end();
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path dicom = Path.of(args[1]);
        CountDownLatch edited = new CountDownLatch(1);
        Platform.startup(() -> {
            MainWindow window = new MainWindow(new Stage(), new WorkstationOptions(dicom, null, null, false), data);
            window.show();
            waitThenLoad(window, edited);
        });
        edited.await();
        System.out.println("EDITED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    /** Polls (on the JavaFX thread) until the folder is scanned, then loads its series and edits it. */
    private static void waitThenLoad(MainWindow window, CountDownLatch edited) {
        if (window.work().isBusy() || window.browser().table().getRoot() == null) {
            Platform.runLater(() -> waitThenLoad(window, edited));
            return;
        }
        if (window.outline() == null) {
            window.loadSeries(window.browser().table().getRoot().getChildren().get(0).getChildren().get(0)
                    .getChildren().get(0).getValue().series());
            Platform.runLater(() -> waitThenLoad(window, edited));
            return;
        }
        edit(window.outline().session().editor());
        edited.countDown();
    }
}
