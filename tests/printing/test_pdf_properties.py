"""Properties of the PDF files themselves: fonts, page size, QR code, refusal to print."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from pathlib import Path

import printing_samples as samples
import pytest
from conftest import pdf_pages_text, squash
from pypdf import PdfReader
from reportlab.lib.units import mm

from counterdesk.domain.documents import (
    AcceptanceReceipt,
    CopyKind,
    MissingCompetentOfficeError,
    MissingRemedyError,
    RejectionNotice,
    check_rejection_printable,
)
from counterdesk.printing import UnsupportedLayoutError, render, render_bytes
from counterdesk.printing.fonts import FontMissingError, find_cjk_font, load_cjk_font
from counterdesk.printing.qr import QR_FORM, qr_modules, qr_payload

ALL_DOCUMENTS = ("acceptance", "supplement_notice", "rejection", "materials_list", "guide")


def sample(name: str) -> object:
    return getattr(samples, name)()


@pytest.mark.parametrize("name", ALL_DOCUMENTS)
def test_every_font_in_every_document_is_embedded(name: str, tmp_path: Path) -> None:
    # GIVEN any document  WHEN it is printed on A4
    path = tmp_path / f"{name}.pdf"
    render(sample(name), path)  # type: ignore[arg-type]
    # THEN pdffonts lists only embedded TrueType subsets: no viewer-supplied font at all
    lines = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                           text=True).stdout.splitlines()[2:]
    assert lines, "the document uses no font"
    for line in lines:
        columns = line.split()
        emb = columns[-5]
        assert emb == "yes", line
        assert "Type 0" not in line and "CID" not in line, line


def test_thermal_receipt_is_80_mm_wide_and_as_tall_as_its_content(
        acceptance: AcceptanceReceipt, tmp_path: Path) -> None:
    # GIVEN an accepted case  WHEN its receipt is printed on the 80 mm thermal layout
    path = tmp_path / "slip.pdf"
    render(acceptance, path, layout="thermal80")
    reader = PdfReader(path)
    # THEN each copy is one page 80 mm wide, of a height that fits the content
    assert len(reader.pages) == 2
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert width == pytest.approx(80 * mm, abs=0.01)
        assert 100 * mm < height < 297 * mm
    applicant, stub = (squash(text) for text in pdf_pages_text(path))
    for field in ("受理回执", "微审服受〔2026〕0017号", samples.TRACKING, "2026年10月13日（含）",
                  "0537-8221001", "0537-8221119", squash(samples.LONG_NAME_1)):
        assert field in applicant and field in stub, field
    assert "**************3014" in applicant and samples.ID_NUMBER in stub
    # AND the thermal slip embeds its font too
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                           text=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)


def test_only_the_acceptance_receipt_has_a_thermal_layout(
        rejection: RejectionNotice) -> None:
    # GIVEN a rejection  WHEN asked for the thermal layout  THEN it is refused by name
    with pytest.raises(UnsupportedLayoutError):
        render_bytes(rejection, layout="thermal80")


def _qr_matrix_from_pdf(path: Path) -> list[list[bool]]:
    """Read the QR code back: the dark modules are the unit squares of the QR form."""
    page = PdfReader(path).pages[0]
    xobjects = page["/Resources"]["/XObject"]
    (name,) = [key for key in xobjects if QR_FORM in key]
    form = xobjects[name].get_object()
    size = int(float(form["/BBox"][2]))
    matrix = [[False] * size for _ in range(size)]
    stream = form.get_data().decode("latin-1")
    for x, y, w, h in re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re", stream):
        row = size - 1 - int(float(y))
        for col in range(int(float(x)), int(float(x)) + int(float(w))):
            assert float(h) == 1
            matrix[row][col] = True
    return matrix


def test_every_page_shows_a_qr_code_holding_tracking_and_document_number(
        acceptance: AcceptanceReceipt, tmp_path: Path) -> None:
    # GIVEN a receipt  WHEN it is printed
    path = tmp_path / "r.pdf"
    render(acceptance, path)
    # THEN every page draws the QR form
    for page in PdfReader(path).pages:
        assert f"/FormXob.{QR_FORM} Do".encode() in page.get_contents().get_data()
    # AND the modules drawn are exactly the QR code of "tracking|document number"
    payload = qr_payload(acceptance.header)
    assert payload == f"{samples.TRACKING}|微审服受〔2026〕0017号"
    expected = [list(row) for row in qr_modules(payload)]
    assert _qr_matrix_from_pdf(path) == expected


def test_rejection_lacking_a_court_refuses_to_render(
        rejection: RejectionNotice, tmp_path: Path) -> None:
    # GIVEN an item whose guide names no court
    notice = dataclasses.replace(rejection, court="")
    # WHEN the rejection is printed
    with pytest.raises(MissingRemedyError) as raised:
        render(notice, tmp_path / "no.pdf")
    # THEN it refuses, naming the missing catalog field, and leaves no file behind
    assert raised.value.field == "court"
    assert "court" in str(raised.value)
    assert list(tmp_path.iterdir()) == []


def test_rejection_lacking_a_reconsideration_body_names_that_field(
        rejection: RejectionNotice) -> None:
    # GIVEN neither remedy body  WHEN checked  THEN the first missing field is named
    notice = dataclasses.replace(rejection, reconsideration_body=" ", court="")
    with pytest.raises(MissingRemedyError) as raised:
        check_rejection_printable(notice)
    assert raised.value.field == "reconsideration_body"


def test_out_of_jurisdiction_rejection_needs_the_competent_office(
        rejection: RejectionNotice) -> None:
    # GIVEN an out-of-jurisdiction rejection naming no office  WHEN rendered  THEN refused
    with pytest.raises(MissingCompetentOfficeError):
        render_bytes(dataclasses.replace(rejection, competent_office=""))


def test_a_header_of_another_document_type_is_refused(
        acceptance: AcceptanceReceipt, rejection: RejectionNotice) -> None:
    # GIVEN a receipt body under a rejection header  WHEN rendered  THEN refused
    mixed = dataclasses.replace(acceptance, header=rejection.header)
    with pytest.raises(ValueError, match="rejection_notice"):
        render_bytes(mixed)


def test_stub_only_print_has_one_page_with_the_full_id(
        acceptance: AcceptanceReceipt, tmp_path: Path) -> None:
    # GIVEN only the archive stub is asked for  WHEN printed  THEN one page, full number
    header = dataclasses.replace(acceptance.header, copies=(CopyKind.ARCHIVE,))
    render(dataclasses.replace(acceptance, header=header), tmp_path / "stub.pdf")
    (page,) = pdf_pages_text(tmp_path / "stub.pdf")
    assert "存根联" in page and samples.ID_NUMBER in page


def test_missing_font_error_names_the_package_to_install(tmp_path: Path) -> None:
    # GIVEN no font file at any searched place
    nowhere = [tmp_path / "none.ttf", tmp_path / "fonts" / "simhei.ttf"]
    # WHEN a font is looked for  THEN the error says, in Chinese and English, what to install
    with pytest.raises(FontMissingError) as raised:
        find_cjk_font(nowhere)
    message = str(raised.value)
    assert "fonts-wqy-microhei" in message and "中文字体" in message
    assert str(nowhere[0]) in message


def test_an_unreadable_font_file_is_skipped_for_the_next_candidate(tmp_path: Path) -> None:
    # GIVEN a broken .ttf first, then the system's wqy-microhei
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font")
    system = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    if not system.is_file():
        pytest.skip("fonts-wqy-microhei is not installed")
    # WHEN the font is loaded  THEN the TTC is used
    assert load_cjk_font([broken, system]).face.filename == str(system)


def test_a_rare_character_in_a_name_prints_from_the_embedded_fallback_font(tmp_path):
    # GIVEN an applicant whose name has 𠮷 (CJK Extension B), which WenQuanYi lacks
    import dataclasses

    from counterdesk.printing import render
    from counterdesk.printing.fonts import missing_characters

    notice = samples.rejection()
    notice = dataclasses.replace(
        notice, applicant=dataclasses.replace(notice.applicant, name="𠮷·买买提"))
    out = tmp_path / "rare.pdf"
    # WHEN the rejection slip is rendered
    render(notice, out)
    # THEN the whole name is in the text, every font is embedded, and nothing is unprintable
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    # (the glyph is drawn from HanaMin B; its ToUnicode entry is the surrogate pair, so the
    # name also copies out of the PDF whole)
    assert text.count("𠮷·买买提") == 4  # salutation and table row, on both copies
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert any("HanaMin" in row for row in fonts) and all(" yes " in row for row in fonts)
    assert missing_characters("𠮷·买买提") == ""
