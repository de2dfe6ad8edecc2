#!/usr/bin/env bash
# Regenerates the compressed transfer-syntax fixtures in this folder (run once; the results are committed, the tests
# only read them). See README.md for what each folder holds.
#
# Needs: JDK 17 and Maven (the project's own build), dcmtk 3.6.7 (dcmcjpeg, dcmcjpls, dcmodify) and GDCM 3.0.21
# (gdcmconv); on Debian 12: apt-get install dcmtk libgdcm-tools.
#
# 1. org.tacerisk.dicom.TransferSyntaxFixtures (src/test/java) writes the uncompressed sources (explicit VR little
#    endian, fixed UIDs and dates) of a 64 x 64 x 3 CT phantom in four pixel encodings, plus one enhanced
#    (multi-frame) CT file. The tests rebuild the expected volumes from the same class, so the sources are not kept.
# 2. dcmtk / GDCM compress them, one folder per syntax and encoding.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for tool in dcmcjpeg dcmcjpls dcmodify gdcmconv java mvn; do
    command -v "$tool" >/dev/null || { echo "generate.sh: $tool is not installed" >&2; exit 1; }
done

echo "== tools"
dcmcjpeg --version | sed -n 1p
dcmcjpls --version | sed -n 1p
gdcmconv --version

echo "== uncompressed sources"
(cd "$repo" && mvn -B -q test-compile \
    && mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt")
java -cp "$repo/target/test-classes:$repo/target/classes:$(cat "$work/cp.txt")" \
    org.tacerisk.dicom.TransferSyntaxFixtures "$work/src"

# encode FOLDER SOURCE COMMAND...: runs COMMAND IN OUT on every file of $work/src/SOURCE into $here/FOLDER.
encode() {
    local folder="$1" source="$2"
    shift 2
    rm -rf "${here:?}/$folder"
    mkdir -p "$here/$folder"
    for f in "$work/src/$source"/*.dcm; do
        "$@" "$f" "$here/$folder/$(basename "$f")"
    done
}

# GDCM prints a warning banner for lossy output; keep it off the log.
gdcm_lossy() { gdcmconv "$@" >/dev/null 2>&1; }

# dcmtk pseudo-lossless codec, forced to 12-bit samples, identity scaling (the only way found to get a 12-bit
# precision JPEG lossless stream from dcmtk: its true-lossless codec always writes 16-bit samples for these data),
# then relabelled signed. The source holds the SIGNED12 samples as 12-bit two's-complement patterns.
jpeg_p12_signed() {
    dcmcjpeg --encode-lossless-sv1 --pseudo-lossless --bits-force-12 --scaling-range "$1" "$2"
    dcmodify -nb -m "(0028,0103)=1" "$2"
}

echo "== compressing"
encode jpeg-lossless-sv1_signed16            signed16   dcmcjpeg --encode-lossless-sv1
encode jpeg-lossless-sv1_unsigned16          unsigned16 dcmcjpeg --encode-lossless-sv1
encode jpeg-lossless-sv1_signed12            signed12   dcmcjpeg --encode-lossless-sv1
encode jpeg-lossless-sv1_signed12-precision12 signed12_bits_as_unsigned jpeg_p12_signed
encode jpeg-lossless-p14_signed16            signed16   dcmcjpeg --encode-lossless
encode jpeg-lossless-p14_unsigned16          unsigned16 dcmcjpeg --encode-lossless
encode jpeg2000-lossless_signed16            signed16   gdcmconv --j2k
encode jpeg2000-lossless_unsigned16          unsigned16 gdcmconv --j2k
encode jpeg2000-lossless_signed12            signed12   gdcmconv --j2k
encode jpeg2000-lossy_signed16               signed16   gdcm_lossy --j2k --lossy -q 70
encode jpeg-baseline_unsigned8               unsigned8  dcmcjpeg --encode-baseline --scaling-range
encode jpeg-ls-lossless_signed16             signed16   dcmcjpls --encode-lossless
encode jpeg-extended_signed12                signed12   dcmcjpeg --encode-extended --scaling-range
encode multiframe_jpeg-lossless-sv1_signed16 enhanced_signed16 dcmcjpeg --encode-lossless-sv1
encode multiframe_jpeg2000-lossless_signed16 enhanced_signed16 gdcmconv --j2k

echo "== sizes (bytes)"
(cd "$here" && for d in */; do printf "%8d  %s\n" "$(cat "$d"*.dcm | wc -c)" "${d%/}"; done && printf "%8d  total\n" "$(cat */*.dcm | wc -c)")
