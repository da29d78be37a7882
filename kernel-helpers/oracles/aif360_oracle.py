"""Reference numbers from AIF360 for the GenHealth fairness tests (test-only; reads JSON, prints JSON).

Input: {"y_true": [...], "y_pred": [...], "privileged": [0/1...], "x": [[...], ...]}
"""
import json
import sys

import numpy as np
import pandas as pd
from aif360.datasets import BinaryLabelDataset
from aif360.algorithms.preprocessing import Reweighing
from aif360.metrics import BinaryLabelDatasetMetric, ClassificationMetric

data = json.load(sys.stdin)
x = np.array(data["x"], dtype=float)
df = pd.DataFrame({"y": data["y_true"], "priv": data["privileged"], **{f"x{i}": x[:, i] for i in range(x.shape[1])}})
truth = BinaryLabelDataset(df=df, label_names=["y"], protected_attribute_names=["priv"], favorable_label=1, unfavorable_label=0)
pred = truth.copy()
pred.labels = np.array(data["y_pred"], dtype=float).reshape(-1, 1)
groups = dict(unprivileged_groups=[{"priv": 0}], privileged_groups=[{"priv": 1}])
m = ClassificationMetric(truth, pred, **groups)
print(json.dumps({
    "disparate_impact": m.disparate_impact(),
    "statistical_parity_difference": m.statistical_parity_difference(),
    "average_odds_difference": m.average_odds_difference(),
    "average_abs_odds_difference": m.average_abs_odds_difference(),
    "average_predictive_value_difference": m.average_predictive_value_difference(),
    "generalized_entropy_index": m.generalized_entropy_index(alpha=2),
    "theil_index": m.theil_index(),
    "between_group_generalized_entropy_index": m.between_group_generalized_entropy_index(alpha=2),
    "between_group_theil_index": m.between_group_theil_index(),
    "consistency": float(BinaryLabelDatasetMetric(pred, **groups).consistency(n_neighbors=5)[0]),
    "reweighing": Reweighing(**groups).fit_transform(truth).instance_weights.tolist(),
}))
