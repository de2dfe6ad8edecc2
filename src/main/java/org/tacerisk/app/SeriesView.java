package org.tacerisk.app;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.tacerisk.app.roi.RoiWorkspace;
import org.tacerisk.app.viewer.CtViewer;
import org.tacerisk.dicom.LoadedSeries;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.roi.MaskChange;

/**
 * The open series in the centre of the window: a line naming the series, its grid and the outline's volume, over
 * the CT viewer; and the series' tumour outline ({@link TumourOutline}) with the ROI tools bound to the viewer
 * ({@link RoiWorkspace}, which also redraws the overlay on every change).
 */
final class SeriesView {

    private final Messages text;
    private final CtViewer viewer;
    /** Style class of a line that is cut with an ellipsis by design (its full text is its tooltip). */
    static final String CUT_ON_PURPOSE = "cut-on-purpose";
    private final Label header = new Label();
    private final javafx.scene.control.Tooltip headerTip = new javafx.scene.control.Tooltip();
    private final BorderPane node = new BorderPane();
    private final Consumer<MaskChange> headerUpdate = change -> updateHeader();
    private TumourOutline outline;
    private RoiWorkspace workspace;
    private String description = "";

    SeriesView(Messages text) {
        this.text = text;
        viewer = new CtViewer(text::get);
        viewer.setId("viewer");
        header.setId("viewerLabel");
        header.getStyleClass().add("series-header");
        header.setMaxWidth(Double.MAX_VALUE);
        // a long series name is cut with an ellipsis, never pushes the viewer under the case panel
        header.setMinWidth(0);
        header.getStyleClass().add(CUT_ON_PURPOSE);
        header.setTooltip(headerTip);
        node.setMinSize(0, 0);
        node.setTop(header);
        node.setCenter(viewer);
    }

    /**
     * Shows {@code opened}'s series with its outline and binds the ROI tools to it; the outline shown before is
     * written to its recovery file and closed first.
     *
     * @return the ROI tools, for the side panels and the keys
     */
    RoiWorkspace show(TumourOutline opened, String seriesDescription) {
        close();
        outline = opened;
        description = seriesDescription == null ? "" : seriesDescription;
        viewer.setVolume(opened.series().volume());
        workspace = RoiWorkspace.attach(viewer, opened.session(), text::get);
        opened.mask().addChangeListener(headerUpdate);
        updateHeader();
        return workspace;
    }

    /** Unbinds the tools and closes the outline (its last changes go to the recovery file). */
    void close() {
        if (workspace != null) {
            workspace.detach();
            workspace = null;
        }
        if (outline != null) {
            outline.mask().removeChangeListener(headerUpdate);
            outline.close();
            outline = null;
        }
    }

    Node node() {
        return node;
    }

    CtViewer viewer() {
        return viewer;
    }

    /** The open series' outline, or null. */
    TumourOutline outline() {
        return outline;
    }

    RoiWorkspace workspace() {
        return workspace;
    }

    /** The open series, or null. */
    LoadedSeries loaded() {
        return outline == null ? null : outline.series();
    }

    /** The series line: its name, grid and the outline's volume (the overlay itself the workspace redraws). */
    private void updateHeader() {
        ImageGeometry g = outline.series().volume().geometry();
        String size = text.get("viewer.loaded", description, g.nx(), g.ny(), g.nz(),
                DisplayText.decimals(g.spacing(0), 2, text), DisplayText.decimals(g.spacing(1), 2, text),
                DisplayText.decimals(g.spacing(2), 2, text));
        long voxels = outline.mask().count();
        header.setText(voxels == 0 ? size : size + "   ·   " + text.get("viewer.mask",
                DisplayText.count(voxels, text), DisplayText.millilitres(voxels * g.voxelVolumeMm3(), text)));
        // the line may be cut with an ellipsis next to the case panel; the whole of it is the tooltip
        headerTip.setText(header.getText());
    }
}
