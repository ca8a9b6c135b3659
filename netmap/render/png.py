"""Writing a large picture as PNG band by band, so an A0 poster at 300 dpi (140 megapixels) never
has to fit in memory at once."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

__all__ = ["write_png_in_bands"]

Paint = Callable[[QPainter], None]


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def write_png_in_bands(path: str | Path, width: int, height: int, dpi: float, paint: Paint, *,
                       band_height: int = 1024) -> None:
    """Call `paint(painter)` once per horizontal band of a `width` x `height` picture (the painter
    is translated so that `paint` draws the whole picture as if on one page) and write the bands
    as one RGB PNG with its resolution set to `dpi`."""
    ppm = round(dpi / 0.0254)
    compressor = zlib.compressobj(6)
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n")
        out.write(_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)))
        out.write(_chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1)))
        top = 0
        while top < height:
            rows = min(band_height, height - top)
            band = QImage(width, rows, QImage.Format.Format_RGB32)
            band.fill(Qt.GlobalColor.white)
            painter = QPainter(band)
            painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                                   | QPainter.RenderHint.SmoothPixmapTransform)
            painter.translate(0, -top)
            paint(painter)
            painter.end()
            rgb = band.convertToFormat(QImage.Format.Format_RGB888)
            stride = rgb.bytesPerLine()
            data = bytes(rgb.constBits())
            raw = bytearray()
            for y in range(rows):
                raw += b"\x00"  # filter: none
                raw += data[y * stride:y * stride + width * 3]
            compressed = compressor.compress(bytes(raw))
            if compressed:
                out.write(_chunk(b"IDAT", compressed))
            top += rows
        out.write(_chunk(b"IDAT", compressor.flush()))
        out.write(_chunk(b"IEND", b""))
