"""Baseline of `npm run bench -- fairness`: Fairlearn's MetricFrame with bootstrap on the rows the
benchmark wrote (raw little-endian arrays). Prints one JSON line: seconds without and with n_boot."""
import json
import sys
import time

import numpy as np
from fairlearn.metrics import MetricFrame, false_positive_rate, selection_rate, true_positive_rate

folder, n_boot = sys.argv[1], int(sys.argv[2])
y_true = np.fromfile(f"{folder}/label.f64")
y_pred = np.fromfile(f"{folder}/pred.f64")
levels = json.load(open(f"{folder}/levels.json"))
sensitive = {name: np.array(values)[np.fromfile(f"{folder}/{name}.u8", dtype=np.uint8)] for name, values in levels.items()}
metrics = {"selection_rate": selection_rate, "tpr": true_positive_rate, "fpr": false_positive_rate}


def frame(**boot):
    started = time.perf_counter()
    mf = MetricFrame(metrics=metrics, y_true=y_true, y_pred=y_pred, sensitive_features=sensitive, **boot)
    mf.difference(), mf.ratio()
    return time.perf_counter() - started


point = frame()
booted = frame(n_boot=n_boot, ci_quantiles=[0.025, 0.975], random_state=1)
print(json.dumps({"point_seconds": point, "boot_seconds": booted, "n_boot": n_boot}))
