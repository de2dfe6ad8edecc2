package org.tacerisk.app.roi;

import org.tacerisk.app.viewer.ToolEvent;
import org.tacerisk.app.viewer.ViewerModel;
import org.tacerisk.roi.HuRange;
import org.tacerisk.roi.RegionGrow;
import org.tacerisk.roi.RoiAction;

/**
 * Grow from seed: a click adds the 6-connected region of voxels inside the settings' HU range around the clicked
 * voxel, in 3D, unless it grows beyond the volume cap: then nothing is added and the notice says it leaked.
 */
final class GrowTool extends ToolAdapter {

    GrowTool(RoiSession session, ViewerModel model) {
        super(session, model);
    }

    @Override
    public boolean handle(ToolEvent e) {
        if (e.kind() == ToolEvent.Kind.RELEASE) {
            return true;
        }
        if (e.kind() != ToolEvent.Kind.PRESS) {
            return false;
        }
        ToolSettings s = session.settings();
        int[] seed = e.voxel();
        session.perform(RoiAction.GROW_FROM_SEED, m -> {
            RegionGrow.Result r = RegionGrow.grow(m, session.volume(), seed, new HuRange(s.huMin(), s.huMax()),
                    s.growCapMl());
            return r.status() == RegionGrow.Status.LEAKED
                    ? Notice.problem("roi.grow.leaked", r.capMl(), s.huMin(), s.huMax())
                    : Notice.info("roi.grow.grown", r.regionMl(), r.addedVoxels());
        });
        return true;
    }
}
