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
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.tacerisk.common.BadInputException;

/**
 * A traced PyTorch network ({@code model.pt}, TorchScript) run by DJL's PyTorch engine. The input is one
 * 1 × C × H × W float tensor as {@link InputSpec} describes; the outputs are mapped by {@link OutputMapping}.
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
            m.dryRun(file);
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

    /** One forward pass on zeros: a wrong input shape or output layout fails here, at load, not on a patient. */
    private void dryRun(Path file) {
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

    /** Floats in, each output flattened to floats out (batch of one; no batchifier). */
    private static final class Tensors implements NoBatchifyTranslator<float[], float[][]> {

        private final Shape shape;

        Tensors(InputSpec spec) {
            this.shape = new Shape(1, spec.channels(), spec.size(), spec.size());
        }

        @Override
        public NDList processInput(TranslatorContext ctx, float[] chw) {
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
