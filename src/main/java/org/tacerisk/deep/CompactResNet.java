package org.tacerisk.deep;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.List;

/**
 * A small ResNet-style CNN for C × S × S tumour crops (He et al. 2016, "basic" residual blocks, v1 ordering):
 * stem conv 3×3 (width) → three stages of residual blocks with width, 2·width, 4·width channels, each stage
 * halving the grid (stride 2) → global average pool → feature vector (4·width) → dropout → linear → one logit.
 * The forward pass returns {@code [logit (N×1), features (N×4·width)]}: the pooled vector is the deep-feature output.
 * Defined in Java so that {@code model.json} (architecture name + these hyper-parameters) plus {@code model.params}
 * rebuild it exactly.
 */
public final class CompactResNet extends AbstractBlock {

    /** The name written to {@code model.json}'s "architecture". */
    public static final String ARCHITECTURE = "compact-resnet";

    private static final byte VERSION = 1;

    /**
     * @param channels       input channels (InputSpec.channels())
     * @param width          channels of the first stage (16 → features of 64)
     * @param blocksPerStage residual blocks per stage (1 or 2)
     * @param dropout        dropout rate before the linear layer (training only)
     */
    public record Config(int channels, int width, int blocksPerStage, double dropout) {

        public Config {
            if (channels < 1 || width < 2 || blocksPerStage < 1 || dropout < 0 || dropout >= 1) {
                throw new IllegalArgumentException("invalid compact-resnet: channels " + channels + ", width " + width
                        + ", blocks/stage " + blocksPerStage + ", dropout " + dropout);
            }
        }

        /** Length of the deep-feature vector. */
        public int featureSize() {
            return 4 * width;
        }
    }

    private final Config config;
    private final Block trunk;
    private final Block head;

    public CompactResNet(Config config) {
        super(VERSION);
        this.config = config;
        SequentialBlock features = new SequentialBlock()
                .add(conv(config.width(), 3, 1))
                .add(BatchNorm.builder().build())
                .add(Activation.reluBlock());
        int in = config.width();
        for (int stage = 0; stage < 3; stage++) {
            int out = config.width() << stage;
            for (int b = 0; b < config.blocksPerStage(); b++) {
                features.add(residual(in, out, b == 0 ? 2 : 1));
                in = out;
            }
        }
        features.add(Pool.globalAvgPool2dBlock()).add(Blocks.batchFlattenBlock());
        trunk = addChildBlock("trunk", features);
        head = addChildBlock("head", new SequentialBlock()
                .add(Dropout.builder().optRate((float) config.dropout()).build())
                .add(Linear.builder().setUnits(1).build()));
    }

    public Config config() {
        return config;
    }

    private static Block conv(int filters, int kernel, int stride) {
        return Conv2d.builder().setFilters(filters).setKernelShape(new Shape(kernel, kernel))
                .optStride(new Shape(stride, stride)).optPadding(new Shape(kernel / 2, kernel / 2))
                .optBias(false).build();
    }

    /** conv-BN-ReLU-conv-BN plus the shortcut (1×1 conv + BN when the shape changes), then ReLU. */
    private static Block residual(int in, int out, int stride) {
        Block main = new SequentialBlock()
                .add(conv(out, 3, stride))
                .add(BatchNorm.builder().build())
                .add(Activation.reluBlock())
                .add(conv(out, 3, 1))
                .add(BatchNorm.builder().build());
        Block shortcut = in == out && stride == 1 ? Blocks.identityBlock()
                : new SequentialBlock().add(conv(out, 1, stride)).add(BatchNorm.builder().build());
        ParallelBlock sum = new ParallelBlock(
                outs -> new NDList(outs.get(0).singletonOrThrow().add(outs.get(1).singletonOrThrow())),
                List.of(main, shortcut));
        return new SequentialBlock().add(sum).add(Activation.reluBlock());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray features = trunk.forward(store, inputs, training, params).singletonOrThrow();
        NDArray logit = head.forward(store, new NDList(features), training, params).singletonOrThrow();
        return new NDList(logit, features);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long n = inputShapes[0].get(0);
        return new Shape[] {new Shape(n, 1), new Shape(n, config.featureSize())};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        trunk.initialize(manager, dataType, inputShapes);
        head.initialize(manager, dataType, trunk.getOutputShapes(inputShapes));
    }
}
