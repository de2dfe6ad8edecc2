"""Writes the TorchScript fixture that proves DJL inference equals PyTorch inference.

Run from this folder with Debian's torch (1.13.1):  /usr/bin/python3 make_fixture.py
Writes model.pt (traced), input.f32 (the fixed 1x3x64x64 input, little-endian float32, C-order) and
expected.json (PyTorch's logit, probability and features for that input, 9 significant digits).
The Java test reads only these files, so CI needs no Python.
"""
import json
import math
import os
import tempfile
import zipfile

import numpy as np
import torch
from torch import nn

torch.manual_seed(20240611)


class TinyCnn(nn.Module):
    """3x64x64 -> (logit [1,1], features [1,16]); the model contract of docs/deep-models.md."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 8, kernel_size=3, stride=2, padding=1)   # 8x32x32
        self.conv2 = nn.Conv2d(8, 16, kernel_size=3, stride=2, padding=1)  # 16x16x16
        self.pool = nn.AvgPool2d(16)                                       # 16x1x1 only for 64x64 inputs
        self.head = nn.Linear(16, 1)

    def forward(self, x):
        x = torch.relu(self.conv1(x))
        x = torch.relu(self.conv2(x))
        features = torch.flatten(self.pool(x), 1)
        return self.head(features), features


def fixed_input():
    """A smooth, non-symmetric pattern in [0, 1], so that channel or axis mix-ups change the output."""
    c, h, w = np.meshgrid(np.arange(3), np.arange(64), np.arange(64), indexing="ij")
    x = 0.5 + 0.5 * np.sin(0.11 * (h + 1) * (c + 1) + 0.07 * w * (2 - c) + 0.3 * c)
    return x.astype(np.float32)[None]


def save_without_debug_info(traced, path):
    """torch.jit.save, minus the *.debug_pkl entries: they hold the trace's source locations, i.e. the absolute
    path of the folder this script ran from, which does not belong in a committed file. Loading needs none of them."""
    with tempfile.TemporaryDirectory() as tmp:
        full = os.path.join(tmp, os.path.basename(path))  # same name: the archive's folder is named after it
        traced.save(full)
        with zipfile.ZipFile(full) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as dst:
            for info in src.infolist():
                if not info.filename.endswith(".debug_pkl"):
                    dst.writestr(info, src.read(info))


def main():
    model = TinyCnn().eval()
    x = fixed_input()
    with torch.no_grad():
        traced = torch.jit.trace(model, torch.from_numpy(x))
        logit, features = traced(torch.from_numpy(x))
    save_without_debug_info(traced, "model.pt")
    with torch.no_grad():  # the stripped file must give the same outputs
        reloaded = torch.jit.load("model.pt")(torch.from_numpy(x))
    assert torch.equal(reloaded[0], logit) and torch.equal(reloaded[1], features)
    x.astype("<f4").tofile("input.f32")
    logit_value = float(logit[0, 0])
    expected = {
        "input": {"file": "input.f32", "shape": list(x.shape), "dtype": "float32 little-endian, C-order"},
        "torch_version": torch.__version__,
        "logit": float("%.9g" % logit_value),
        "probability": float("%.9g" % (1.0 / (1.0 + math.exp(-logit_value)))),
        "features": [float("%.9g" % float(v)) for v in features[0]],
    }
    with open("expected.json", "w") as f:
        json.dump(expected, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
