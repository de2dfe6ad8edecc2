package org.tacerisk.selftest;

/**
 * One check of the self-test: a name a user reads in the table, and a run that returns what it found (the detail
 * column) or throws with the reason it failed.
 */
public interface SelfCheck {

    /** The row's name, e.g. "Runtime" or "DICOM codecs". */
    String name();

    /**
     * Runs the check.
     *
     * @return what was checked and found, one line
     * @throws Exception any failure; its message is the row's detail, so it says what is wrong and what to do
     */
    String run() throws Exception;
}
