package org.tacerisk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/architecture.md, checked on the sources: packages form no cycle, only the workstation package
 * ({@code app}) imports JavaFX, and core messages name no command-line option — the shells word the remedy (issue
 * 12), so a message shown in the workstation never tells a radiologist to type {@code --roi}.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src", "main", "java", "org", "tacerisk");
    private static final Set<String> SHELLS = Set.of("cli", "app");
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.tacerisk\\.((?:[a-z0-9]+\\.)*[a-z0-9]+)\\.[A-Z]");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    private static final Pattern OPTION = Pattern.compile("--[a-z]");
    private static final Pattern COMMENTS = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    @Test
    void packagesFormNoCycle() {
        Map<String, Set<String>> deps = dependencies();
        List<List<String>> cycles = new ArrayList<>();
        for (String start : deps.keySet()) {
            List<String> path = cycleFrom(start, deps);
            if (path != null) {
                cycles.add(path);
            }
        }
        assertEquals(List.of(), cycles, "package dependencies " + deps);
    }

    @Test
    void onlyTheWorkstationImportsJavaFx() {
        Map<String, List<String>> offenders = new TreeMap<>();
        sources().forEach((file, text) -> {
            if (!packageOf(file).startsWith("app") && text.contains("import javafx.")) {
                offenders.computeIfAbsent(packageOf(file), k -> new ArrayList<>()).add(file.getFileName().toString());
            }
        });
        assertEquals(Map.of(), offenders);
    }

    @Test
    void coreMessagesNameNoCommandLineOption() {
        List<String> offenders = new ArrayList<>();
        sources().forEach((file, text) -> {
            if (SHELLS.contains(packageOf(file).split("\\.")[0])) {
                return;
            }
            Matcher m = STRING.matcher(COMMENTS.matcher(text).replaceAll(""));
            while (m.find()) {
                if (OPTION.matcher(m.group()).find()) {
                    offenders.add(MAIN.relativize(file) + ": " + m.group());
                }
            }
        });
        assertEquals(List.of(), offenders);
    }

    private static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> deps = new TreeMap<>();
        sources().forEach((file, text) -> {
            String pkg = packageOf(file);
            Set<String> out = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
            Matcher m = REFERENCE.matcher(text);
            while (m.find()) {
                if (!m.group(1).equals(pkg)) {
                    out.add(m.group(1));
                }
            }
        });
        return deps;
    }

    /** A path start → … → start through the dependencies, or null. */
    private static List<String> cycleFrom(String start, Map<String, Set<String>> deps) {
        Deque<List<String>> todo = new ArrayDeque<>();
        todo.add(List.of(start));
        Set<String> seen = new TreeSet<>();
        while (!todo.isEmpty()) {
            List<String> path = todo.poll();
            for (String next : deps.getOrDefault(path.get(path.size() - 1), Set.of())) {
                List<String> longer = new ArrayList<>(path);
                longer.add(next);
                if (next.equals(start)) {
                    return longer;
                }
                if (seen.add(next)) {
                    todo.add(longer);
                }
            }
        }
        return null;
    }

    private static String packageOf(Path file) {
        return MAIN.relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '.');
    }

    private static Map<Path, String> sources() {
        Map<Path, String> out = new HashMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                try {
                    out.put(f, Files.readString(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
