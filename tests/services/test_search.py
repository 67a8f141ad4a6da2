"""Item search by name, code, department and pinyin initials."""

from counterdesk.services.catalog_files import load_path
from counterdesk.services.search import ItemSearchIndex, initials
from tests.conftest import REPO

ITEMS = load_path(REPO / "data" / "catalog").items


def index() -> ItemSearchIndex:
    return ItemSearchIndex({i.code: i for i in ITEMS}.values())


def test_pinyin_initials_find_the_item():
    assert initials("不动产登记") == "bdcdj"
    found = index().search("gmspfdj")
    assert found and found[0].name.startswith("购买商品房登记")


def test_a_code_prefix_finds_the_item():
    assert index().search("53011400sc")[0].code == "53011400SC-DJ-0001"


def test_chinese_text_matches_names_and_departments():
    names = [i.name for i in index().search("公积金")]
    assert any("公积金" in name for name in names)
    assert all("公积金" in i.name or "公积金" in i.department for i in index().search("公积金"))


def test_narrowing_a_query_keystroke_by_keystroke_gives_the_same_as_a_fresh_search():
    typing = index()
    for end in range(1, len("bdcdj") + 1):
        typed = typing.search("bdcdj"[:end])
        assert [i.code for i in typed] == [i.code for i in index().search("bdcdj"[:end])]


def test_nothing_matches_nonsense():
    assert index().search("zzzzqqq") == []


def test_a_backspace_gives_the_same_as_a_fresh_search():
    typing = index()
    for typed in ("g", "gj", "gjx", "gj", "g", "gjj", "gjj t", "gjj", "53", "5"):
        assert [i.code for i in typing.search(typed)] == [i.code for i in index().search(typed)]


def test_every_word_of_a_query_must_match_and_ranks_add_up():
    found = index().search("gjj tq")
    assert found and all("公积金" in i.name + i.department for i in found)
    assert index().search("gjj zzzz") == []


def test_results_rank_a_name_prefix_before_a_code_match_then_by_code():
    codes = [i.code for i in index().search("37082600")]
    assert codes == sorted(codes) and len(codes) == len({i.code for i in ITEMS
                                                         if i.code.startswith("37082600")})


def test_creating_the_index_loads_no_pinyin_until_the_first_search():
    import subprocess
    import sys

    probe = ("import sys\nfrom counterdesk.services.catalog_files import load_path\n"
             "from pathlib import Path\nfrom counterdesk.services.search import ItemSearchIndex\n"
             f"index = ItemSearchIndex(load_path(Path({str(REPO / 'data' / 'catalog')!r})).items)\n"
             "print('pypinyin' in sys.modules, len(index) > 0)\n"
             "index.search('bdc')\nprint('pypinyin' in sys.modules)")
    finished = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                              timeout=120, check=True)
    assert finished.stdout.split() == ["False", "True", "True"]
