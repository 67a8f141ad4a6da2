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
