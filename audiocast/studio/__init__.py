"""The editors' studio: hear, fix and approve an episode before it goes out.

A local web application (Starlette + Jinja2 on uvicorn) over one newsroom's
folder. The modules, by concern:

- ``app.py``: the routes and pages (``create_app``), and ``serve``.
- ``auth.py``: the access token, sessions, CSRF tokens and the Origin check.
- ``workspace.py``: the newsroom's folder: articles and their state, scripts, the lexicon.
- ``preview.py``: previews through the speech cache, into ``output/.studio/``.
- ``sidecar.py``: the editors' changes kept beside each article (``<stem>.meta.toml``).

Importing this package imports none of them (Starlette is loaded only by the
studio itself); :mod:`audiocast.approval` holds the approval gate the pipeline
and the CLI use.
"""
