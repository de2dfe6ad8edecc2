package org.tacerisk.dicom;

/**
 * One region of interest of an RT Structure Set, as listed to the user before choosing one.
 *
 * @param number                        ROINumber (3006,0022), unique within the structure set
 * @param name                          ROIName (3006,0026)
 * @param contourCount                  contours of any geometric type in its ROIContourSequence item
 * @param referencedFrameOfReferenceUid ReferencedFrameOfReferenceUID (3006,0024): the coordinate system of its
 *                                      contours, which must be that of the image series; "" when missing
 */
public record RoiInfo(int number, String name, int contourCount, String referencedFrameOfReferenceUid) {
}
