package org.tacerisk.app.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tacerisk.model.EntryUnit;
import org.tacerisk.app.Messages;
import org.tacerisk.app.Screenshots;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.model.PredictorSpecification.Level;
import org.tacerisk.model.PredictorSpecification.Source;
import org.tacerisk.model.PredictorSpecification.Transform;
import org.tacerisk.model.PredictorSpecification.Type;
import org.tacerisk.model.TestBundles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The clinical inputs form in a 300-px side panel (headless TestFX + Monocle): the test bundle's predictors (a model
 * score, the measured size, nodules, AFP in ng/mL) and a categorical Child-Pugh class; typing gives decorations and
 * visible reasons, the unit choice converts, the listener gets the entered values.
 */
@ExtendWith(ApplicationExtension.class)
class InputsFormWindowTest {

    private BorderPane root;
    private InputsForm form;
    private final List<PredictorSpecification> specs = new ArrayList<>();
    private final List<ClinicalInputs.Entered> heard = new ArrayList<>();

    @Start
    void start(Stage stage) {
        specs.addAll(TestBundles.manifest().predictors());
        specs.add(new PredictorSpecification("child_pugh", "Child-Pugh class", "", Type.CATEGORICAL, Transform.NONE,
                null, null, null, null, Source.ENTERED, "Child-Pugh class at baseline.",
                List.of(new Level(0.0, "A"), new Level(1.0, "B"))));
        form = new InputsForm(new ClinicalInputs(specs), Messages.of(Locale.ENGLISH)::get);
        form.enteredProperty().addListener((o, was, now) -> heard.add(now));
        root = new BorderPane(form);
        root.getStyleClass().add("workstation");
        Scene scene = new Scene(root, 300, 760);
        scene.getStylesheets().add(InputsForm.class.getResource("/org/tacerisk/app/workstation.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private ValidationMessage decoration(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return form.validation().getHighestMessage(robot.lookup("#input-" + id).queryAs(javafx.scene.control.Control
                .class)).orElse(null);
    }

    private String message(FxRobot robot, String id) {
        Label label = robot.lookup("#inputMessage-" + id).queryAs(Label.class);
        return label.isVisible() ? label.getText() : null;
    }

    @Test
    void emptyFormShowsEveryPredictorAndTheComputedValuesWithTheirSource(FxRobot robot) {
        robot.interact(() -> form.showComputed(Map.of("dlr_score", 0.51234, "tumor_size_cm", 4.2)));
        assertEquals("0.5123", robot.lookup("#inputValue-dlr_score").queryAs(Label.class).getText());
        assertEquals("4.2", robot.lookup("#inputValue-tumor_size_cm").queryAs(Label.class).getText());
        assertTrue(robot.lookup("Measured from the tumour ROI").tryQuery().isPresent());
        assertTrue(robot.lookup("AFP (ng/mL)").tryQuery().isPresent());
        assertTrue(robot.lookup("Training range 1–100000 ng/mL").tryQuery().isPresent());
        assertTrue(robot.lookup("#inputUnit-afp").tryQuery().isPresent(), "AFP in ng/mL: a unit choice");
        assertFalse(robot.lookup("#inputUnit-nodules").tryQuery().isPresent(), "no conversion, no choice");
        assertFalse(form.enteredProperty().get().complete());
        Screenshots.save(root, "inputs-form");
    }

    @Test
    void typingGivesDecorationsReasonsAndTheEnteredValues(FxRobot robot) {
        robot.interact(() -> form.showComputed(Map.of("dlr_score", 0.51234, "tumor_size_cm", 4.2)));
        robot.clickOn("#input-afp").write("5,2");
        assertEquals(Severity.ERROR, decoration(robot, "afp").getSeverity());
        assertEquals("\"5,2\" is not a number: write decimals with a point (5.2, not 5,2)", message(robot, "afp"));
        assertEquals(decoration(robot, "afp").getText(), message(robot, "afp"), "tooltip and line say the same");
        robot.clickOn("#input-nodules").write("9");
        assertEquals(Severity.WARNING, decoration(robot, "nodules").getSeverity());
        assertEquals("9 is outside the training range 1–6: the model extrapolates here, interpret the risk with"
                + " caution", message(robot, "nodules"));
        ClinicalInputs.Entered last = heard.get(heard.size() - 1);
        assertEquals(List.of("afp"), last.wrong());
        assertEquals(List.of("child_pugh"), last.missing());
        assertEquals(Map.of("nodules", 9.0), last.values(), "a warning's value is still entered");
        Screenshots.save(root, "inputs-form-error-warning");

        robot.interact(() -> robot.lookup("#input-afp").queryAs(TextField.class).clear());
        robot.clickOn("#input-afp").write("100");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<EntryUnit> unit = robot.lookup("#inputUnit-afp").queryAs(ChoiceBox.class);
            unit.setValue(unit.getItems().get(1));
            @SuppressWarnings("unchecked")
            ChoiceBox<Level> child = robot.lookup("#input-child_pugh").queryAs(ChoiceBox.class);
            child.setValue(child.getItems().get(1));
        });
        assertEquals("100 IU/mL = 121 ng/mL", message(robot, "afp"));
        assertEquals(null, decoration(robot, "afp"), "no decoration for a good value");
        last = heard.get(heard.size() - 1);
        assertTrue(last.complete());
        assertEquals(Map.of("nodules", 9.0, "afp", 121.0, "child_pugh", 1.0), last.values());
        Screenshots.save(root, "inputs-form-converted");
    }

    @Test
    void chineseFormRendersItsReasons(FxRobot robot) {
        robot.interact(() -> {
            InputsForm chinese = new InputsForm(new ClinicalInputs(specs), Messages.of(
                    Locale.SIMPLIFIED_CHINESE)::get);
            root.setCenter(chinese);
            chinese.showComputed(Map.of("dlr_score", 0.51234));
            ((TextField) chinese.lookup("#input-afp")).setText("5,2");
            ((TextField) chinese.lookup("#input-nodules")).setText("9");
        });
        assertEquals("“5,2”不是数字：小数请用小数点（5.2，而不是 5,2）", message(robot, "afp"));
        assertEquals("尚未计算", robot.lookup("#inputValue-tumor_size_cm").queryAs(Label.class).getText());
        Screenshots.save(root, "inputs-form-zh");
    }
}
