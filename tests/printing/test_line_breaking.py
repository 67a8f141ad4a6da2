"""Text is broken into lines by the Chinese punctuation rules and never overflows."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from counterdesk.printing.fonts import ensure_font
from counterdesk.printing.lines import CANNOT_END, CANNOT_START, HANG, fit_lines, text_width

WORDS = ("申请", "材料", "不动产登记", "证明", "复印件", "原件", "须", "日内出具", "0537-8221001",
         "2026", "A03", "370826198506123014", "份")
MARKS = ("{}", "{}", "（{}）", "《{}》", "“{}”", "{}，", "{}。", "{}；", "{}、", "{}：")
SIZE = 9.5

# Guide and notice text: words, some of them quoted, bracketed or followed by punctuation.
realistic_text = st.lists(
    st.builds(str.format, st.sampled_from(MARKS), st.sampled_from(WORDS)), min_size=1,
    max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=realistic_text, width=st.floats(min_value=40, max_value=300))
def test_lines_keep_every_character_and_fit_the_width(text: str, width: float) -> None:
    # GIVEN any mix of Chinese, digits and punctuation  WHEN broken to a width
    font = ensure_font()
    lines = fit_lines(text, width, font, SIZE)
    # THEN nothing is lost or reordered
    assert "".join(lines) == text
    for index, line in enumerate(lines):
        # AND a line is only wider than allowed by a hanging closing mark
        overflow = text_width(line, font, SIZE) - width
        if overflow > 1e-6:
            assert line[-1] in CANNOT_START and overflow <= HANG * SIZE + 1e-6 \
                or len(line) == 1 or line.isascii(), line
        # AND no line starts with closing punctuation, unless it follows a single word too
        # long to share its line
        previous = lines[index - 1] if index else ""
        if previous and not previous.isascii():
            assert line[0] not in CANNOT_START, lines


def test_opening_marks_move_down_with_the_word_they_open() -> None:
    # GIVEN a line that would end with 《  WHEN broken  THEN 《 starts the next line instead
    font = ensure_font()
    unit = text_width("申", font, SIZE)
    lines = fit_lines("申请人应当提交《不动产登记申请书》", unit * 7.2, font, SIZE)
    assert not any(line.endswith(tuple(CANNOT_END)) for line in lines)
    assert lines[1].startswith("《")


def test_phone_numbers_and_ids_are_not_cut_when_they_fit_a_line() -> None:
    # GIVEN a label followed by a phone number near the end of a line
    font = ensure_font()
    width = text_width("咨询电话：0537-", font, SIZE)
    # WHEN broken  THEN the number moves down whole
    assert fit_lines("咨询电话：0537-8221001", width, font, SIZE) == ("咨询电话：",
                                                                   "0537-8221001")
