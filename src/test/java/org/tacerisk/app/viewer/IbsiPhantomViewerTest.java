package org.tacerisk.app.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tacerisk.app.Messages;
import org.tacerisk.app.Screenshots;
import org.tacerisk.dicom.CaseInputs;
import org.tacerisk.image.Mask;
import org.tacerisk.testsupport.SharedData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The viewer on a real CT: the IBSI-1 CT phantom (a thorax; 0.977 × 0.977 × 3 mm, loaded from DICOM as the
 * workstation loads it) with its GTV-1 RTSTRUCT as the overlay, at the default window size of the workstation
 * (1366 × 768 less the shell's chrome). Screenshots for the review; letters and aspect checked.
 */
@ExtendWith(ApplicationExtension.class)
class IbsiPhantomViewerTest {

    private static final String IBSI_CT = "data/ibsi/ibsi_1_ct_radiomics_phantom";

    private CtViewer viewer;
    private Mask gtv;

    @Start
    void start(Stage stage) throws Exception {
        if (!SharedData.has(IBSI_CT)) {
            return; // the test itself skips, counted (an assumption here in @Start would be an error)
        }
        Path phantom = SharedData.ibsiCtPhantom().resolve("dicom");
        CaseInputs.Image image = CaseInputs.readImage(phantom.resolve("image"));
        gtv = CaseInputs.readMask(phantom.resolve("mask/DCM_RS_00060.dcm"), "GTV-1", image.volume().geometry(),
                image.series()).mask();
        viewer = new CtViewer(Messages.of(Locale.ENGLISH)::get);
        viewer.setVolume(image.volume());
        viewer.setOverlay(MaskOverlay.of(gtv));
        Scene scene = new Scene(viewer, 960, 640);
        scene.getStylesheets().add(CtViewer.class.getResource("/org/tacerisk/app/workstation.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        viewer.requestFocus();
    }

    @Test
    void realCtWithTheGtvInEveryView(FxRobot robot) {
        SharedData.ibsiCtPhantom();
        ViewerModel model = viewer.model();
        robot.interact(() -> model.setCrosshair(centreOf(gtv)));
        robot.moveTo(viewer.view(Orientation.AXIAL)).type(KeyCode.DIGIT4); // lung window: the GTV is a lung tumour
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("R", "L", "A", "P"), letters(Orientation.AXIAL));
        assertEquals(List.of("R", "L", "S", "I"), letters(Orientation.CORONAL));
        assertEquals(List.of("A", "P", "S", "I"), letters(Orientation.SAGITTAL));
        SliceGeometry coronal = model.plane(Orientation.CORONAL);
        assertEquals(3.0 / 0.977, coronal.rowSpacing() / coronal.columnSpacing(), 0.01, "3 mm slices, 0.977 mm pixels");
        assertTrue(viewer.view(Orientation.AXIAL).frame().width() > 0);
        Screenshots.save(viewer, "viewer-ibsi-lung-window-gtv");
        robot.clickOn("#viewer-main-coronal");
        robot.interact(() -> model.setCrosshair(centreOf(gtv)));
        robot.moveTo(viewer.view(Orientation.CORONAL));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(viewer, "viewer-ibsi-coronal-gtv");
    }

    private List<String> letters(Orientation o) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> viewer.view(o).lookupAll(
                ".orientation-letter").stream().map(n -> ((Label) n).getText()).toList()));
    }

    private static int[] centreOf(Mask m) {
        var g = m.geometry();
        long[] sum = new long[3];
        long n = 0;
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    if (m.contains(i, j, k)) {
                        sum[0] += i;
                        sum[1] += j;
                        sum[2] += k;
                        n++;
                    }
                }
            }
        }
        return new int[] {(int) (sum[0] / n), (int) (sum[1] / n), (int) (sum[2] / n)};
    }
}
