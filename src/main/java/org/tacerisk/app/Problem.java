package org.tacerisk.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.ChoiceRequiredException;
import org.tacerisk.common.Finding;

/**
 * A failure in words for the error panel: what went wrong, in which file, what to do, the findings behind it, and —
 * when the user must choose (a series, an ROI) — the candidates. Never a stack trace. No JavaFX.
 *
 * @param title    what failed, e.g. "The series could not be loaded"
 * @param message  the problem (a core message: it names the problem and what to do)
 * @param file     the file or folder concerned, or null
 * @param findings the findings behind it (each with its advice)
 * @param choices  the candidates when a choice is required, else empty
 * @param internal true for an unexpected error (a bug), not a problem of the input
 */
public record Problem(String title, String message, Path file, List<Finding> findings,
        List<ChoiceRequiredException.Choice> choices, boolean internal) {

    public Problem {
        // core messages start in lower case ("the series cannot be loaded: ..."); the panel shows a sentence
        message = message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
        findings = List.copyOf(findings);
        choices = List.copyOf(choices);
    }

    /** The problem {@code failure} describes, under {@code title}. */
    public static Problem of(String title, Throwable failure, Messages text) {
        if (failure instanceof ChoiceRequiredException c) {
            return new Problem(title, text.get("problem.choose", c.problem(),
                    text.get("choice.subject." + c.subject().name())), c.input(),
                    c.findings(), c.choices(), false);
        }
        if (failure instanceof BadInputException b) {
            return new Problem(title, repeatsAFinding(b) ? text.get("problem.seeFindings") : withoutInput(b),
                    b.input(), b.findings(), List.of(), false);
        }
        if (failure instanceof NoSuchFileException e) {
            return file(title, text.get("problem.noSuchFile"), e);
        }
        if (failure instanceof AccessDeniedException e) {
            return file(title, text.get("problem.accessDenied"), e);
        }
        if (failure instanceof FileSystemException e) {
            return file(title, text.get("problem.fileSystem", reason(e.getReason(), e)), e);
        }
        if (failure instanceof IOException e) {
            return new Problem(title, text.get("problem.io", reason(e.getMessage(), e)), null, List.of(), List.of(),
                    false);
        }
        return new Problem(title, text.get("problem.internal", failure.getClass().getSimpleName(),
                reason(failure.getMessage(), failure)), null, List.of(), List.of(), true);
    }

    private static Problem file(String title, String message, FileSystemException e) {
        return new Problem(title, message, e.getFile() == null ? null : Path.of(e.getFile()), List.of(), List.of(),
                false);
    }

    /** The message without the "input: " prefix {@link BadInputException} puts in front (the panel shows the file). */
    static String withoutInput(BadInputException b) {
        String m = b.getMessage();
        String prefix = b.input() + ": ";
        return b.input() != null && m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

    /** True when the message only repeats its first error (the panel lists every finding with its advice). */
    static boolean repeatsAFinding(BadInputException b) {
        return b.findings().stream().filter(Finding::isError).findFirst()
                .map(f -> b.getMessage().contains(f.message())).orElse(false);
    }

    private static String reason(String message, Throwable e) {
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
