package org.tacerisk.app.result;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.predict.CasePrediction;

/**
 * The workstation's result, for the right side panel (../shared/docs/workstation-ui.md): first the probability with
 * its 95 % CI and the risk group, right under it every warning and note in words, then the signature scores, the
 * measured tumour size and the points per predictor, and where the number is shown the model's limits (the
 * SYNTHETIC label of a demo bundle, the intended use). States: nothing yet (a hint), computing (the last result
 * greyed, kept), a result, a what-if result (a banner says so), out of date (a banner says why), failed (the words;
 * no number, since the last one may no longer belong to the case).
 */
public final class ResultPanel extends VBox {

    /** What the panel shows. */
    public enum State {
        NOTHING, COMPUTING, RESULT, STALE, FAILURE
    }

    private final ResultText text;
    private final Label message = label("resultMessage", "result-message");
    private final Label whatIf = label("resultWhatIf", "result-banner", "result-what-if");
    private final Label stale = label("resultStale", "result-banner", "result-stale");
    private final VBox content = new VBox(6);
    private State state;

    public ResultPanel(ResultText text) {
        this.text = text;
        setId("resultPanel");
        getStyleClass().add("result-panel");
        setSpacing(8);
        setFillWidth(true);
        Label title = label("resultTitle", "result-title");
        title.setText(text.get("result.title"));
        content.setId("resultContent");
        content.getStyleClass().add("result-content");
        getChildren().addAll(title, whatIf, stale, message, content);
        showNothing();
    }

    public State state() {
        return state;
    }

    /** Before any compute: a hint what to do. */
    public void showNothing() {
        content.getChildren().clear();
        setMessage(text.get("result.hint"), "result-hint");
        whatIf.setVisible(false);
        whatIf.setManaged(false);
        setStale(null);
        setGreyed(false);
        state = State.NOTHING;
    }

    /** While computing: the progress text; the last result stays, greyed. */
    public void showComputing() {
        showComputing(text.get("result.computing"));
    }

    /** As {@link #showComputing()} with the running step in words. */
    public void showComputing(String step) {
        setMessage(step, "result-progress");
        setGreyed(true);
        state = State.COMPUTING;
    }

    /** A prediction of {@code manifest}'s model; clears a computing, stale or failure state. */
    public void show(CasePrediction prediction, BundleManifest manifest) {
        content.getChildren().setAll(ResultContent.build(prediction, manifest, text));
        setMessage(null, null);
        setStale(null);
        setGreyed(false);
        state = State.RESULT;
    }

    /** Marks the result as a what-if (values moved away from the entered ones) or takes the mark away. */
    public void showWhatIf(boolean on) {
        whatIf.setText(text.get("result.whatIf"));
        whatIf.setVisible(on);
        whatIf.setManaged(on);
    }

    public boolean isWhatIf() {
        return whatIf.isVisible();
    }

    /** Keeps the result but marks it out of date, e.g. "the outline changed". */
    public void showStale(String why) {
        setStale(why);
        setGreyed(true);
        state = State.STALE;
    }

    /** The failure in words; the last result is removed. */
    public void showFailure(String why) {
        content.getChildren().clear();
        setMessage(text.get("result.failed", why), "result-failure");
        setStale(null);
        setGreyed(false);
        state = State.FAILURE;
    }

    /** "23.6" from 0.236: a probability as percent with one decimal (the unit is the message's). */
    static String percent(double probability) {
        return String.format(Locale.ROOT, "%.1f", 100 * probability);
    }

    private void setMessage(String words, String styleClass) {
        message.getStyleClass().removeAll("result-hint", "result-progress", "result-failure");
        boolean on = words != null;
        message.setText(on ? words : "");
        if (on) {
            message.getStyleClass().add(styleClass);
        }
        message.setVisible(on);
        message.setManaged(on);
    }

    private void setStale(String why) {
        boolean on = why != null;
        stale.setText(on ? text.get("result.stale", why) : "");
        stale.setVisible(on);
        stale.setManaged(on);
    }

    private void setGreyed(boolean greyed) {
        content.getStyleClass().remove("result-greyed");
        if (greyed) {
            content.getStyleClass().add("result-greyed");
        }
    }

    static Label label(String id, String... styleClasses) {
        Label l = new Label();
        if (id != null) {
            l.setId(id);
        }
        l.getStyleClass().addAll(styleClasses);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
