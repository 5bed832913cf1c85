"""Every episode's ID3 tags ask for the same cover's thumbnail: it is decoded once, not per episode."""

from __future__ import annotations

import pytest
from PIL import Image

from audiocast.errors import PublishError
from audiocast.publish.cover import generate_cover, thumbnail_jpeg


def test_the_same_cover_is_decoded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    cover = generate_cover("Nyheter från Tumba")
    thumbnail_jpeg.cache_clear()
    opened: list[object] = []
    real_open = Image.open

    def counting_open(*args: object, **kwargs: object) -> Image.Image:
        opened.append(args[0])
        return real_open(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Image, "open", counting_open)
    first = thumbnail_jpeg(cover)
    assert first is not None and thumbnail_jpeg(cover) == first and len(opened) == 1
    assert thumbnail_jpeg(first) is None and thumbnail_jpeg(first) is None and len(opened) == 2


def test_a_damaged_cover_is_refused_every_time() -> None:
    for _ in range(2):
        with pytest.raises(PublishError, match="not a readable picture"):
            thumbnail_jpeg(b"\xff\xd8\xff not a picture")
