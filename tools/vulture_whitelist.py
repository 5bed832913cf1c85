"""Names vulture reports as unused that are used (or kept on purpose), each with why.

Run as ``vulture audiocast tools/vulture_whitelist.py --min-confidence 60``; tests/test_codebase.py
does, so a new unused name fails the suite. The test also imports this file (a module, class,
method or class attribute named here that no longer exists is an error) and checks that vulture
without this file still reports every name listed, so the list cannot go stale. Instance
attributes (set in ``__init__``, or dataclass fields) cannot be imported; they are named in
:func:`_instance_attributes`, which is never called. The rest is one tuple, :data:`_USED`.

Three kinds of entries, in this order:

1. framework hooks and attributes, called or read by the library they are given to;
2. names read by templates (Jinja2 reads attributes by name, which vulture cannot see);
3. library API that only the tests use (kept on purpose, or reported for removal: see each note).
"""

from __future__ import annotations

import sqlite3

import click
import onnxruntime

from audiocast import atomic, edition, sanitize, tts
from audiocast.cli import group as cli_group
from audiocast.cli import voices as cli_voices
from audiocast.ingest import sidecar as ingest_sidecar
from audiocast.publish import podcast_ext
from audiocast.publish.serve import PodcastRequestHandler, PodcastServer
from audiocast.studio.preview import PreviewInfo
from audiocast.studio.sidecar import LineView
from audiocast.studio.workspace import ArticleView
from audiocast.tts import espeak


def _instance_attributes(
    ctx: click.Context,
    db: sqlite3.Connection,
    handler: PodcastRequestHandler,
    options: onnxruntime.SessionOptions,
    line: LineView,
    preview: PreviewInfo,
) -> tuple[object, ...]:
    """Attributes of instances, named for vulture only (never called)."""
    return (
        ctx.obj,  # click: the command's shared state
        db.row_factory,  # sqlite3 reads it for every row
        handler.close_connection,  # http.server ends a keep-alive connection when set
        options.intra_op_num_threads,  # onnxruntime reads the session options
        options.inter_op_num_threads,
        line.by_editor,  # studio/templates/article.html
        # Never read (the studio page takes segment starts from elsewhere). Reported to the studio owner.
        preview.starts_ms,
    )


_USED = (
    # 1. Framework hooks and attributes -------------------------------------------------------------
    # http.server / socketserver: class attributes read by the base classes, handlers found by name.
    PodcastServer.daemon_threads,
    PodcastServer.request_queue_size,
    PodcastServer.handle_error,
    PodcastRequestHandler.server_version,
    PodcastRequestHandler.sys_version,
    PodcastRequestHandler.protocol_version,
    PodcastRequestHandler.wbufsize,
    PodcastRequestHandler.disable_nagle_algorithm,
    PodcastRequestHandler.do_GET,
    PodcastRequestHandler.do_HEAD,
    PodcastRequestHandler.log_message,

    # feedgen: extensions are called through these hooks (feedgen/ext/base.py).
    podcast_ext.AudiocastExtension.extend_ns,
    podcast_ext.AudiocastExtension.extend_rss,
    podcast_ext.AudiocastEntryExtension.extend_ns,
    podcast_ext.AudiocastEntryExtension.extend_rss,

    # click: a command is registered by its decorator; click reads an exception's exit_code.
    cli_voices.engines,
    cli_group.CommandError.exit_code,

    # PEP 562: a module's __dir__ is called by the interpreter (lazy engine imports).
    tts.__dir__,
    # atexit: registered by its decorator, called when the interpreter exits (stops the worker pools).
    espeak.shutdown_pools,

    # 2. Read by Jinja2 templates (audiocast/studio/templates/*.html) --------------------------------
    ArticleView.state_name,  # queue.html, article.html

    # 3. Library API that only the tests use --------------------------------------------------------
    # The fuzz test's oracle (tests/test_fuzz.py): kept beside clean_text so the two cannot drift.
    sanitize.has_unsafe_characters,
    # The primitive's copy, documented in atomic.py's docstring and tested in tests/test_publish_files.py;
    # no caller in the package. Reported: remove with its test, or keep as API.
    atomic.copy_file,
    # The ingest sidecar's writer, tested in tests/test_extract_signals.py; the studio writes the same
    # files with its own code (audiocast/studio/sidecar.py). Reported: one writer should go.
    ingest_sidecar.write_sidecar,
    # Replaced in the pipeline by edition.editions_due; still tested in tests/test_pipeline.py.
    # Reported for removal with its test.
    edition.newest_day,
    # Instance attributes: see the function.
    _instance_attributes,
)
"""Everything named above; the tuple only makes each name a use (and checked at import)."""
