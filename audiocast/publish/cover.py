"""The podcast's cover: the configured picture, checked, or one made from the name.

Apple Podcasts wants a square JPEG or PNG of 1400–3000 px in RGB. With no
cover configured, a 3000×3000 JPEG is drawn from the podcast's name in large
white letters on dark blue (contrast about 14:1), with Pillow's own font so no
system fonts are needed. The same name always gives the same bytes, and the
picture is redrawn only when the name changes.
"""

from __future__ import annotations

import io
import unicodedata
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, UnidentifiedImageError

from ..atomic import write_bytes, write_if_changed
from ..config import PodcastConfig
from ..errors import PublishError
from .output import output_error

COVER_SIZE = 3000
MIN_SIZE = 1400
MAX_SIZE = 3000
THUMBNAIL_SIZE = 600
"""Edge of the cover embedded in each MP3 (APIC)."""

BACKGROUND = (16, 42, 67)   # #102a43
FOREGROUND = (255, 255, 255)
ACCENT = (255, 209, 102)    # #ffd166
LINE_SPACING = 1.25
TEXT_HEIGHT = 1350
"""Room for the name, between the sound waves and the bar at the bottom."""
TEXT_MIDDLE = 1925
MARK_VERSION = "audiocast-cover/1"
"""Stored in the JPEG comment with the name; a change of either redraws the cover."""

_FORMATS = {"JPEG": ("cover.jpg", (".jpg", ".jpeg")), "PNG": ("cover.png", (".png",))}


def cover_file_name(podcast: PodcastConfig) -> str:
    """The cover's file name in output/: ``cover.png`` for a configured PNG, else ``cover.jpg``."""
    if podcast.cover and Path(podcast.cover).suffix.lower() == ".png":
        return "cover.png"
    return "cover.jpg"


def _font(size: int) -> ImageFont.FreeTypeFont:
    try:
        font = ImageFont.load_default(size=size)
    except (TypeError, ImportError, OSError) as exc:
        raise _no_font(str(exc)) from None
    if not isinstance(font, ImageFont.FreeTypeFont):  # Pillow built without FreeType
        raise _no_font("no FreeType")
    return font


def _no_font(detail: str) -> PublishError:
    return PublishError(
        f"cannot draw the cover: Pillow has no scalable default font ({detail}); "
        "install Pillow >= 10.1 with FreeType, or set [podcast] cover to a picture"
    )


# Pillow's own font covers ASCII only: letters with marks (å ä ö é ü) are
# drawn as the base letter with the mark painted above it.
_MARKS = {"\u0308": "diaeresis", "\u030a": "ring", "\u0301": "acute", "\u0300": "grave"}
_REPLACEMENTS = {"–": "-", "—": "-", "’": "'", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "ß": "ss"}


def _letters(text: str) -> list[tuple[str, str | None]]:
    """Each character as (ASCII base, mark name or None); unknown characters become '?'."""
    out: list[tuple[str, str | None]] = []
    for ch in text:
        if ch in _REPLACEMENTS:
            out.extend((c, None) for c in _REPLACEMENTS[ch])
            continue
        decomposed = unicodedata.normalize("NFD", ch)
        base, marks = decomposed[0], decomposed[1:]
        if not base.isascii():
            base, marks = "?", ""
        out.append((base, next((_MARKS[m] for m in marks if m in _MARKS), None)))
    return out


def _plain(text: str) -> str:
    return "".join(base for base, _ in _letters(text))


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and draw.textlength(_plain(f"{lines[-1]} {word}"), font=font) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def _fits(draw: ImageDraw.ImageDraw, lines: list[str], font: ImageFont.FreeTypeFont, width: int) -> bool:
    return all(draw.textlength(_plain(line), font=font) <= width for line in lines)


def _layout(draw: ImageDraw.ImageDraw, name: str) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest font size at which the name fits in at most four lines."""
    width = COVER_SIZE - 2 * 300
    for size in range(420, 90, -20):
        font = _font(size)
        lines = _wrap(draw, name, font, width)
        if len(lines) * size * LINE_SPACING <= TEXT_HEIGHT and _fits(draw, lines, font, width):
            return font, lines
    font = _font(100)
    return font, _wrap(draw, name, font, width)[: int(TEXT_HEIGHT / (100 * LINE_SPACING))]


def _draw_mark(draw: ImageDraw.ImageDraw, mark: str, box: tuple[float, float, float, float], size: float) -> None:
    """Paint a diacritic above the glyph whose ink box is ``box``."""
    left, top, right, _ = box
    cx = (left + right) / 2
    gap = size * 0.07
    if mark == "diaeresis":
        r = size * 0.055
        y = top - gap - r
        for x in (cx - (right - left) * 0.24, cx + (right - left) * 0.24):
            draw.ellipse((x - r, y - r, x + r, y + r), fill=FOREGROUND)
    elif mark == "ring":
        r = size * 0.085
        y = top - gap - r
        draw.ellipse((cx - r, y - r, cx + r, y + r), outline=FOREGROUND, width=max(2, int(size * 0.035)))
    else:
        lean = 1 if mark == "acute" else -1
        y = top - gap
        draw.line(
            (cx - lean * size * 0.06, y, cx + lean * size * 0.08, y - size * 0.16),
            fill=FOREGROUND,
            width=max(2, int(size * 0.05)),
        )


def _draw_line(draw: ImageDraw.ImageDraw, cx: int, cy: int, line: str, font: ImageFont.FreeTypeFont) -> None:
    """Draw one centred line of text, painting marks the font lacks."""
    letters = _letters(line)
    plain = "".join(base for base, _ in letters)
    cap_top = font.getbbox("H", anchor="ls")[1]
    baseline = cy - cap_top // 2
    x0 = cx - draw.textlength(plain, font=font) / 2
    draw.text((x0, baseline), plain, font=font, fill=FOREGROUND, anchor="ls")
    for i, (base, mark) in enumerate(letters):
        if mark:
            x = x0 + draw.textlength(plain[:i], font=font)
            left, top, right, bottom = font.getbbox(base, anchor="ls")
            _draw_mark(draw, mark, (x + left, baseline + top, x + right, baseline + bottom), font.size)


def generate_cover(name: str) -> bytes:
    """A 3000×3000 JPEG with ``name`` in large white letters on dark blue."""
    image = Image.new("RGB", (COVER_SIZE, COVER_SIZE), BACKGROUND)
    draw = ImageDraw.Draw(image)
    # A speaker's sound waves above the name.
    cx, cy = COVER_SIZE // 2, 700
    draw.ellipse((cx - 110, cy - 110, cx + 110, cy + 110), fill=ACCENT)
    for radius in (260, 410, 560):
        draw.arc((cx - radius, cy - radius, cx + radius, cy + radius), -40, 40, fill=ACCENT, width=70)
        draw.arc((cx - radius, cy - radius, cx + radius, cy + radius), 140, 220, fill=ACCENT, width=70)
    font, lines = _layout(draw, " ".join(name.split()) or "Podcast")
    line_height = int(font.size * LINE_SPACING)
    top = TEXT_MIDDLE - (len(lines) * line_height) // 2 + line_height // 2
    for i, line in enumerate(lines):
        _draw_line(draw, cx, top + i * line_height, line, font)
    draw.rectangle((300, 2700, COVER_SIZE - 300, 2740), fill=ACCENT)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, optimize=True, comment=_mark(name))
    return out.getvalue()


def _mark(name: str) -> bytes:
    return f"{MARK_VERSION} {name}".encode()


def _open(data_or_path: bytes | Path, what: str) -> Image.Image:
    try:
        source = io.BytesIO(data_or_path) if isinstance(data_or_path, bytes) else data_or_path
        image = Image.open(source)
        image.load()
        return image
    except FileNotFoundError:
        raise PublishError(f"{what}: no such file; fix [podcast] cover in audiocast.toml") from None
    except (UnidentifiedImageError, OSError) as exc:
        raise PublishError(f"{what}: not a readable picture ({exc}); use a JPEG or PNG") from None


def check_cover(path: Path) -> str:
    """Check a configured cover against Apple's rules; returns its format (JPEG or PNG)."""
    image = _open(path, str(path))
    fmt = image.format or "?"
    if fmt not in _FORMATS:
        raise PublishError(f"{path}: the cover is {fmt}, but podcast apps need JPEG or PNG; convert it")
    if path.suffix.lower() not in _FORMATS[fmt][1]:
        raise PublishError(
            f"{path}: the file is a {fmt} but is named {path.suffix!r}; rename it to "
            f"{path.stem}{_FORMATS[fmt][1][0]}"
        )
    w, h = image.size
    if w != h:
        raise PublishError(f"{path}: the cover is {w}×{h} px; it must be square (crop it)")
    if not MIN_SIZE <= w <= MAX_SIZE:
        raise PublishError(
            f"{path}: the cover is {w}×{h} px; Apple Podcasts needs {MIN_SIZE}–{MAX_SIZE} px (resize it)"
        )
    if image.mode not in ("RGB", "RGBA", "L", "P"):
        raise PublishError(f"{path}: the cover is in {image.mode} colour; save it as RGB")
    return fmt


def ensure_cover(podcast: PodcastConfig, out_dir: Path, config_dir: Path | None = None) -> Path:
    """Put the podcast's cover in ``out_dir`` and return its path.

    A configured cover (relative to ``config_dir``, or the working directory)
    is checked and copied; otherwise ``cover.jpg`` is drawn from the name,
    unless the one already there was drawn from the same name.
    """
    out_dir = Path(out_dir)
    dest = out_dir / cover_file_name(podcast)
    if podcast.cover:
        src = Path(podcast.cover).expanduser()
        if not src.is_absolute() and config_dir is not None:
            src = Path(config_dir) / src
        check_cover(src)
        write_if_changed(dest, src.read_bytes(), error=output_error)
        return dest
    if dest.is_file():
        try:
            with Image.open(dest) as existing:
                if existing.info.get("comment") == _mark(podcast.name):
                    return dest
        except (UnidentifiedImageError, OSError):
            pass  # damaged: draw it again
    write_bytes(dest, generate_cover(podcast.name), error=output_error)
    return dest


@lru_cache(maxsize=4)
def thumbnail_jpeg(data: bytes, size: int = THUMBNAIL_SIZE) -> bytes | None:
    """The picture shrunk to a ``size``-px JPEG, or None when it is already a JPEG that small.

    Kept for the last few pictures: every episode's tags ask about the same cover, and
    decoding it to find its size costs milliseconds each time."""
    image = _open(data, "cover picture")
    if image.format == "JPEG" and max(image.size) <= size:
        return None
    image = image.convert("RGB")
    image.thumbnail((size, size), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, optimize=True)
    return out.getvalue()
