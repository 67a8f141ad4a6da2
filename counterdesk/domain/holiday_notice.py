"""Parser for the State Council's yearly notice 国务院办公厅关于YYYY年部分节假日安排的通知."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

__all__ = ["FESTIVALS", "NoticeError", "NoticeSchedule", "parse_notice"]

FESTIVALS: tuple[str, ...] = ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")

_WEEKDAY_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_ZH = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}

# Everything below runs on NFKC-normalised lines, so full-width digits and punctuation
# (２，：（）；) arrive as ASCII; 、 and 。 have no ASCII form and stay as they are.
_CN_NUMERAL = r"[一二三四五六七八九十]+"
# "一、" as published; "一," in half-width copies; "1." or "(一)" in retyped ones.
_NUMBERING = rf"(?:(?:{_CN_NUMERAL}|[0-9]+)\s*[、,.]|\(\s*(?:{_CN_NUMERAL}|[0-9]+)\s*\))"
_FESTIVAL = "|".join(FESTIVALS)
_HEADING_RE = re.compile(
    rf"^\s*(?:{_NUMBERING})?\s*"
    rf"(?P<names>(?:{_FESTIVAL})(?:\s*[、,和及与]\s*(?:{_FESTIVAL}))*)\s*:(?P<body>.*)$"
)
# A numbered line that is not a festival heading (say "八、胜利日：9月3日放假") must not be
# skipped: its days would silently go missing from the schedule.
_NUMBERED_RE = re.compile(rf"^\s*(?:{_CN_NUMERAL}\s*[、,.]|\(\s*{_CN_NUMERAL}\s*\))")
_DATE_RE = re.compile(
    r"(?:(?P<year>[0-9]{4})\s*年\s*)?(?:(?P<month>[0-9]{1,2})\s*月\s*)?(?P<day>[0-9]{1,2})\s*日"
    r"(?:\s*\((?P<note>[^()]*)\))?"
)
_RANGE_SEP_RE = re.compile(r"\s*(?:至|到|[-~〜—–]+)\s*")
_WEEKDAY_RE = re.compile(r"(?:周|星期|礼拜)\s*([一二三四五六日天])")
_TOTAL_RE = re.compile(r"(?:共|放假)\s*([0-9]+)\s*天")
_TITLE_MARK = "部分节假日安排的通知"
_TITLE_RE = re.compile(rf"关于(?P<between>.*?){_TITLE_MARK}")
_YEAR_ONLY_RE = re.compile(r"\s*([0-9]{4})\s*年\s*")
# The gov.cn layout breaks the title after the year:
# "国务院办公厅关于2025年" / "部分节假日安排的通知".
_TITLE_HEAD_RE = re.compile(r"关于\s*([0-9]{4})\s*年\s*$")
_OFF_WORDS = ("放假", "补休")
_WORK_WORD = "上班"


class NoticeError(ValueError):
    """The notice cannot be read completely, so none of it may be used."""

    line: int | None

    def __init__(self, message: str, line: int | None = None) -> None:
        # The message goes into one-line logs and dialog titles: never let a newline in.
        flat = message.replace("\r", " ").replace("\n", " ")
        self.line = line
        self.message = flat
        super().__init__(flat if line is None else f"line {line}: {flat}")


@dataclass(frozen=True)
class NoticeSchedule:
    """What one year's notice decides: the days given off and the weekend days worked."""

    year: int
    holidays: tuple[dt.date, ...]
    workdays: tuple[dt.date, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "year": self.year,
            "holidays": [day.isoformat() for day in self.holidays],
            "workdays": [day.isoformat() for day in self.workdays],
        }


def _quote(text: str, limit: int = 80) -> str:
    text = text.strip()
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"'{text}'"


def _split_outside_parens(text: str, separators: str) -> list[str]:
    """Split at separators that are not inside (...), so "(农历除夕,周二)" stays whole."""
    parts: list[str] = []
    depth = 0
    start = 0
    for index, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and char in separators:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts


class _FestivalLine:
    """Reads one festival line; dates without a year or month take them from the context."""

    def __init__(self, lineno: int, label: str, raw: str, year: int) -> None:
        self.lineno = lineno
        self.label = label
        self.raw = raw
        self.year = year
        # "10月1日至8日", "2月20日（星期六）、21日（星期日）": a bare day is in the month
        # (and year) of the date written before it on the same line.
        self.last_year_month: tuple[int, int] | None = None
        self.off: list[dt.date] = []
        self.work: list[dt.date] = []

    def fail(self, message: str) -> NoticeError:
        return NoticeError(f"{self.label} line {message}", self.lineno)

    def read(self, body: str) -> None:
        for sentence in _split_outside_parens(body, "。;."):
            sentence = sentence.strip()
            # Advice, not schedule: the 2024 notice asks employers to let staff rest on
            # 除夕（2月9日）, a normal working day in the official calendar.
            if not sentence or sentence.startswith("鼓励"):
                continue
            pending: list[dt.date] = []
            for clause in _split_outside_parens(sentence, ","):
                days = self._days(clause)
                is_work = _WORK_WORD in clause
                is_off = any(word in clause for word in _OFF_WORDS)
                if is_work and is_off:
                    raise self.fail(f"says both 放假 and 上班 in one clause: {_quote(clause)}")
                if not (is_work or is_off):
                    # "10月1日至7日，放假调休": the word may come in a later clause.
                    pending.extend(days)
                    continue
                (self.work if is_work else self.off).extend(pending + days)
                pending = []
            if pending:
                raise self.fail(
                    f"names days without saying 放假, 补休 or 上班 for them: {_quote(sentence)}"
                )
        if not self.off and not self.work:
            raise self.fail(f"has no date it understands: {_quote(self.raw)}")
        if not self.off:
            raise self.fail(f"gives no day off: {_quote(self.raw)}")
        for day in self.work:
            if day.weekday() < 5:
                raise self.fail(
                    f"makes {day.isoformat()} a working day (上班), but it is a "
                    f"{_WEEKDAY_EN[day.weekday()]}, not a weekend day: {_quote(self.raw)}"
                )
        off_count = len(set(self.off))
        for total in _TOTAL_RE.findall(body):
            # "共8天" is the notice's own checksum: a different count means a misread range.
            if int(total) != off_count:
                raise self.fail(
                    f"says {total} days off but its dates give {off_count}: {_quote(self.raw)}"
                )

    def _days(self, clause: str) -> list[dt.date]:
        matches = list(_DATE_RE.finditer(clause))
        days: list[dt.date] = []
        index = 0
        while index < len(matches):
            first = self._date(matches[index])
            following = matches[index + 1] if index + 1 < len(matches) else None
            if following is not None and _RANGE_SEP_RE.fullmatch(
                clause, matches[index].end(), following.start()
            ):
                last = self._date(following)
                if last < first:
                    raise self.fail(
                        f"has a range that ends before it starts: "
                        f"{_quote(clause[matches[index].start() : following.end()])}"
                    )
                days.extend(first + dt.timedelta(days=n) for n in range((last - first).days + 1))
                index += 2
            else:
                days.append(first)
                index += 1
        return days

    def _date(self, match: re.Match[str]) -> dt.date:
        text = match.group(0)
        year_text, month_text = match.group("year"), match.group("month")
        if month_text is None:
            if year_text is not None or self.last_year_month is None:
                raise self.fail(f"has a day without a month: {_quote(text)}")
            year, month = self.last_year_month
        else:
            month = int(month_text)
            # A date with no year is in the notice's year as written; a 元旦 that starts in
            # December of the year before is always written with its year.
            year = int(year_text) if year_text is not None else self.year
        if abs(year - self.year) > 1:
            raise self.fail(f"has a date two or more years from {self.year}: {_quote(text)}")
        try:
            day = dt.date(year, month, int(match.group("day")))
        except ValueError:
            raise self.fail(f"names a date that does not exist in {year}: {_quote(text)}") from None
        self.last_year_month = (year, month)
        note = match.group("note")
        weekday = _WEEKDAY_RE.search(note) if note else None
        if weekday is not None and _WEEKDAY_ZH[weekday.group(1)] != day.weekday():
            raise self.fail(
                f"calls {day.isoformat()} {weekday.group(0)} but it is a "
                f"{_WEEKDAY_EN[day.weekday()]}: {_quote(text)}"
            )
        return day


def _find_year(lines: list[str]) -> int:
    for index, line in enumerate(lines):
        if _TITLE_MARK not in line:
            continue
        # Only the first title counts: web copies often list other years' notices below.
        match = _TITLE_RE.search(line)
        if match is not None:
            year = _YEAR_ONLY_RE.fullmatch(match.group("between"))
        else:
            previous = next((p for p in reversed(lines[:index]) if p.strip()), "")
            year = _TITLE_HEAD_RE.search(previous)
        if year is None:
            raise NoticeError(
                f"the title has no year (expected 关于YYYY年{_TITLE_MARK}): {_quote(line)}",
                index + 1,
            )
        return int(year.group(1))
    raise NoticeError(
        f"no title line 国务院办公厅关于YYYY年{_TITLE_MARK}, so the notice's year is unknown"
    )


def parse_notice(text: str) -> NoticeSchedule:
    """Read a whole notice; any line it cannot read fully raises NoticeError."""
    raw_lines = text.lstrip("\ufeff").splitlines()
    lines = [unicodedata.normalize("NFKC", line) for line in raw_lines]
    if not any(line.strip() for line in lines):
        raise NoticeError("the notice is empty")
    year = _find_year(lines)

    off_by_day: dict[dt.date, int] = {}
    work_by_day: dict[dt.date, int] = {}
    festival_lines: dict[str, int] = {}
    consumed: set[int] = set()
    for index, line in enumerate(lines):
        if index in consumed:
            continue
        lineno = index + 1
        heading = _HEADING_RE.match(line)
        if heading is None:
            _reject_stray_schedule(line, raw_lines[index], lineno)
            continue
        label = re.sub(r"\s+", "", heading.group("names"))
        body, body_lineno, raw = heading.group("body"), lineno, raw_lines[index]
        if not body.strip():
            # Forum copies put "一、元旦：" on a line of its own and the dates on the next.
            after = next((j for j in range(index + 1, len(lines)) if lines[j].strip()), None)
            if (
                after is not None
                and _HEADING_RE.match(lines[after]) is None
                and _DATE_RE.search(lines[after]) is not None
            ):
                body, body_lineno, raw = lines[after], after + 1, raw_lines[after]
                consumed.add(after)
        for name in re.findall(_FESTIVAL, label):
            if name in festival_lines:
                raise NoticeError(
                    f"{name} appears again (first on line {festival_lines[name]})", lineno
                )
            festival_lines[name] = lineno
        reader = _FestivalLine(body_lineno, label, raw, year)
        reader.read(body)
        for day in reader.off:
            other = off_by_day.get(day, work_by_day.get(day))
            if other is not None and other != body_lineno:
                raise reader.fail(f"gives {day.isoformat()} off, but line {other} names it too")
            off_by_day[day] = body_lineno
        for day in reader.work:
            if day in off_by_day:
                raise reader.fail(
                    f"makes {day.isoformat()} a working day, but line {off_by_day[day]} "
                    f"gives it off"
                )
            work_by_day[day] = body_lineno
    if not festival_lines:
        raise NoticeError(
            "no festival lines (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节) in the notice"
        )
    return NoticeSchedule(year, tuple(sorted(off_by_day)), tuple(sorted(work_by_day)))


def _reject_stray_schedule(line: str, raw: str, lineno: int) -> None:
    """Refuse a line that schedules days but is not a festival line; ignoring it would lose them."""
    stripped = line.strip()
    if _NUMBERED_RE.match(stripped) and _DATE_RE.search(stripped):
        raise NoticeError(
            f"numbered line names dates but no festival it knows "
            f"({', '.join(FESTIVALS)}): {_quote(raw)}",
            lineno,
        )
    starts_with_date = _DATE_RE.match(stripped) is not None
    if starts_with_date and any(word in stripped for word in (*_OFF_WORDS, _WORK_WORD)):
        raise NoticeError(
            f"this line schedules days but names no festival (join it to its festival line): "
            f"{_quote(raw)}",
            lineno,
        )
