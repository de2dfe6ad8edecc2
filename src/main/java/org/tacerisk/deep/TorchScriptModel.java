package org.tacerisk.deep;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslateException;
import ai.djl.translate.TranslatorContext;
import ai.djl.util.Pair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.tacerisk.common.BadInputException;

/**
 * A traced PyTorch network ({@code model.pt}, TorchScript) run by DJL's PyTorch engine. The input is one
 * N × C × H × W float tensor as {@link InputSpec} describes (N = 1 for {@link #predict}, up to 32 for
 * {@link #predictBatch}); the outputs are mapped by {@link OutputMapping}, per input. A network that cannot take
 * batches (e.g. traced with a fixed batch of one in a reshape) is found at load and then run one input at a time.
 *
 * <p>Thread-safe: a DJL {@link Predictor} is not, so each call borrows an idle predictor from a pool (or creates
 * one) and returns it afterwards; {@link #close} frees them all with the model.
 */
public final class TorchScriptModel implements DeepModel {

    public static final String NETWORK_FILE = "model.pt";

    private final ZooModel<float[], float[][]> model;
    private final ModelManifest manifest;
    private final ConcurrentLinkedDeque<Predictor<float[], float[][]>> idle = new ConcurrentLinkedDeque<>();
    private final List<Predictor<float[], float[][]>> all = new ArrayList<>();
    private volatile boolean closed;
    private volatile boolean takesBatches;

    private TorchScriptModel(ZooModel<float[], float[][]> model, ModelManifest manifest) {
        this.model = model;
        this.manifest = manifest;
    }

    /**
     * Loads {@code dir/model.pt} and checks it against the manifest with one dry run on zeros.
     *
     * @throws BadInputException when the network is missing or corrupt, does not accept the manifest's input
     *                           shape, or its outputs do not match the manifest's "outputs"
     */
    public static TorchScriptModel load(Path dir, ModelManifest manifest) {
        Path file = dir.resolve(NETWORK_FILE);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(dir, "the network file " + NETWORK_FILE + " is missing from the model"
                    + " folder");
        }
        DeepEngine.start();
        Criteria<float[], float[][]> criteria = Criteria.builder()
                .setTypes(float[].class, float[][].class)
                .optEngine(DeepEngine.ENGINE_NAME)
                .optModelPath(dir)
                .optModelName("model")
                .optOption("mapLocation", "true") // a model saved on a GPU machine loads on the CPU
                .optTranslator(new Tensors(manifest.inputSpec()))
                .build();
        ZooModel<float[], float[][]> loaded;
        try {
            loaded = criteria.loadModel();
        } catch (ModelNotFoundException | MalformedModelException | IOException | RuntimeException e) {
            throw new BadInputException(file, "cannot load the TorchScript network (corrupt file, or not saved"
                    + " with torch.jit.save): " + firstLine(e), e);
        }
        TorchScriptModel m = new TorchScriptModel(loaded, manifest);
        try {
            float[][] single = m.dryRun(file);
            m.takesBatches = m.takesBatches(single);
        } catch (RuntimeException e) {
            m.close();
            throw e;
        }
        return m;
    }

    @Override
    public String name() {
        return manifest.name();
    }

    @Override
    public InputSpec inputSpec() {
        return manifest.inputSpec();
    }

    @Override
    public DeepOutput predict(float[] chw) {
        if (chw.length != inputSpec().length()) {
            throw new IllegalArgumentException("input has " + chw.length + " values, the model's spec needs "
                    + inputSpec().length());
        }
        return manifest.outputs().apply(raw(chw));
    }

    /** One forward pass per 32 inputs (one per input for a network that takes no batches). */
    @Override
    public List<DeepOutput> predictBatch(List<float[]> inputs) {
        if (!takesBatches || inputs.size() < 2) {
            return DeepModel.super.predictBatch(inputs);
        }
        List<DeepOutput> out = new ArrayList<>(inputs.size());
        for (int from = 0; from < inputs.size(); from += InputBatch.MAX_SIZE) {
            int n = Math.min(InputBatch.MAX_SIZE, inputs.size() - from);
            float[][] outputs = raw(InputBatch.stack(inputs, from, n, inputSpec()));
            for (int k = 0; k < n; k++) {
                out.add(manifest.outputs().apply(item(outputs, k, n)));
            }
        }
        return out;
    }

    /** Input {@code k}'s part of each output of a batch of {@code n} (the batch is each output's first axis). */
    private static float[][] item(float[][] outputs, int k, int n) {
        float[][] one = new float[outputs.length][];
        for (int o = 0; o < outputs.length; o++) {
            int per = outputs[o].length / n;
            one[o] = Arrays.copyOfRange(outputs[o], k * per, (k + 1) * per);
        }
        return one;
    }

    @Override
    public void close() {
        synchronized (all) {
            if (closed) {
                return;
            }
            closed = true;
            all.forEach(Predictor::close);
            all.clear();
            idle.clear();
        }
        model.close();
    }

    private float[][] raw(float[] chw) {
        Predictor<float[], float[][]> predictor = borrow();
        try {
            return predictor.predict(chw);
        } catch (TranslateException e) {
            throw new IllegalStateException("inference failed: " + firstLine(e), e);
        } finally {
            idle.push(predictor);
        }
    }

    private Predictor<float[], float[][]> borrow() {
        Predictor<float[], float[][]> p = idle.poll();
        if (p != null) {
            return p;
        }
        synchronized (all) {
            if (closed) {
                throw new IllegalStateException("the model " + name() + " is closed");
            }
            p = model.newPredictor();
            all.add(p);
            return p;
        }
    }

    /**
     * One forward pass on zeros: a wrong input shape or output layout fails here, at load, not on a patient.
     *
     * @return the raw outputs
     */
    private float[][] dryRun(Path file) {
        InputSpec spec = inputSpec();
        float[][] outputs;
        try {
            outputs = raw(new float[spec.length()]);
        } catch (RuntimeException e) {
            throw new BadInputException(file, "the network does not accept the input model.json describes ("
                    + shape(spec) + ")" + expectedChannels() + ". Fix \"inputSpec\" in model.json to match the"
                    + " network. Engine: " + firstLine(e), e);
        }
        try {
            manifest.outputs().apply(outputs);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, "the network's outputs do not match \"outputs\" in model.json: "
                    + e.getMessage(), e);
        }
        return outputs;
    }

    /**
     * Whether a batch of two zero inputs runs and gives, per input, the outputs of one ({@code single}, within
     * float rounding): batch-first outputs, nothing mixed across the batch.
     */
    private boolean takesBatches(float[][] single) {
        float[][] two;
        try {
            two = raw(new float[2 * inputSpec().length()]);
        } catch (RuntimeException e) {
            return false;
        }
        if (two.length != single.length) {
            return false;
        }
        for (int o = 0; o < single.length; o++) {
            if (two[o].length != 2 * single[o].length) {
                return false;
            }
            float[][] halves = {item(two, 0, 2)[o], item(two, 1, 2)[o]};
            for (float[] half : halves) {
                for (int v = 0; v < half.length; v++) {
                    if (!(Math.abs(half[v] - single[o][v]) <= 1e-4 * Math.max(1, Math.abs(single[o][v])))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Whether {@link #predictBatch} runs whole batches (false: the network accepts only a batch of one). */
    public boolean takesBatches() {
        return takesBatches;
    }

    /** What the first 4-D weight (the first convolution) says about the channels the network expects. */
    private String expectedChannels() {
        try {
            for (Pair<String, Parameter> p : model.getBlock().getParameters()) {
                NDArray w = p.getValue().getArray();
                if (w != null && w.getShape().dimension() == 4) {
                    return "; the network expects " + w.getShape().get(1) + " input channels (its first"
                            + " convolution, " + p.getKey() + ", has weights " + w.getShape() + ")";
                }
            }
        } catch (RuntimeException e) {
            // Not every engine lists a TorchScript module's parameters; the engine's message still says it.
        }
        return "";
    }

    private static String shape(InputSpec spec) {
        return "1 × " + spec.channels() + " × " + spec.size() + " × " + spec.size() + ": " + spec.channels()
                + " channels of " + spec.size() + " × " + spec.size() + " pixels";
    }

    /**
     * The engine's own words, shortened: the root cause's last "...Error: ..." line (TorchScript puts the reason
     * after its interpreter traceback), else its first line.
     */
    static String firstLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String msg = t.getMessage() == null ? t.toString() : t.getMessage();
        String[] lines = msg.split("\\R");
        for (int n = lines.length - 1; n >= 0; n--) {
            if (lines[n].matches("^\\w*Error: .*")) {
                return lines[n].trim();
            }
        }
        return lines.length == 0 ? msg : lines[0].trim();
    }

    /**
     * Floats in (one or more inputs one after another), each output flattened to floats out; the batch axis is made
     * here, not by a DJL batchifier.
     */
    private static final class Tensors implements NoBatchifyTranslator<float[], float[][]> {

        private final InputSpec spec;

        Tensors(InputSpec spec) {
            this.spec = spec;
        }

        @Override
        public NDList processInput(TranslatorContext ctx, float[] chw) {
            Shape shape = new Shape(chw.length / spec.length(), spec.channels(), spec.size(), spec.size());
            return new NDList(ctx.getNDManager().create(chw, shape));
        }

        @Override
        public float[][] processOutput(TranslatorContext ctx, NDList list) {
            float[][] out = new float[list.size()][];
            for (int n = 0; n < list.size(); n++) {
                NDArray a = list.get(n);
                out[n] = (a.getDataType() == DataType.FLOAT32 ? a : a.toType(DataType.FLOAT32, false)).toFloatArray();
            }
            return out;
        }
    }
}
