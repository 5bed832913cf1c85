"""Public addresses of published files, and page anchors of episodes."""

from __future__ import annotations

from urllib.parse import quote


def public_url(base_url: str, rel_path: str) -> str:
    """The URL of a file in output/, given the public base URL (ending with '/').

    >>> public_url("https://example.se/pod/", "episodes/ny-bro-1a2b3c4d.mp3")
    'https://example.se/pod/episodes/ny-bro-1a2b3c4d.mp3'
    """
    if not base_url.endswith("/"):
        base_url += "/"
    return base_url + quote(rel_path.lstrip("/"), safe="/")


def episode_anchor(kind: str, slug: str) -> str:
    """The id of an episode's section on the listeners' page.

    >>> episode_anchor("article", "ny-bro")
    'avsnitt-ny-bro'
    """
    return ("utgava-" if kind == "edition" else "avsnitt-") + slug
