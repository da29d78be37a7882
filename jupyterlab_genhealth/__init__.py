"""GenHealth Lab for JupyterLab: ships the prebuilt extension and the `genhealth` kernelspec."""

__version__ = "0.1.0"


def _jupyter_labextension_paths():
    return [{"src": "labextension", "dest": "jupyterlab-genhealth"}]
