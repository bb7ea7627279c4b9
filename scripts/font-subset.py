#!/usr/bin/env python3
"""Reproduces crates/hup/fonts/NotoSansCJKjp-{Regular,Bold}-subset.ttf, the fonts of the kit's PDFs and the
digital flyer (issue 17): Noto Sans CJK JP (SIL Open Font License 1.1) from Debian's
fonts-noto-cjk, cut down to what the kit can print, and turned from CFF outlines into TrueType
ones so that one simple embedding (CIDFontType2) serves every PDF and the PNG rasterizer.

Kept: Latin (Basic, Latin-1, Extended-A and -B), general punctuation, currency and letterlike
symbols, CJK punctuation, kana, full-width forms, every kanji of JIS X 0208 levels 1 and 2 (an
organization's name may hold any of them; the list comes from Python's EUC-JP codec, not from a
hand-typed table), and every character of the Fluent files and country names, whatever script.

    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb noto
    .ci/.venv/bin/pip install fonttools==4.55.3
    .ci/.venv/bin/python scripts/font-subset.py noto/usr/share/fonts/opentype/noto
"""
import glob
import os
import sys

from fontTools import subset
from fontTools.cu2qu.cu2qu import curve_to_quadratic  # noqa: F401 (the pen below needs it)
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "crates", "hup")
RANGES = [
    (0x0020, 0x007E), (0x00A0, 0x024F), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x214F),
    (0x2190, 0x21FF), (0x2212, 0x2212), (0x2460, 0x24FF), (0x25A0, 0x25FF), (0x3000, 0x30FF),
    (0x31F0, 0x31FF), (0xFF00, 0xFFEF),
]


def jis_x_0208():
    """Every character of JIS X 0208 (rows 1-84), decoded with the EUC-JP codec."""
    chars = set()
    for row in range(0xA1, 0xF5):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(bytes([row, cell]).decode("euc_jp"))
            except UnicodeDecodeError:
                pass
    return chars


def text_chars():
    chars = set()
    for pattern in ("locales/*/*.ftl", "data/countries/*.json", "templates/**/*"):
        for path in glob.glob(os.path.join(ROOT, pattern), recursive=True):
            if os.path.isfile(path):
                with open(path, encoding="utf-8") as f:
                    chars |= set(f.read())
    return chars


def to_truetype(font):
    """CFF outlines to quadratic TrueType outlines (the fontTools otf2ttf snippet)."""
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    maxp.numGlyphs = len(order)
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def main(source_dir):
    unicodes = set()
    for lo, hi in RANGES:
        unicodes |= set(range(lo, hi + 1))
    unicodes |= {ord(c) for c in jis_x_0208() | text_chars() if ord(c) >= 0x20}
    for weight in ("Regular", "Bold"):
        collection = TTCollection(os.path.join(source_dir, f"NotoSansCJK-{weight}.ttc"))
        font = next(f for f in collection.fonts if f["name"].getDebugName(4).startswith("Noto Sans CJK JP"))
        options = subset.Options()
        options.layout_features = []
        options.hinting = False
        options.desubroutinize = True
        options.notdef_outline = True
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        subsetter.subset(font)
        to_truetype(font)
        out = os.path.join(ROOT, "fonts", f"NotoSansCJKjp-{weight}-subset.ttf")
        font.save(out)
        print(out, font["maxp"].numGlyphs, "glyphs", os.path.getsize(out), "bytes")


if __name__ == "__main__":
    main(sys.argv[1])
