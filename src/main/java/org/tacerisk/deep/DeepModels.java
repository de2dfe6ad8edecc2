package org.tacerisk.deep;

import java.nio.file.Files;
import java.nio.file.Path;
import org.tacerisk.common.BadInputException;

/** Opens a model folder (docs/deep-models.md): reads {@code model.json} and loads the network its format names. */
public final class DeepModels {

    private DeepModels() {
    }

    /**
     * The model in {@code dir}; close it when done.
     *
     * @throws BadInputException when the folder, its description or its network is missing, unreadable or
     *                           inconsistent (the message says which and what to fix)
     */
    public static DeepModel load(Path dir) {
        if (!Files.exists(dir)) {
            throw new BadInputException(dir, "no such model folder");
        }
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir, "a model is a folder (model.json + the network), not a file; give the"
                    + " folder");
        }
        ModelManifest manifest = ModelManifest.read(dir);
        return switch (manifest.format()) {
            case "torchscript" -> TorchScriptModel.load(dir, manifest);
            case DjlModelFiles.FORMAT -> DjlTrainedModel.load(dir, manifest.name());
            default -> throw new BadInputException(dir.resolve(ModelManifest.FILE_NAME), "unknown model format \""
                    + manifest.format() + "\"; this build reads \"torchscript\" and \"djl\"");
        };
    }
}
