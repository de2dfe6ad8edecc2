package org.tacerisk.deep;

import ai.djl.MalformedModelException;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.ParameterStore;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tacerisk.common.BadInputException;

/**
 * A {@link CompactResNet} trained here ({@link DeepTrainer}), loaded from its model folder: the network is rebuilt
 * from {@code model.json} and its parameters read from {@code model.params}. Thread-safe: the parameters are only
 * read, and every call works in its own NDManager.
 */
public final class DjlTrainedModel implements DeepModel {

    private final String name;
    private final DjlModelFiles.Descriptor descriptor;
    private final NDManager manager;
    private final CompactResNet net;
    private volatile boolean closed;

    private DjlTrainedModel(String name, DjlModelFiles.Descriptor descriptor, NDManager manager, CompactResNet net) {
        this.name = name;
        this.descriptor = descriptor;
        this.manager = manager;
        this.net = net;
    }

    /** Loads the model folder {@code dir} (model.json + model.params), named after the folder. */
    public static DjlTrainedModel load(Path dir) {
        return load(dir, dir.getFileName() == null ? "model" : dir.getFileName().toString());
    }

    /**
     * As {@link #load(Path)}, with the name to show ({@link DeepModels} passes model.json's "name").
     *
     * @throws BadInputException     when model.json or model.params is missing, unreadable or inconsistent
     * @throws IllegalStateException when the PyTorch engine does not load ({@link DeepEngine})
     */
    public static DjlTrainedModel load(Path dir, String name) {
        DjlModelFiles.Descriptor d;
        try {
            d = DjlModelFiles.read(dir);
        } catch (IOException e) {
            throw new BadInputException(dir.resolve(DjlModelFiles.DESCRIPTOR), "cannot be read: " + e.getMessage(),
                    e);
        }
        Path params = dir.resolve(DjlModelFiles.PARAMS);
        if (!Files.isRegularFile(params)) {
            throw new BadInputException(dir, "no " + DjlModelFiles.PARAMS + " in the model folder");
        }
        DeepEngine.start();
        NDManager manager = Engine.getEngine(DeepEngine.ENGINE_NAME).newBaseManager();
        try {
            CompactResNet net = new CompactResNet(d.network());
            net.initialize(manager, DataType.FLOAT32, DeepTrainer.inputShape(1, d.spec()));
            try (InputStream in = new BufferedInputStream(Files.newInputStream(params));
                    DataInputStream data = new DataInputStream(in)) {
                net.loadParameters(manager, data);
            } catch (MalformedModelException | IOException | RuntimeException e) {
                throw new BadInputException(params, "cannot be read as the parameters of this " + d.network()
                        + ": " + e.getMessage(), e);
            }
            return new DjlTrainedModel(name, d, manager, net);
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public InputSpec inputSpec() {
        return descriptor.spec();
    }

    /** The network's hyper-parameters as stored in model.json. */
    public CompactResNet.Config network() {
        return descriptor.network();
    }

    @Override
    public DeepOutput predict(float[] chw) {
        return predictBatch(List.of(chw)).get(0);
    }

    @Override
    public List<DeepOutput> predictBatch(List<float[]> inputs) {
        if (closed) {
            throw new IllegalStateException("the model is closed");
        }
        InputSpec spec = descriptor.spec();
        int featureSize = descriptor.network().featureSize();
        List<DeepOutput> out = new ArrayList<>(inputs.size());
        for (int from = 0; from < inputs.size(); from += InputBatch.MAX_SIZE) {
            int b = Math.min(InputBatch.MAX_SIZE, inputs.size() - from);
            float[] x = InputBatch.stack(inputs, from, b, spec);
            try (NDManager m = manager.newSubManager()) {
                NDList result = net.forward(new ParameterStore(m, false),
                        new NDList(m.create(x, DeepTrainer.inputShape(b, spec))), false);
                float[] logits = result.get(0).toFloatArray();
                float[] features = result.get(1).toFloatArray();
                for (int k = 0; k < b; k++) {
                    out.add(new DeepOutput(sigmoid(logits[k]),
                            Arrays.copyOfRange(features, k * featureSize, (k + 1) * featureSize)));
                }
            }
        }
        return out;
    }

    static double sigmoid(double logit) {
        return logit >= 0 ? 1 / (1 + Math.exp(-logit)) : Math.exp(logit) / (1 + Math.exp(logit));
    }

    @Override
    public void close() {
        closed = true;
        manager.close();
    }
}
