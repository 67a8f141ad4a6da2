"""The State Council holiday notice parser, checked day by day against chinesecalendar.

The fixtures in tests/fixtures/notices/ are the notices as the State Council published them,
with two exceptions where chinesecalendar (the truth here) carries a later amendment:
2019.txt has 劳动节 as changed in March 2019 (5月1日至4日; 4月28日、5月5日上班) and
2020.txt has 春节 as extended for the epidemic (国办发明电〔2020〕1号: to 2月2日; 2月1日 no
longer a working day).

How the parser's result is compared with chinesecalendar, for the days that belong to a notice:
(a) every day the parser gives off is a rest day in chinesecalendar (`is_holiday`), and when it
    is a weekday it is in chinesecalendar's holiday table;
(b) every weekday in chinesecalendar's holiday table is among the parser's holidays;
(c) the parser's workdays are exactly the weekend days chinesecalendar makes working days.
Weekend days in chinesecalendar's holiday table are deliberately not required of the parser.
For "与周末连休" chinesecalendar sometimes lists the weekend (2019 清明: 4月5日–7日; 2024 元旦:
2023-12-30 and -31) and sometimes not (2018 端午: 6月18日 only); the parser, as specified, gives
only the days the notice names. chinesecalendar also leaves the Saturday out of a few ranges that
span a weekend (2011 端午 6月4日至6日, 2012 端午 6月22日至24日); (a) accepts those because a
weekend day is a rest day either way.

Which days belong to a notice: the days of its year, except the December days chinesecalendar
files under New Year's Day (they belong to the next year's notice: 2018-12-29..31 are in the
2019 notice), plus such December days of the year before. The 2015 "Anti-Fascist 70th Day" days
came from a separate notice and belong to none of these.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import chinese_calendar
import pytest

from counterdesk.domain.holiday_notice import NoticeError, NoticeSchedule, parse_notice

D = dt.date
NOTICES = Path(__file__).resolve().parents[1] / "fixtures" / "notices"
YEARS = sorted(int(path.stem) for path in NOTICES.glob("*.txt"))
NEW_YEARS_DAY = "New Year's Day"
SEPARATE_NOTICE = {"Anti-Fascist 70th Day"}


def notice_text(year: int) -> str:
    return (NOTICES / f"{year}.txt").read_text(encoding="utf-8")


def notice_of(day: dt.date) -> int | None:
    """The year of the notice that decides this day, by chinesecalendar's own filing."""
    name = chinese_calendar.holidays.get(day) or chinese_calendar.workdays.get(day)
    if name in SEPARATE_NOTICE:
        return None
    if day.month == 12 and name == NEW_YEARS_DAY:
        return day.year + 1
    return day.year


def days_of_notice(year: int) -> list[dt.date]:
    first, last = D(year - 1, 12, 1), D(year, 12, 31)
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    return [day for day in days if notice_of(day) == year]


def line_of(text: str, marker: str) -> int:
    numbers = [n for n, line in enumerate(text.splitlines(), start=1) if marker in line]
    assert len(numbers) == 1, marker
    return numbers[0]


def raises_on(text: str) -> NoticeError:
    with pytest.raises(NoticeError) as raised:
        parse_notice(text)
    error = raised.value
    message = str(error)
    assert "\n" not in message and "\r" not in message
    if error.line is not None:
        assert message.startswith(f"line {error.line}: ")
    return error


# --- every fixture against chinesecalendar ---------------------------------------------------


def test_the_fixtures_cover_every_year_from_2019_to_2026():
    assert set(range(2019, 2027)) <= set(YEARS)
    assert max(YEARS) <= max(chinese_calendar.holidays).year


@pytest.mark.parametrize("year", YEARS, ids=str)
def test_the_notice_matches_chinesecalendar_day_by_day(year):
    schedule = parse_notice(notice_text(year))
    assert schedule.year == year
    assert list(schedule.holidays) == sorted(set(schedule.holidays))
    assert list(schedule.workdays) == sorted(set(schedule.workdays))

    days = days_of_notice(year)
    holidays, workdays = set(schedule.holidays), set(schedule.workdays)
    assert holidays | workdays <= set(days), "the notice names a day of another notice"
    for day in holidays:  # (a)
        assert chinese_calendar.is_holiday(day), f"{day} is a working day in chinesecalendar"
        if day.weekday() < 5:
            assert day in chinese_calendar.holidays, day
    weekdays_off = {d for d in days if d.weekday() < 5 and d in chinese_calendar.holidays}
    assert weekdays_off - holidays == set(), "weekdays off that the parser missed"  # (b)
    weekend_work = {d for d in days if d.weekday() >= 5 and d in chinese_calendar.workdays}
    assert workdays == weekend_work  # (c)


# --- what the parser reads -------------------------------------------------------------------


def test_the_2026_notice_gives_exactly_the_days_it_names_as_json():
    schedule = parse_notice(notice_text(2026))

    def days(first: dt.date, last: dt.date) -> list[str]:
        return [(first + dt.timedelta(n)).isoformat() for n in range((last - first).days + 1)]

    assert schedule.to_json() == {
        "year": 2026,
        "holidays": days(D(2026, 1, 1), D(2026, 1, 3))
        + days(D(2026, 2, 15), D(2026, 2, 23))
        + days(D(2026, 4, 4), D(2026, 4, 6))
        + days(D(2026, 5, 1), D(2026, 5, 5))
        + days(D(2026, 6, 19), D(2026, 6, 21))
        + days(D(2026, 9, 25), D(2026, 9, 27))
        + days(D(2026, 10, 1), D(2026, 10, 7)),
        "workdays": [
            "2026-01-04",
            "2026-02-14",
            "2026-02-28",
            "2026-05-09",
            "2026-09-20",
            "2026-10-10",
        ],
    }


def test_a_new_years_day_written_with_the_year_before_reaches_back_into_december():
    schedule_2019 = parse_notice(notice_text(2019))
    assert schedule_2019.holidays[:3] == (D(2018, 12, 30), D(2018, 12, 31), D(2019, 1, 1))
    assert schedule_2019.workdays[0] == D(2018, 12, 29)
    schedule_2023 = parse_notice(notice_text(2023))
    assert schedule_2023.holidays[:3] == (D(2022, 12, 31), D(2023, 1, 1), D(2023, 1, 2))
    schedule_2012 = parse_notice(notice_text(2012))
    assert schedule_2012.workdays[0] == D(2011, 12, 31)


def test_a_december_date_without_a_year_is_read_as_written():
    text = notice_text(2026).replace(
        "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。",
        "一、元旦：12月30日（周三）至31日（周四）放假，共2天。",
    )
    holidays = parse_notice(text).holidays
    assert holidays[-2:] == (D(2026, 12, 30), D(2026, 12, 31))
    assert D(2025, 12, 30) not in holidays


def test_with_the_weekend_adds_no_days_the_notice_does_not_name():
    holidays_2024 = set(parse_notice(notice_text(2024)).holidays)
    assert D(2024, 1, 1) in holidays_2024 and D(2024, 6, 10) in holidays_2024
    assert not {D(2023, 12, 30), D(2023, 12, 31), D(2024, 6, 8), D(2024, 6, 9)} & holidays_2024
    holidays_2014 = set(parse_notice(notice_text(2014)).holidays)
    # "4月5日放假，4月7日（星期一）补休": the Sunday between is not named.
    assert {D(2014, 4, 5), D(2014, 4, 7)} <= holidays_2014 and D(2014, 4, 6) not in holidays_2014


def test_a_bare_day_takes_the_month_of_the_date_written_before_it():
    schedule = parse_notice(notice_text(2010))
    assert {D(2010, 2, 20), D(2010, 2, 21), D(2010, 9, 19), D(2010, 9, 25)} <= set(
        schedule.workdays
    )
    assert D(2025, 10, 8) in parse_notice(notice_text(2025)).holidays


def test_the_combined_mid_autumn_and_national_day_line_gives_every_day_of_its_range():
    holidays = set(parse_notice(notice_text(2023)).holidays)
    assert {D(2023, 9, 29) + dt.timedelta(n) for n in range(8)} <= holidays


def test_advice_to_rest_on_new_years_eve_in_2024_is_not_a_holiday():
    schedule = parse_notice(notice_text(2024))
    assert D(2024, 2, 9) not in schedule.holidays
    assert D(2024, 2, 9) not in schedule.workdays


def test_full_width_digits_and_xingqi_spellings_read_the_same_as_the_published_text():
    published = notice_text(2026)
    full_width = published.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    full_width = full_width.replace("（周", "（星期").replace("、周", "、星期")
    assert "２月１５日（农历腊月二十八、星期日）" in full_width
    assert "９月２０日（星期日）" in full_width
    assert parse_notice(full_width) == parse_notice(published)


def test_half_width_punctuation_reads_the_same_as_the_published_text():
    published = notice_text(2025)
    half_width = published.translate(str.maketrans("，：（）。；、", ",:().;,"))
    assert "1月28日(农历除夕,周二)至2月4日(农历正月初七,周二)放假调休,共8天." in half_width
    assert "1月26日(周日),2月8日(周六)上班." in half_width
    assert parse_notice(half_width) == parse_notice(published)


def test_a_split_title_and_headings_on_their_own_lines_read_the_same():
    # The gov.cn layout breaks the title after the year; forum copies put "一、元旦：" alone.
    published = notice_text(2012)
    relaid = published.replace("关于2012年部分", "关于2012年\n部分")
    relaid = re.sub(r"^([一二三四五六七]、[^：]+：)", r"\1\n\n", relaid, flags=re.M)
    relaid = relaid.replace("\n", "\n\n")
    assert "\n\n部分节假日安排的通知" in relaid and "一、元旦：\n" in relaid
    assert parse_notice(relaid) == parse_notice(published)


def test_a_schedule_is_frozen():
    schedule = parse_notice(notice_text(2026))
    assert isinstance(schedule, NoticeSchedule)
    with pytest.raises(AttributeError):
        schedule.year = 2027  # type: ignore[misc]


# --- notices it must refuse, naming the line -------------------------------------------------


def test_a_title_without_a_year_is_refused_on_the_title_line():
    text = notice_text(2026).replace("关于2026年部分", "关于部分")
    error = raises_on(text)
    assert error.line == 1
    assert "title has no year" in str(error)


def test_a_notice_without_a_title_is_refused_as_a_whole():
    text = "\n".join(notice_text(2026).splitlines()[1:])
    error = raises_on(text)
    assert error.line is None
    assert "no title line" in str(error)


def test_an_impossible_date_is_refused_on_its_line():
    text = notice_text(2026).replace("2月28日（周六）上班", "2月30日（周六）上班")
    error = raises_on(text)
    assert error.line == line_of(text, "二、春节")
    assert "does not exist" in str(error) and "2月30日" in str(error)


def test_a_festival_line_without_a_date_is_refused_on_its_line():
    text = notice_text(2026).replace(
        "六、中秋节：9月25日（周五）至27日（周日）放假，共3天。", "六、中秋节：放假安排另行通知。"
    )
    error = raises_on(text)
    assert error.line == line_of(text, "六、中秋节") == 10
    expected = "line 10: 中秋节 line has no date it understands: '六、中秋节：放假安排另行通知。'"
    assert str(error) == expected


def test_a_weekday_name_that_contradicts_the_date_is_refused():
    text = notice_text(2025).replace("9月28日（周日）", "9月28日（周六）")
    error = raises_on(text)
    assert error.line == line_of(text, "六、国庆节、中秋节")
    assert "2025-09-28" in str(error) and "Sunday" in str(error)


def test_a_working_day_that_is_not_a_weekend_day_is_refused():
    text = notice_text(2026).replace("10月10日（周六）上班", "10月9日（周五）上班")
    error = raises_on(text)
    assert error.line == line_of(text, "七、国庆节")
    assert "2026-10-09" in str(error) and "not a weekend day" in str(error)


@pytest.mark.parametrize("text", ["", "  \n\n\u3000\n"], ids=["empty", "blank"])
def test_an_empty_text_is_refused_as_a_whole(text):
    error = raises_on(text)
    assert error.line is None
    assert "empty" in str(error)


def test_a_text_without_festival_lines_is_refused_as_a_whole():
    text = "\n".join(
        line for line in notice_text(2026).splitlines() if not re.match("[一二三四五六七]、", line)
    )
    error = raises_on(text)
    assert error.line is None
    assert "no festival lines" in str(error)


def test_a_day_count_that_disagrees_with_the_dates_is_refused():
    text = notice_text(2026).replace("放假调休，共9天", "放假调休，共8天")
    error = raises_on(text)
    assert error.line == line_of(text, "二、春节")
    assert "8 days off" in str(error) and "give 9" in str(error)


def test_a_numbered_line_about_another_festival_is_refused_not_skipped():
    text = notice_text(2026).replace(
        "\n鼓励单位", "\n八、中国人民抗日战争胜利纪念日：9月3日放假。\n鼓励单位"
    )
    error = raises_on(text)
    assert error.line == line_of(text, "八、中国人民")


def test_a_wrapped_line_is_refused_rather_than_half_read():
    text = notice_text(2026).replace("共9天。2月14日", "共9天。\n2月14日")
    error = raises_on(text)
    assert error.line == line_of(text, "2月14日（周六）、2月28日")
    assert "no festival" in str(error)


def test_a_festival_named_twice_is_refused_on_the_second_line():
    text = notice_text(2026).replace(
        "七、国庆节：", "七、国庆节：10月8日（周四）放假，共1天。\n八、国庆节："
    )
    error = raises_on(text)
    assert error.line == line_of(text, "八、国庆节")
    assert "国庆节 appears again (first on line 11)" in str(error)


def test_dates_without_saying_what_happens_on_them_are_refused():
    text = notice_text(2026).replace("5月9日（周六）上班。", "5月9日（周六）照常。")
    error = raises_on(text)
    assert error.line == line_of(text, "四、劳动节")
    assert "放假, 补休 or 上班" in str(error)
