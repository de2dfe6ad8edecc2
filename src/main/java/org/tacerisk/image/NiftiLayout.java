package org.tacerisk.image;

import java.nio.file.Path;
import java.util.Arrays;
import org.tacerisk.common.BadInputException;

/**
 * Where and how big the voxel data of a NIfTI-1 file are, checked against the header's own rules and against the
 * file before anything is allocated, so that a corrupt header gives a message rather than an exception or an
 * out-of-memory error.
 *
 * @param datatypeName nifti1.h name of {@code datatype}, for messages
 */
record NiftiLayout(int nx, int ny, int nz, int voxelCount, int bytesPerVoxel, long voxOffset, String datatypeName) {

    /** Larger vox_offsets only come from corrupt headers (extensions are kilobytes, not terabytes). */
    private static final double MAX_VOX_OFFSET = 1L << 40;
    /** Deflate cannot expand data by more than about 1032:1; the slack covers headers and tiny files. */
    private static final long MAX_DEFLATE_RATIO = 1032;
    private static final long DEFLATE_SLACK = 1 << 16;

    static NiftiLayout of(NiftiHeader h, Path file) {
        short[] dim = h.dim;
        int rank = dim[0];
        if (rank < 2 || rank > 7) {
            throw new BadInputException(file, "dim[0] = " + rank + " is not a valid number of dimensions for an image"
                    + " (2 to 7); the header is corrupt or the file holds no image");
        }
        for (int n = 1; n <= rank; n++) {
            if (dim[n] <= 0) {
                throw new BadInputException(file, "dim[" + n + "] = " + dim[n] + ": image sizes must be positive"
                        + " (dim = " + Arrays.toString(dim) + "); the header is corrupt, re-export the image");
            }
        }
        long extra = 1;
        for (int n = 4; n <= rank; n++) {
            extra *= dim[n];
        }
        if (extra > 1) {
            throw new BadInputException(file, "4D images are not supported: dim = " + Arrays.toString(dim)
                    + " holds " + extra + " volumes (time points, phases or channels); choose one volume and save it"
                    + " as a 3D NIfTI (e.g. fslroi in.nii.gz out.nii.gz 0 1)");
        }
        int nx = dim[1];
        int ny = dim[2];
        int nz = rank >= 3 ? dim[3] : 1;
        long voxels = (long) nx * ny * nz;
        if (voxels > Integer.MAX_VALUE - 8) {
            throw new BadInputException(file, "the header announces " + nx + "x" + ny + "x" + nz + " = " + voxels
                    + " voxels, more than one image can hold (2^31); the header is corrupt or the image must be"
                    + " cropped or resampled first");
        }
        int bpv = NiftiHeader.bytesPerVoxel(h.datatype);
        if (bpv < 0) {
            throw new BadInputException(file, "unsupported NIfTI datatype " + NiftiHeader.datatypeName(h.datatype)
                    + "; TACE-Risk reads uint8, int8, int16, uint16, int32, uint32, int64, float32 and float64"
                    + " scalar images: convert the image to int16 or float32");
        }
        float offset = h.voxOffset;
        if (!(offset >= NiftiHeader.SIZEOF_HDR) || offset > MAX_VOX_OFFSET) {
            throw new BadInputException(file, "vox_offset = " + offset + " is not a valid data position (at least "
                    + NiftiHeader.SIZEOF_HDR + "); the header is corrupt, re-export the image");
        }
        return new NiftiLayout(nx, ny, nz, (int) voxels, bpv, (long) offset,
                NiftiHeader.datatypeName(h.datatype));
    }

    long dataBytes() {
        return (long) voxelCount * bytesPerVoxel;
    }

    long expectedFileBytes() {
        return voxOffset + dataBytes();
    }

    /** Refuses files that cannot hold the data the header announces, before any voxel memory is allocated. */
    void checkSize(Path file, long fileSize, boolean gzip) {
        if (!gzip && fileSize < expectedFileBytes()) {
            throw truncated(file, false, "only " + fileSize + " bytes present", null);
        }
        if (gzip && fileSize * MAX_DEFLATE_RATIO + DEFLATE_SLACK < expectedFileBytes()) {
            throw truncated(file, true, "the compressed file has only " + fileSize
                    + " bytes, which cannot expand to that much", null);
        }
    }

    /** Refuses images that cannot fit in this JVM's heap at all ({@code bytesPerResultVoxel} per voxel). */
    void checkMemory(Path file, int bytesPerResultVoxel) {
        long need = (long) voxelCount * bytesPerResultVoxel;
        if (need > Runtime.getRuntime().maxMemory()) {
            throw outOfMemory(file, null);
        }
    }

    BadInputException truncated(Path file, boolean gzip, String found, Throwable cause) {
        return new BadInputException(file, "the file is truncated: the header announces " + nx + "x" + ny + "x" + nz
                + " " + datatypeName + " voxels from byte " + voxOffset + ", i.e. " + expectedFileBytes() + " bytes"
                + (gzip ? " once decompressed" : "") + ", but " + found + "; the file is incomplete or the header"
                + " is corrupt: copy or export it again", cause);
    }

    BadInputException outOfMemory(Path file, Throwable cause) {
        long mib = Runtime.getRuntime().maxMemory() >> 20;
        return new BadInputException(file, "not enough memory for a " + nx + "x" + ny + "x" + nz + " image (at"
                + " least " + (((long) voxelCount * 2) >> 20) + " MiB; this program may use " + mib + " MiB);"
                + " start it with more memory (-Xmx) or crop the image", cause);
    }
}
