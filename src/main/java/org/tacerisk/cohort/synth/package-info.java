/**
 * A SYNTHETIC HCC-after-TACE cohort (not patient data): seeded abdominal CT phantoms with liver tumours, written as
 * DICOM + RTSTRUCT + NIfTI, with clinical variables and a distant-metastasis outcome drawn from a documented
 * generating model ({@code docs/synthetic-cohort.md}). It exists so that every pipeline stage — DICOM import,
 * radiomics, deep learning, statistics — can be exercised end to end, offline, on data whose truth is known.
 */
package org.tacerisk.cohort.synth;
