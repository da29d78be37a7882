"""Reference numbers from Fairlearn for the GenHealth fairness tests (test-only; reads JSON, prints JSON).

Input: {"y_true": [...], "y_pred": [...], "scores": [...], "weights": [...] | null, "sensitive": {name: [...]}}
"""
import json
import sys

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score, brier_score_loss
from fairlearn.metrics import (
    MetricFrame, count, selection_rate, true_positive_rate, true_negative_rate, false_positive_rate,
    false_negative_rate, mean_prediction, demographic_parity_difference, demographic_parity_ratio,
    equalized_odds_difference, equalized_odds_ratio, equal_opportunity_difference, equal_opportunity_ratio,
)
from sklearn.metrics import accuracy_score, balanced_accuracy_score, precision_score

data = json.load(sys.stdin)
y_true = np.array(data["y_true"])
y_pred = np.array(data["y_pred"])
weights = np.array(data["weights"]) if data.get("weights") else None
sensitive = pd.DataFrame(data["sensitive"])
metrics = {
    "selection_rate": selection_rate, "true_positive_rate": true_positive_rate, "true_negative_rate": true_negative_rate,
    "false_positive_rate": false_positive_rate, "false_negative_rate": false_negative_rate, "accuracy": accuracy_score,
    "balanced_accuracy": balanced_accuracy_score, "precision": precision_score, "mean_prediction": mean_prediction,
}
params = {name: {"sample_weight": weights} for name in metrics} if weights is not None else None
frame = MetricFrame(metrics=metrics, y_true=y_true, y_pred=y_pred, sensitive_features=sensitive, sample_params=params)
counts = MetricFrame(metrics={"count": count}, y_true=y_true, y_pred=y_pred, sensitive_features=sensitive)


def records(df):
    out = []
    for key, row in df.iterrows():
        key = list(key) if isinstance(key, tuple) else [key]
        out.append({"key": [str(k) for k in key], "values": {k: (None if pd.isna(v) else float(v)) for k, v in row.items()}})
    return out


common = dict(y_true=y_true, y_pred=y_pred, sensitive_features=sensitive, sample_weight=weights)
result = {
    "overall": {k: float(v) for k, v in frame.overall.items()},
    "by_group": records(frame.by_group),
    "counts": records(counts.by_group),
    "group_min": {k: float(v) for k, v in frame.group_min().items()},
    "group_max": {k: float(v) for k, v in frame.group_max().items()},
    "difference": {m: {k: float(v) for k, v in frame.difference(method=m).items()} for m in ["between_groups", "to_overall"]},
    "ratio": {m: {k: float(v) for k, v in frame.ratio(method=m).items()} for m in ["between_groups", "to_overall"]},
    "demographic_parity_difference": demographic_parity_difference(**common),
    "demographic_parity_ratio": demographic_parity_ratio(**common),
    "equalized_odds_difference": {a: equalized_odds_difference(**common, agg=a) for a in ["worst_case", "mean"]},
    "equalized_odds_ratio": {a: equalized_odds_ratio(**common, agg=a) for a in ["worst_case", "mean"]},
    "equal_opportunity_difference": equal_opportunity_difference(**common),
    "equal_opportunity_ratio": equal_opportunity_ratio(**common),
    "roc_auc": roc_auc_score(y_true, np.array(data["scores"]), sample_weight=weights),
    "brier": brier_score_loss(y_true, np.array(data["scores"]), sample_weight=weights),
}
print(json.dumps(result))
