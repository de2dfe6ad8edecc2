package org.tacerisk.app.inputs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.tacerisk.model.EntryUnit;
import org.tacerisk.app.inputs.FieldCheck.Status;
import org.tacerisk.app.inputs.FieldCheck.Wording;
import org.tacerisk.app.viewer.ViewerText;
import org.tacerisk.casefile.EnteredValue;
import org.tacerisk.common.DisplayNumbers;
import org.tacerisk.common.NumberText;
import org.tacerisk.model.PredictorSpecification.Level;

/**
 * The clinical inputs form (issue 14): one row per predictor of {@link ClinicalInputs} — label with unit, a text
 * field or a choice of levels, a unit choice where a conversion exists, ControlsFX decorations for an error or a
 * warning (the reason as tooltip and as a visible line below the field), and read-only rows for measured and model
 * values with where they come from. Label above field, so the rows fit a narrow side panel.
 */
public final class InputsForm extends VBox {

    private final ViewerText text;
    private final ClinicalInputs inputs;
    private final ValidationSupport validation = new ValidationSupport();
    private final ReadOnlyObjectWrapper<ClinicalInputs.Entered> entered = new ReadOnlyObjectWrapper<>();
    private final Map<String, Label> computed = new LinkedHashMap<>();
    private final Map<String, TypedEntry> typedEntries = new LinkedHashMap<>();
    private final Map<String, ChoiceBox<Level>> choiceEntries = new LinkedHashMap<>();

    /** A typed field and its unit choice (the predictor's own unit first). */
    private record TypedEntry(TextField field, ChoiceBox<EntryUnit> unit) {
    }

    public InputsForm(ClinicalInputs inputs, ViewerText text) {
        this.inputs = inputs;
        this.text = text;
        getStyleClass().addAll("inputs-form", "side-section");
        setId("inputsForm");
        setSpacing(10);
        Label title = new Label(text.get("inputs.title"));
        title.getStyleClass().add("panel-heading");
        getChildren().add(title);
        for (InputField f : inputs.fields()) {
            getChildren().add(row(f));
        }
        entered.set(inputs.entered());
    }

    /** The entered values, replaced on every edit (complete or not); listen to it to rerun step 2. */
    public ReadOnlyObjectProperty<ClinicalInputs.Entered> enteredProperty() {
        return entered.getReadOnlyProperty();
    }

    /** The decorations' state (for tests and for a "compute" button's tooltip). */
    public ValidationSupport validation() {
        return validation;
    }

    /** Shows measured and model values (predictor id → value) in their read-only rows. */
    public void showComputed(Map<String, Double> values) {
        computed.forEach((id, label) -> {
            Double v = values.get(id);
            label.setText(v == null ? text.get("inputs.notComputed") : DisplayNumbers.of(v));
        });
    }

    /**
     * Puts {@code value} (in the predictor's own unit; categorical: a level code) into an entered field, as if typed
     * in the own unit: a nomogram drag and "reset to patient" go through here so that the form shows what the model
     * uses. A value of no level, or of a read-only field, is ignored.
     */
    public void setValue(String id, double value) {
        TypedEntry typed = typedEntries.get(id);
        if (typed != null) {
            typed.unit().setValue(typed.unit().getItems().get(0));
            typed.field().setText(DisplayNumbers.exact(value));
            return;
        }
        ChoiceBox<Level> box = choiceEntries.get(id);
        if (box != null) {
            box.getItems().stream().filter(l -> l.value() == value).findFirst().ifPresent(box::setValue);
        }
    }

    /** Restores an entered field exactly as it was typed (a case file's text and unit name). */
    public void setEntry(EnteredValue entry) {
        TypedEntry typed = typedEntries.get(entry.predictorId());
        javafx.scene.Node instead = lookup("#clinicalSizeInstead-" + entry.predictorId());
        if (instead instanceof javafx.scene.control.CheckBox box) {
            box.setSelected(true);
        }
        if (typed != null) {
            typed.unit().getItems().stream().filter(u -> u.name().equals(entry.unit())).findFirst()
                    .ifPresent(typed.unit()::setValue);
            typed.field().setText(entry.text());
        } else {
            setValue(entry.predictorId(), entry.value());
        }
    }

    /**
     * The entered fields as typed (text, the number in the unit it was typed in, that unit), in form order; empty
     * fields left out. What a case file keeps.
     */
    public List<EnteredValue> enteredValues() {
        List<EnteredValue> out = new ArrayList<>();
        typedEntries.forEach((id, e) -> {
            String typed = e.field().getText() == null ? "" : e.field().getText().strip();
            if (!typed.isEmpty() && NumberText.isDecimal(typed) && NumberText.parse(typed).isPresent()) {
                out.add(new EnteredValue(id, e.field().getText(), NumberText.parse(typed).getAsDouble(),
                        e.unit().getValue().name()));
            }
        });
        choiceEntries.forEach((id, box) -> {
            if (box.getValue() != null) {
                out.add(new EnteredValue(id, box.getValue().label(), box.getValue().value(), ""));
            }
        });
        return out;
    }

    /** Empties every entered field. */
    public void clearEntries() {
        typedEntries.values().forEach(e -> e.field().setText(""));
        choiceEntries.values().forEach(b -> b.setValue(null));
    }

    private Node row(InputField f) {
        VBox row = new VBox(3);
        row.getStyleClass().add("inputs-row");
        row.setId("inputRow-" + f.id());
        Label name = new Label(f.spec().labelWithUnit());
        name.getStyleClass().add("inputs-label");
        name.setWrapText(true);
        Tooltip.install(name, new Tooltip(f.spec().help()));
        row.getChildren().add(name);
        if (f.kind() == InputField.Kind.READ_ONLY) {
            Label value = new Label(text.get("inputs.notComputed"));
            value.setId("inputValue-" + f.id());
            value.getStyleClass().add("inputs-computed");
            Label source = new Label(text.get(f.sourceKey()));
            source.getStyleClass().add("secondary");
            source.setWrapText(true);
            computed.put(f.id(), value);
            row.getChildren().addAll(value, source);
            if (ClinicalInputs.clinicalSizeAllowed(f.spec())) {
                row.getChildren().add(clinicalSizeInstead(f));
            }
            return row;
        }
        Label message = message(f);
        row.getChildren().addAll(f.kind() == InputField.Kind.CHOICE ? choice(f, message) : typed(f, message),
                message);
        if (f.trainingRangeText() != null) {
            Label range = new Label(text.get("inputs.trainingRange", f.trainingRangeText()));
            range.getStyleClass().add("secondary");
            range.setWrapText(true);
            row.getChildren().add(range);
        }
        return row;
    }

    /** The field's reason line under it, hidden (and taking no room) until there is a reason to show. */
    private static Label message(InputField f) {
        Label message = new Label();
        message.setId("inputMessage-" + f.id());
        message.setWrapText(true);
        message.getStyleClass().add("inputs-message");
        message.setManaged(false);
        message.setVisible(false);
        return message;
    }

    /** "Enter the clinical size instead": a check box that shows a typed field; unticked, the field is emptied. */
    private Node clinicalSizeInstead(InputField f) {
        javafx.scene.control.CheckBox instead = new javafx.scene.control.CheckBox(text.get("inputs.clinicalSize"));
        instead.setId("clinicalSizeInstead-" + f.id());
        instead.setWrapText(true);
        Label message = message(f);
        Node line = typed(f, message);
        VBox entry = new VBox(3, line, message);
        entry.setVisible(false);
        entry.setManaged(false);
        instead.selectedProperty().addListener((o, was, now) -> {
            entry.setVisible(now);
            entry.setManaged(now);
            if (!now) {
                typedEntries.get(f.id()).field().setText("");
            }
        });
        return new VBox(3, instead, entry);
    }

    private Node typed(InputField f, Label message) {
        TextField field = new TextField();
        field.setId("input-" + f.id());
        field.setPrefColumnCount(6);
        field.setTooltip(new Tooltip(f.spec().help()));
        HBox line = new HBox(6, field);
        HBox.setHgrow(field, Priority.ALWAYS);
        ChoiceBox<EntryUnit> unit = new ChoiceBox<>();
        unit.getItems().setAll(f.units());
        unit.setValue(f.units().get(0));
        if (f.units().size() > 1) {
            unit.setId("inputUnit-" + f.id());
            unit.setConverter(converter(EntryUnit::name));
            unit.setMinWidth(Region.USE_PREF_SIZE);
            line.getChildren().add(unit);
        }
        Runnable recheck = () -> changed(f, field, f.check(field.getText(), unit.getValue()), message);
        field.textProperty().addListener((o, was, now) -> recheck.run());
        unit.valueProperty().addListener((o, was, now) -> recheck.run());
        register(f, field);
        typedEntries.put(f.id(), new TypedEntry(field, unit));
        return line;
    }

    private Node choice(InputField f, Label message) {
        ChoiceBox<Level> box = new ChoiceBox<>();
        box.setId("input-" + f.id());
        box.getItems().setAll(f.levels());
        box.setConverter(converter(Level::label));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setTooltip(new Tooltip(f.spec().help()));
        box.valueProperty().addListener((o, was, now) -> changed(f, box, f.check(now), message));
        register(f, box);
        choiceEntries.put(f.id(), box);
        return box;
    }

    private void register(InputField f, Control control) {
        validation.registerValidator(control, false, (Validator<Object>) (c, ignored) -> {
            FieldCheck check = inputs.check(f.id());
            return switch (check.status()) {
                case ERROR -> ValidationResult.fromError(c, words(check.problem()));
                case WARNING -> ValidationResult.fromWarning(c, words(check.problem()));
                default -> new ValidationResult();
            };
        });
    }

    private void changed(InputField f, Control control, FieldCheck check, Label message) {
        inputs.update(f.id(), check);
        StringBuilder shown = new StringBuilder();
        if (check.conversion() != null) {
            shown.append(words(check.conversion()));
        }
        if (check.problem() != null) {
            shown.append(shown.isEmpty() ? "" : "\n").append(words(check.problem()));
        }
        message.setText(shown.toString());
        message.getStyleClass().removeAll("inputs-error", "inputs-warning");
        if (check.status() == Status.ERROR || check.status() == Status.WARNING) {
            message.getStyleClass().add(check.status() == Status.ERROR ? "inputs-error" : "inputs-warning");
        }
        message.setManaged(!shown.isEmpty());
        message.setVisible(!shown.isEmpty());
        validation.revalidate(control);
        entered.set(inputs.entered());
    }

    private String words(Wording w) {
        return text.get(w.key(), w.args().toArray());
    }

    private static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("a choice, not typed");
            }
        };
    }
}
