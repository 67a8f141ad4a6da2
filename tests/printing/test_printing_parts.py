"""Parts of printing: documents never carry another case's words, QR codes scan, rare name
characters print and copy out, grids split between rows."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import printing_samples as samples
import pytest
import zxingcpp
from conftest import squash
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.enums import TA_CENTER
from reportlab.pdfbase.ttfonts import makeToUnicodeCMap

from counterdesk.domain.documents import Document
from counterdesk.printing import render_bytes
from counterdesk.printing.fonts import to_unicode_cmap
from counterdesk.printing.grid import Cell, GridTable, Padding
from counterdesk.printing.layout import styles
from counterdesk.printing.qr import qr_payload

KINDS = ("acceptance", "supplement_notice", "rejection", "materials_list", "guide")


def case(kind: str, number: int) -> Document:
    return samples.for_case(getattr(samples, kind)(), number)


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


def test_a_rare_name_copies_out_of_the_pdf_whole(tmp_path: Path) -> None:
    # GIVEN a receipt for 𠮷·买买提, whose 𠮷 comes from the fallback font
    import dataclasses

    receipt = samples.acceptance()
    receipt = dataclasses.replace(
        receipt, applicant=dataclasses.replace(receipt.applicant, name="𠮷·买买提"))
    path = tmp_path / "r.pdf"
    path.write_bytes(render_bytes(receipt))
    # THEN text extraction gives the name back, 𠮷 included
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert "𠮷·买买提" in text


def test_characters_beyond_the_bmp_map_to_their_utf16_pair_for_text_extraction() -> None:
    # GIVEN a subset of common characters, and one that also holds 𠮷 (U+20BB7)
    common = [0, *range(0x4E00, 0x4E40)]
    # THEN the first map is reportlab's own, and in the second 𠮷 maps to D842 DFB7
    assert to_unicode_cmap("AAAAAA+X", common) == makeToUnicodeCMap("AAAAAA+X", common)
    rare = to_unicode_cmap("AAAAAA+X", [*common, 0x20BB7]).splitlines()
    assert f"<{len(common):02X}> <D842DFB7>" in rare
    assert "<01> <4E00>" in rare
