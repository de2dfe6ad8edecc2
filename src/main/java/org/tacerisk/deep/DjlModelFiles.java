package org.tacerisk.deep;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.tacerisk.common.BadInputException;

/**
 * The model folder of a network trained here: {@code model.json} ({"format":"djl","architecture":"compact-resnet",
 * hyper-parameters, "inputSpec":{...}, "training":{...}}) and {@code model.params} (DJL's parameter stream of the
 * block). Written as a whole: a temporary sibling folder, then a move, so a reader never sees half a model.
 */
public final class DjlModelFiles {

    public static final String FORMAT = "djl";
    public static final String DESCRIPTOR = "model.json";
    public static final String PARAMS = "model.params";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** What model.json says: enough to rebuild the network and its pre-processing. */
    public record Descriptor(CompactResNet.Config network, InputSpec spec) {
    }

    private DjlModelFiles() {
    }

    /** Writes model.json + model.params into {@code dir}, replacing an earlier model folder there. */
    public static void write(Path dir, Descriptor descriptor, byte[] params, Map<String, Object> training)
            throws IOException {
        write(dir, descriptor, params, training, Map.of());
    }

    /**
     * As {@link #write(Path, Descriptor, byte[], Map)}, with more files ({@code name → content}, e.g.
     * {@value TrainingCasesFile#NAME}) written into the same temporary folder, so they appear with the model or not
     * at all.
     */
    public static void write(Path dir, Descriptor descriptor, byte[] params, Map<String, Object> training,
            Map<String, byte[]> extraFiles) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        if (Files.exists(target) && !isEmptyDir(target) && !Files.isRegularFile(target.resolve(DESCRIPTOR))) {
            throw new BadInputException(dir, "exists and is not a model folder; choose a new or empty folder");
        }
        Path temp = parent.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        Files.createDirectory(temp);
        Path old = null;
        try {
            Files.writeString(temp.resolve(DESCRIPTOR), JSON.writeValueAsString(toJson(descriptor, training)));
            Files.write(temp.resolve(PARAMS), params);
            for (Map.Entry<String, byte[]> extra : extraFiles.entrySet()) {
                Files.write(temp.resolve(extra.getKey()), extra.getValue());
            }
            if (Files.exists(target)) {
                old = parent.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".old");
                move(target, old);
            }
            move(temp, target);
        } finally {
            deleteTree(temp);
            if (old != null) {
                deleteTree(old);
            }
        }
    }

    /** Reads and checks model.json of a "djl" model folder. */
    public static Descriptor read(Path dir) throws IOException {
        Path file = dir.resolve(DESCRIPTOR);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(dir, "no " + DESCRIPTOR + " in the model folder");
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new BadInputException(file, "is not valid JSON: " + e.getMessage(), e);
        }
        String format = root.path("format").asText("");
        String architecture = root.path("architecture").asText("");
        if (!FORMAT.equals(format) || !CompactResNet.ARCHITECTURE.equals(architecture)) {
            throw new BadInputException(file, "is not a model trained here (format \"" + format
                    + "\", architecture \"" + architecture + "\"; expected \"djl\" / \"compact-resnet\")");
        }
        try {
            InputSpec spec = readSpec(root.path("inputSpec"));
            CompactResNet.Config net = new CompactResNet.Config(spec.channels(), required(root, "width").asInt(),
                    required(root, "blocksPerStage").asInt(), required(root, "dropout").asDouble());
            return new Descriptor(net, spec);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, e.getMessage(), e);
        }
    }

    static Map<String, Object> toJson(Descriptor d, Map<String, Object> training) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("architecture", CompactResNet.ARCHITECTURE);
        root.put("width", d.network().width());
        root.put("blocksPerStage", d.network().blocksPerStage());
        root.put("dropout", d.network().dropout());
        root.put("featureSize", d.network().featureSize());
        root.put("description", "CompactResNet trained in TACE-Risk; output 0 is the logit (probability ="
                + " sigmoid), output 1 the deep-feature vector");
        InputSpec s = d.spec();
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("size", s.size());
        spec.put("mmPerPixel", s.mmPerPixel());
        spec.put("neighbourSlices", s.neighbourSlices());
        spec.put("windowLowHu", s.windowLowHu());
        spec.put("windowHighHu", s.windowHighHu());
        spec.put("maskChannel", s.maskChannel());
        root.put("inputSpec", spec);
        root.put("params", PARAMS);
        root.put("training", training);
        return root;
    }

    static InputSpec readSpec(JsonNode n) {
        if (n.isMissingNode()) {
            throw new IllegalArgumentException("model.json has no inputSpec");
        }
        return new InputSpec(required(n, "size").asInt(), required(n, "mmPerPixel").asDouble(),
                required(n, "neighbourSlices").asInt(), required(n, "windowLowHu").asDouble(),
                required(n, "windowHighHu").asDouble(), n.path("maskChannel").asBoolean(false));
    }

    private static JsonNode required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("model.json lacks \"" + field + "\"");
        }
        return v;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmptyDir(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
            return !s.iterator().hasNext();
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }
}
