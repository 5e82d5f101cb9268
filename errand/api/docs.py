"""The interactive API docs at ``/docs``: Swagger UI from the ``swagger-ui-bundle-v2`` wheel, served from
this origin, so the page needs no CDN and runs under the same Content-Security-Policy as every other page
(no inline script or style: the page's one script is ``/static/docs.js``). ``/openapi.json`` is the spec."""

from __future__ import annotations

import importlib
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

router = APIRouter(include_in_schema=False)
ASSETS = Path(str(importlib.import_module("swagger_ui_bundle").swagger_ui_path))
"""Swagger UI's files as the wheel installed them (the package ships no type information)."""

_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Errand API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
<link rel="icon" type="image/png" href="/docs/assets/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui" data-spec="/openapi.json"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script>
</body>
</html>
"""


def assets() -> StaticFiles:
    return StaticFiles(directory=ASSETS)


@router.get("/docs")
async def docs() -> HTMLResponse:
    return HTMLResponse(_PAGE, headers={"Cache-Control": "no-cache"})
