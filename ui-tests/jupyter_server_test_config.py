"""Jupyter Server configuration for the UI tests (Galata's test settings, loopback only)."""
import os
from pathlib import Path

from jupyterlab.galata import configure_jupyter_server

root = Path(os.environ["JUPYTERLAB_GALATA_ROOT_DIR"])
root.mkdir(parents=True, exist_ok=True)

configure_jupyter_server(c)  # noqa: F821 (c is injected by Jupyter)
c.ServerApp.ip = "127.0.0.1"  # noqa: F821
c.ServerApp.port = int(os.environ.get("GENHEALTH_UI_PORT", "18888"))  # noqa: F821
c.ServerApp.allow_root = True  # noqa: F821 (tests may run as root, as CI does)
c.ServerApp.root_dir = str(root)  # noqa: F821
