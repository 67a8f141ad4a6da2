"""What printing remembers between documents (font subsets, drawn text, QR symbols) never
changes what a document says or how it is built."""

from __future__ import annotations

import io
import re
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import printing_samples as samples
import pytest
import zxingcpp
from conftest import squash
from PIL import Image
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, makeToUnicodeCMap

from counterdesk.domain.documents import Document
from counterdesk.printing import render_bytes, words
from counterdesk.printing.canvas import fixed_wording
from counterdesk.printing.fonts import (
    FONT_NAME,
    SubsetCachingFont,
    ensure_font,
    to_unicode_cmap,
)
from counterdesk.printing.grid import Cell, GridTable, Padding
from counterdesk.printing.layout import styles
from counterdesk.printing.qr import qr_payload

KINDS = ("acceptance", "supplement_notice", "rejection", "materials_list", "guide")


def case(kind: str, number: int) -> Document:
    return samples.for_case(getattr(samples, kind)(), number)


@contextmanager
def plain_reportlab_font() -> Iterator[None]:
    """The registered font behaves as reportlab's own TTFont while inside."""
    font = pdfmetrics.getFont(ensure_font())
    font.__class__ = TTFont
    try:
        yield
    finally:
        font.__class__ = SubsetCachingFont


def font_programs(pdf: bytes) -> dict[str, bytes]:
    """Embedded TrueType programs of the main font by subset name (AAAAAA+…, BAAAAA+…)."""
    programs: dict[str, bytes] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            programs[str(font["/BaseFont"])] = descriptor["/FontFile2"].get_object().get_data()
    return programs


@pytest.mark.parametrize("kind", KINDS)
def test_cached_font_subsets_write_the_pdf_reportlab_writes(
        kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN reproducible PDFs (no dates or random IDs) and a document printed before, so
    # its fixed-wording subsets come from the cache
    monkeypatch.setattr(rl_config, "invariant", 1)
    document = case(kind, 11)
    render_bytes(case(kind, 12))
    # WHEN it is printed with the caching font and with reportlab's plain TTFont
    cached = render_bytes(document)
    with plain_reportlab_font():
        plain = render_bytes(document)
    # THEN the two files are the same, byte for byte
    assert cached == plain


def test_documents_for_different_applicants_share_the_wording_subsets_only() -> None:
    # GIVEN two receipts for different applicants of the same item
    first, second = case("acceptance", 21), case("acceptance", 22)
    assert first.applicant.name != second.applicant.name
    # WHEN both are printed
    one, two = font_programs(render_bytes(first)), font_programs(render_bytes(second))
    # THEN the fixed wording's and the item's subsets are the same font programs, and the
    # subset holding each applicant's own characters differs
    main = sorted(name for name in one if not name.startswith("/" + "HanaMin"))
    assert main == sorted(two)
    assert len(main) >= 3
    for name in main[:-1]:
        assert one[name] == two[name], name
    assert one[main[-1]] != two[main[-1]]


def test_the_fixed_wording_holds_every_title_and_problem_word() -> None:
    # GIVEN the characters printing puts first in every document
    wording = set(fixed_wording())
    # THEN the titles, copy labels and problem words are all among them
    for text in (*words.DOCUMENT_TITLES.values(), *words.COPY_LABELS.values(),
                 *words.DEFECT_WORDS.values(), *words.FORM_WORDS.values()):
        assert set(text) - {"（", "）"} <= wording, text
    # AND an applicant's name is not: it is not the program's wording
    assert not set("赵秀娟") <= wording


def test_text_of_a_document_is_the_same_cold_and_after_many_others(tmp_path: Path) -> None:
    # GIVEN a supplement notice printed first thing in the process (or nearly)
    document = case("supplement_notice", 31)
    cold = render_bytes(document)
    # WHEN forty other documents for other applicants are printed, and then it again
    for number in range(32, 72):
        render_bytes(case(KINDS[number % len(KINDS)], number))
    warm = render_bytes(document)
    # THEN both read the same, and neither carries another applicant's name
    texts = []
    for index, pdf in enumerate((cold, warm)):
        path = tmp_path / f"{index}.pdf"
        path.write_bytes(pdf)
        texts.append(subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                                    capture_output=True, text=True).stdout)
    assert texts[0] == texts[1]
    assert document.applicant.name in squash(texts[1])
    others = {samples.applicant_for_case(n).name for n in range(32, 72)}
    assert not [name for name in others - {document.applicant.name}
                if name in squash(texts[1])]


@pytest.mark.parametrize("number", [5, 6, 7])
def test_the_qr_code_on_each_page_scans_as_tracking_and_document_number(
        number: int, tmp_path: Path) -> None:
    # GIVEN receipts for three cases  WHEN printed and rasterised as a scanner would see them
    receipt = case("acceptance", number)
    path = tmp_path / "r.pdf"
    path.write_bytes(render_bytes(receipt))
    subprocess.run(["pdftoppm", "-r", "100", "-png", str(path), str(tmp_path / "p")],
                   check=True)
    pages = sorted(tmp_path.glob("p-*.png"))
    assert len(pages) == 2
    # THEN the code on every page reads back as "tracking|document number", UTF-8 intact
    for page in pages:
        found = zxingcpp.read_barcodes(Image.open(page),
                                       formats=zxingcpp.BarcodeFormat.QRCode)
        assert [code.text for code in found] == [qr_payload(receipt.header)]
        assert found[0].text.endswith(f"微审服受〔2026〕{number:04d}号")


def test_a_rare_character_prints_in_the_applicant_table_too() -> None:
    # GIVEN an applicant whose name has 𠮷, which only the fallback font has
    import dataclasses

    receipt = samples.acceptance()
    receipt = dataclasses.replace(
        receipt, applicant=dataclasses.replace(receipt.applicant, name="𠮷·买买提"))
    # WHEN the receipt is printed
    page = PdfReader(io.BytesIO(render_bytes(receipt))).pages[0]
    fallback = [key for key, font in page["/Resources"]["/Font"].items()
                if "HanaMin" in str(font.get_object()["/BaseFont"])]
    content = page.get_contents().get_data().decode("latin-1")
    # THEN the fallback font is selected twice on the applicant copy: for the salutation and
    # for the applicant row of the table (reportlab's Table would have left a blank there)
    assert len(fallback) == 1
    assert len(re.findall(re.escape(fallback[0]) + r" [\d.]+ Tf", content)) == 2


def test_a_grid_splits_between_rows_and_repeats_its_header() -> None:
    # GIVEN a table of a header and 10 one-line rows
    st = styles().cell
    padding = Padding(5, 5, 2.5, 3.5)
    head = [Cell("序号", align=TA_CENTER), Cell("材料名称", align=TA_CENTER)]
    rows = [[Cell(str(n)), Cell(f"材料{n}")] for n in range(1, 11)]
    table = GridTable([head, *rows], [30, 200], st, padding, header_rows=1)
    row_height = st.leading + padding.top + padding.bottom
    # THEN each row is one line plus padding high
    assert table.wrap(500, 1000) == (230, pytest.approx(11 * row_height))
    # WHEN only 4 rows' height is left on the page
    first, rest = table.split(500, 4.5 * row_height)
    # THEN the first part has the header and 3 rows, the rest the header and 7
    assert first.wrap(500, 1000)[1] == pytest.approx(4 * row_height)
    assert rest.wrap(500, 1000)[1] == pytest.approx(8 * row_height)
    assert rest.rows[0] == table.rows[0]
    # AND a page with room for the header alone gets no part of the table
    assert table.split(500, 1.5 * row_height) == []


def test_a_grid_row_must_cover_the_columns_exactly() -> None:
    st = styles().cell
    with pytest.raises(ValueError, match="covers 1 of the table's 2 columns"):
        GridTable([[Cell("只有一格")]], [30, 200], st, Padding(5, 5, 2, 3))
    with pytest.raises(ValueError, match="more columns"):
        GridTable([[Cell("a"), Cell("b", span=2)]], [30, 200], st, Padding(5, 5, 2, 3))


def test_the_registered_document_font_is_the_caching_one() -> None:
    assert isinstance(pdfmetrics.getFont(ensure_font()), SubsetCachingFont)
    assert ensure_font() == FONT_NAME


def test_characters_beyond_the_bmp_map_to_their_utf16_pair_for_text_extraction() -> None:
    # GIVEN a subset of common characters, and one that also holds 𠮷 (U+20BB7)
    common = [0, *range(0x4E00, 0x4E40)]
    # THEN the first map is reportlab's own, and in the second 𠮷 maps to D842 DFB7
    assert to_unicode_cmap("AAAAAA+X", common) == makeToUnicodeCMap("AAAAAA+X", common)
    rare = to_unicode_cmap("AAAAAA+X", [*common, 0x20BB7]).splitlines()
    assert f"<{len(common):02X}> <D842DFB7>" in rare
    assert "<01> <4E00>" in rare
