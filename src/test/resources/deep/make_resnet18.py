"""Writes a ResNet-18-shaped TorchScript model folder (random weights) for benchmarks only; not committed output.

    /usr/bin/python3 src/test/resources/deep/make_resnet18.py target/bench/resnet18
    .ci/bench.sh DeepInferenceBenchmark -p modelDir=target/bench/resnet18

Written here from the published architecture (He et al. 2016: 7x7 stem, 4 stages of 2 basic blocks, 64-512
channels) so that no torchvision is needed. Returns (logit [1,1], features [1,512]) as docs/deep-models.md asks.
"""
import json
import os
import sys

import torch
from torch import nn


class Basic(nn.Module):
    def __init__(self, cin, cout, stride):
        super().__init__()
        self.c1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.b1 = nn.BatchNorm2d(cout)
        self.c2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.b2 = nn.BatchNorm2d(cout)
        self.skip = None
        if stride != 1 or cin != cout:
            self.skip = nn.Sequential(nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout))

    def forward(self, x):
        y = self.b2(self.c2(torch.relu(self.b1(self.c1(x)))))
        return torch.relu(y + (x if self.skip is None else self.skip(x)))


class ResNet18(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(3, 64, 7, 2, 3, bias=False), nn.BatchNorm2d(64), nn.ReLU(),
                                  nn.MaxPool2d(3, 2, 1))
        layers, cin = [], 64
        for cout, stride in [(64, 1), (128, 2), (256, 2), (512, 2)]:
            layers += [Basic(cin, cout, stride), Basic(cout, cout, 1)]
            cin = cout
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(512, 1)

    def forward(self, x):
        features = torch.flatten(nn.functional.adaptive_avg_pool2d(self.body(self.stem(x)), 1), 1)
        return self.head(features), features


def main(out):
    torch.manual_seed(1)
    os.makedirs(out, exist_ok=True)
    model = ResNet18().eval()
    with torch.no_grad():
        torch.jit.trace(model, torch.rand(1, 3, 64, 64)).save(os.path.join(out, "model.pt"))
    spec = {"size": 64, "mmPerPixel": 1.0, "neighbourSlices": 1, "windowLowHu": -100, "windowHighHu": 240,
            "maskChannel": False}
    with open(os.path.join(out, "model.json"), "w") as f:
        json.dump({"format": "torchscript", "name": "resnet18-random-benchmark", "inputSpec": spec,
                   "outputs": {"probability": "sigmoid of output 0", "features": "output 1"}}, f, indent=2)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "target/bench/resnet18")
