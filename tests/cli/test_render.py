"""`counterdesk render`: the document a scenario's decision calls for, as a marked specimen."""

import json
import subprocess

import pytest
from pypdf import PdfReader

from counterdesk.cli import main
from tests.conftest import FIXTURES

ITEM = FIXTURES / "example-item.yaml"


def scenario_file(tmp_path, **changes):
    data = json.loads((FIXTURES / "example-scenario.json").read_text(encoding="utf-8"))
    data.update(changes)
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def render(capsys, tmp_path, **changes):
    out_dir = tmp_path / "out"
    code = main(["render", str(scenario_file(tmp_path, **changes)), "--catalog", str(ITEM),
                 "--out", str(out_dir)])
    out, err = capsys.readouterr()
    return code, out.strip(), err


def text_of(path) -> str:
    """The pages' text with line breaks removed (a date may wrap inside a table cell)."""
    return "".join(page.extract_text().replace("\n", "") for page in PdfReader(path).pages)


COMPLETE = {"application": {}, "tax_receipt": {"issued_on": "2026-09-01"},
            "marriage_proof": {}}


@pytest.mark.parametrize("changes, doc_type, words", [
    # The example item is a 不动产登记: told on the spot, in the 自然资源局's name and seal.
    ({}, "supplement_notice", ["一次性告知书", "结婚证或户口簿", "契税完税证明",
                               "2026年9月30日（含）", "《不动产登记暂行条例》第十七条",
                               "微山县自然资源和规划局", "微山县不动产登记中心不动产登记专用章"]),
    ({"materials": COMPLETE}, "acceptance_receipt", ["受理通知书", "2026年10月8日"]),
    ({"in_jurisdiction": False, "competent_office": "济宁市自然资源和规划局"},
     "rejection_notice", ["不予受理通知书", "济宁市自然资源和规划局", "微山县人民政府",
                          "微山县人民法院"]),
])
def test_render_writes_the_document_the_decision_calls_for(capsys, tmp_path, changes, doc_type,
                                                           words):
    code, path, err = render(capsys, tmp_path, **changes)
    assert code == 0, err
    assert path.endswith(".pdf") and f"/{doc_type}-EXAMPLE-0001-" in path
    text = text_of(path)
    for word in words + ["样张"]:
        assert word in text


def test_a_rendered_specimen_embeds_every_font(capsys, tmp_path):
    _, path, _ = render(capsys, tmp_path)
    fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows)


def test_an_out_of_jurisdiction_scenario_without_the_office_cannot_render(capsys, tmp_path):
    code, out, err = render(capsys, tmp_path, in_jurisdiction=False)
    assert code == 1 and out == "" and "competent_office" in err
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
