"""Reference numbers from Aequitas for the GenHealth fairness tests (test-only; reads JSON, prints JSON).

Input: {"y_true": [...], "y_pred": [...], "group": [...]}
"""
import json
import sys
import warnings

import pandas as pd

warnings.filterwarnings("ignore")
from aequitas.bias import Bias  # noqa: E402
from aequitas.group import Group  # noqa: E402

data = json.load(sys.stdin)
df = pd.DataFrame({"score": data["y_pred"], "label_value": data["y_true"], "race": data["group"]})
xtab, _ = Group().get_crosstabs(df)
bias = Bias().get_disparity_major_group(xtab, original_df=df)
metrics = ["ppr", "pprev", "precision", "fdr", "for", "fpr", "fnr", "tpr", "tnr", "npv", "prev"]
out = {"groups": {}, "disparities": {}}
for _, row in xtab.iterrows():
    out["groups"][row["attribute_value"]] = {m: (None if pd.isna(row[m]) else float(row[m])) for m in metrics}
for _, row in bias.iterrows():
    out["disparities"][row["attribute_value"]] = {m: (None if pd.isna(row.get(f"{m}_disparity")) else float(row[f"{m}_disparity"])) for m in metrics if f"{m}_disparity" in row}
print(json.dumps(out))
