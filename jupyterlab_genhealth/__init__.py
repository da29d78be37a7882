"""GenHealth Lab for JupyterLab: the prebuilt extension, the `genhealth` kernelspec and a small
server extension through which the lineage panel reads the lineage store."""

__version__ = "0.1.0"


def _jupyter_labextension_paths():
    return [{"src": "labextension", "dest": "jupyterlab-genhealth"}]


def _jupyter_server_extension_points():
    return [{"module": "jupyterlab_genhealth"}]


def _load_jupyter_server_extension(server_app):
    from .handlers import setup_handlers

    setup_handlers(server_app.web_app)
    server_app.log.info("GenHealth lineage API at /genhealth/lineage")
