"""The lineage panel's API. It reads the store through the `genhealth lineage` command of the
installed kernel (found through the `genhealth` kernelspec), so the store has one implementation,
in TypeScript; this module only checks paths and relays JSON.

GET  /genhealth/lineage/<list|show|graph|diff>?path=<notebook path>&id=&a=&b=
POST /genhealth/lineage/<reproduce|export>   {"path": <notebook path>, "id": <run id>}
"""

import asyncio
import json
import os
from datetime import datetime, timezone

import tornado
from jupyter_server.base.handlers import APIHandler
from jupyter_server.utils import url_path_join

READ_COMMANDS = {"list", "show", "graph", "diff"}
WRITE_COMMANDS = {"reproduce", "export"}


class LineageHandler(APIHandler):
    def _locate(self, notebook_path):
        """The notebook file and its store, refusing paths outside the server's root."""
        root = os.path.realpath(self.settings["server_root_dir"])
        notebook = os.path.realpath(os.path.join(root, notebook_path or ""))
        if notebook != root and not notebook.startswith(root + os.sep):
            raise tornado.web.HTTPError(403, f"{notebook_path} is outside the served folder")
        folder = notebook if os.path.isdir(notebook) else os.path.dirname(notebook)
        home = os.environ.get("GENHEALTH_HOME") or os.path.join(folder, ".genhealth")
        return notebook, home

    def _kernel_command(self):
        spec = self.kernel_spec_manager.get_kernel_spec("genhealth")
        bin_path = spec.metadata.get("genhealth", {}).get("bin") or spec.argv[1]
        return [spec.argv[0], bin_path]

    async def _run(self, args, timeout):
        process = await asyncio.create_subprocess_exec(
            *self._kernel_command(), "lineage", *args,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )
        try:
            out, err = await asyncio.wait_for(process.communicate(), timeout)
        except asyncio.TimeoutError:
            process.kill()
            raise tornado.web.HTTPError(504, f"genhealth lineage {args[0]} took longer than {timeout} s")
        if process.returncode != 0:
            self.set_status(400)
            message = err.decode().strip().removeprefix("genhealth: ")
            self.finish(json.dumps({"message": message or f"genhealth lineage {args[0]} failed"}))
            return None
        return out.decode()

    @tornado.web.authenticated
    async def get(self, command):
        if command not in READ_COMMANDS:
            raise tornado.web.HTTPError(404, f"unknown lineage request {command}; allowed: {sorted(READ_COMMANDS)}")
        _, home = self._locate(self.get_query_argument("path", ""))
        ids = [v for v in (self.get_query_argument(k, "") for k in ("id", "a", "b")) if v]
        flags = ["--across"] if self.get_query_argument("across", "") == "true" else []
        out = await self._run([command, "--home", home, *ids, *flags], timeout=60)
        if out is not None:
            self.finish(out)

    @tornado.web.authenticated
    async def post(self, command):
        if command not in WRITE_COMMANDS:
            raise tornado.web.HTTPError(404, f"unknown lineage request {command}; allowed: {sorted(WRITE_COMMANDS)}")
        body = self.get_json_body() or {}
        notebook, home = self._locate(body.get("path", ""))
        if command == "reproduce":
            args = ["reproduce", "--home", home, "--notebook", notebook, body.get("id", "")]
            out = await self._run(args, timeout=1800)
        else:
            stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
            target = os.path.join(os.path.dirname(notebook), f"{os.path.splitext(os.path.basename(notebook))[0]}-crate-{stamp}")
            out = await self._run(["export", "--home", home, "--notebook", notebook, "-o", target], timeout=300)
        if out is not None:
            self.finish(out)


def setup_handlers(web_app):
    base = web_app.settings["base_url"]
    web_app.add_handlers(".*$", [(url_path_join(base, "genhealth", "lineage", r"([a-z]+)"), LineageHandler)])
