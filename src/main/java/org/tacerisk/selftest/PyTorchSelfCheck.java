package org.tacerisk.selftest;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.tacerisk.deep.DeepEngine;

/**
 * The PyTorch engine, offline: DJL loads the bundled native library ({@link DeepEngine#start}) and computes
 * 2 × (1 + 2 + 3) = 12 on a tensor, so the native code really runs.
 */
final class PyTorchSelfCheck implements SelfCheck {

    @Override
    public String name() {
        return "PyTorch engine";
    }

    @Override
    public String run() {
        DeepEngine.Status status = DeepEngine.start();
        float sum;
        try (NDManager manager = Engine.getEngine(DeepEngine.ENGINE_NAME).newBaseManager();
                NDArray a = manager.create(new float[] {1, 2, 3})) {
            sum = a.mul(2).sum().getFloat();
        }
        if (sum != 12f) {
            throw new IllegalStateException("the PyTorch engine computed 2 × (1 + 2 + 3) = " + sum + " instead of 12;"
                    + " its native library is corrupt: reinstall TACE-Risk");
        }
        return status.engine() + " " + status.version() + " (DJL " + status.djlVersion() + ", " + status.intraOpThreads()
                + " threads) loaded offline in " + status.loadMillis() + " ms; 2 × (1 + 2 + 3) = 12";
    }
}
