/**
 * Deep learning on the tumour (DJL with the PyTorch engine, offline): the input pipeline from a CT volume and
 * tumour mask to a tensor, inference (probability and deep features), training in Java, and saliency maps.
 */
package org.tacerisk.deep;
