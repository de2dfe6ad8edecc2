package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.ChoiceRequiredException;
import org.tacerisk.common.Finding;

/** Failures in words for the error panel: the file on its own, findings not repeated, choices as data. */
class ProblemTest {

    private final Messages text = Messages.of(Locale.ENGLISH);

    @Test
    void aBadInputNamesItsFileOnceAndKeepsItsWords() {
        Problem p = Problem.of("Load failed", new BadInputException(Path.of("/d/x.dcm"), "bad thing; do this"), text);
        assertEquals("Load failed", p.title());
        assertEquals("Bad thing; do this", p.message(), "a sentence");
        assertEquals(Path.of("/d/x.dcm"), p.file());
        assertFalse(p.internal());
    }

    @Test
    void aMessageThatRepeatsItsFirstErrorGivesWayToTheFindings() {
        Finding missing = Finding.error("MISSING_SLICES", "2 slices are missing", "Re-export the series");
        BadInputException e = new BadInputException(Path.of("/d"), "the series cannot be loaded: "
                + missing.describe(), List.of(missing), null);
        Problem p = Problem.of("Load failed", e, text);
        assertEquals("What is wrong and what to do:", p.message());
        assertEquals(List.of(missing), p.findings());
    }

    @Test
    void aRequiredChoiceCarriesItsCandidates() {
        List<ChoiceRequiredException.Choice> choices = List.of(new ChoiceRequiredException.Choice("3", "#3 PV"),
                new ChoiceRequiredException.Choice("2", "#2 ART"));
        Problem p = Problem.of("Choose", new ChoiceRequiredException(Path.of("/d"),
                ChoiceRequiredException.Subject.SERIES, null, "the folder holds 2 image series", choices), text);
        assertEquals("The folder holds 2 image series. Choose the image series to use:", p.message());
        assertEquals(choices, p.choices());
    }

    @Test
    void fileSystemFailuresSayWhatToDo() {
        Problem p = Problem.of("Open failed", new NoSuchFileException("/gone"), text);
        assertEquals(Path.of("/gone"), p.file());
        assertTrue(p.message().startsWith("The file or folder does not exist"), p.message());
    }

    @Test
    void anUnexpectedErrorIsMarkedAsSuch() {
        Problem p = Problem.of("Failed", new NullPointerException(), text);
        assertTrue(p.internal());
        assertEquals("An unexpected error occurred: NullPointerException (NullPointerException).", p.message());
    }
}
