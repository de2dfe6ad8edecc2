package org.tacerisk.app.viewer;

import java.util.ArrayList;
import java.util.List;

/** A test tool: records every event it is given and uses the ones of the kinds it was told to use. */
final class RecordingTool implements ViewerTool {

    final List<ToolEvent> events = new ArrayList<>();
    private final boolean usesEvents;

    RecordingTool(boolean usesEvents) {
        this.usesEvents = usesEvents;
    }

    @Override
    public boolean handle(ToolEvent event) {
        events.add(event);
        return usesEvents && event.kind() != ToolEvent.Kind.MOVE;
    }

    /** A square around the last pressed voxel in the view's plane, to show that previews reach the view. */
    @Override
    public List<ToolShape> preview(Orientation orientation, int slice) {
        for (int n = events.size() - 1; n >= 0; n--) {
            ToolEvent e = events.get(n);
            if (e.kind() == ToolEvent.Kind.PRESS && e.orientation() == orientation) {
                double[] c = e.index();
                int across = orientation == Orientation.SAGITTAL ? 1 : 0;
                int down = orientation == Orientation.AXIAL ? 1 : 2; // axes of a standard axial series
                List<double[]> square = new ArrayList<>();
                for (int[] d : new int[][] {{-5, -5}, {5, -5}, {5, 5}, {-5, 5}}) {
                    double[] p = c.clone();
                    p[across] += d[0];
                    p[down] += d[1];
                    square.add(p);
                }
                return List.of(new ToolShape(square, true));
            }
        }
        return List.of();
    }

    List<ToolEvent.Kind> kinds() {
        return events.stream().map(ToolEvent::kind).filter(k -> k != ToolEvent.Kind.MOVE).distinct().toList();
    }
}
