"""Date phrases made absolute against the article's date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mapper.dates import find_date_expressions, parse_iso_date
from mapper.errors import DateFormatError

SUNDAY = dt.date(2016, 9, 4)


def resolve(text: str, reference: dt.date | None = SUNDAY) -> tuple[dt.date, str]:
    [found] = find_date_expressions(text, reference)
    return found.date, found.precision


def test_weekday_resolves_to_the_latest_such_day_on_or_before_the_article() -> None:
    assert resolve("on Wednesday") == (dt.date(2016, 8, 31), "day")
    assert resolve("on Sunday") == (SUNDAY, "day")


def test_weekend_has_week_precision() -> None:
    assert resolve("over the weekend") == (dt.date(2016, 9, 3), "week")


def test_yesterday_and_last_week() -> None:
    assert resolve("yesterday") == (dt.date(2016, 9, 3), "day")
    assert resolve("last week") == (dt.date(2016, 8, 28), "week")


def test_last_month_is_the_first_of_the_previous_month() -> None:
    assert resolve("last month") == (dt.date(2016, 8, 1), "month")


@pytest.mark.parametrize("text", ["24 August 2016", "August 24, 2016", "Aug. 24", "2016-08-24"])
def test_explicit_dates_in_several_forms(text: str) -> None:
    assert resolve(text) == (dt.date(2016, 8, 24), "day")


def test_day_and_month_without_year_is_the_latest_not_after_the_article() -> None:
    assert resolve("December 5", dt.date(2017, 1, 10)) == (dt.date(2016, 12, 5), "day")


def test_late_month_has_month_precision() -> None:
    assert resolve("in late July") == (dt.date(2016, 7, 20), "month")


def test_relative_phrases_need_an_article_date() -> None:
    assert find_date_expressions("on Sunday", None) == []


def test_impossible_dates_are_skipped() -> None:
    assert find_date_expressions("February 30, 2016", SUNDAY) == []


def test_bad_user_date_is_a_clear_error() -> None:
    with pytest.raises(DateFormatError, match="expected YYYY-MM-DD"):
        parse_iso_date("04/09/2016")


@given(st.text(max_size=300), st.dates(min_value=dt.date(1900, 1, 1)))
def test_date_finder_never_raises_and_spans_match_the_text(text: str, ref: dt.date) -> None:
    for found in find_date_expressions(text, ref):
        assert text[found.start:found.end] == found.text
        assert 0 <= found.start < found.end <= len(text)


def test_month_last_year_is_in_the_year_before_the_article() -> None:
    assert resolve("in February last year") == (dt.date(2015, 2, 1), "month")
    assert resolve("on May 26 last year") == (dt.date(2015, 5, 26), "day")


def test_a_week_of_a_month_has_month_precision() -> None:
    assert resolve("in the first week of August") == (dt.date(2016, 8, 3), "month")


def test_hyphenated_mid_month_is_a_date() -> None:
    assert resolve("in mid-April") == (dt.date(2016, 4, 15), "month")


def test_month_and_year_need_no_preposition() -> None:
    assert resolve("contrasts with August 2015") == (dt.date(2015, 8, 1), "month")


def dates_in(text: str, reference: dt.date) -> list[dt.date]:
    return [d.date for d in find_date_expressions(text, reference)]


def resolve_all(text: str, reference: dt.date) -> list[tuple[dt.date, str]]:
    return [(d.date, d.precision) for d in find_date_expressions(text, reference)]


def test_a_day_after_a_sequence_word_takes_the_year_the_paragraph_last_wrote() -> None:
    text = ("On 8 May 1992 Armenian forces captured Shusha. Ten days later, on 18 May, they took "
            "Lachin.")
    assert dates_in(text, dt.date(2023, 9, 21))[-1] == dt.date(1992, 5, 18)


def test_a_day_that_would_be_in_the_future_takes_the_paragraphs_year() -> None:
    text = "The tables turned in 2020. The army retook Hadrut on 9 October."
    assert dates_in(text, dt.date(2023, 9, 21))[-1] == dt.date(2020, 10, 9)


def test_a_day_without_a_sequence_word_stays_in_the_articles_year() -> None:
    text = "Mosul fell to IS in June 2014. Iraqi troops retook Hit on 3 March, officials said."
    assert dates_in(text, dt.date(2016, 4, 10))[-1] == dt.date(2016, 3, 3)


def test_a_day_weeks_after_a_dated_day_of_a_year_long_past_is_in_that_year() -> None:
    text = ("Militants overran Douentza on 2 September 2012. The army retook the town on 21 "
            "September, officials said.")
    assert dates_in(text, dt.date(2024, 10, 4))[-1] == dt.date(2012, 9, 21)


def test_a_day_months_after_a_dated_day_of_a_year_long_past_stays_in_the_articles_year() -> None:
    text = ("Militants overran Douentza on 2 March 2012. The army retook the town on 21 "
            "September, officials said.")
    assert dates_in(text, dt.date(2024, 10, 4))[-1] == dt.date(2024, 9, 21)


def test_late_december_in_a_january_report_is_last_year_not_the_paragraphs() -> None:
    text = "Rebels have held the town since 2012. The army retook it on December 28."
    assert dates_in(text, dt.date(2016, 1, 5))[-1] == dt.date(2015, 12, 28)


def test_a_year_in_another_paragraph_does_not_carry_over() -> None:
    text = "The group seized Raqqa in 2014.\n\nTen days later, on 18 May, troops took Tabqa."
    assert dates_in(text, dt.date(2017, 6, 1))[-1] == dt.date(2017, 5, 18)


def test_since_a_month_and_day_is_that_day_not_the_month() -> None:
    assert dates_in("held since November 24, when", dt.date(2015, 3, 9)) == [
        dt.date(2014, 11, 24)]


def test_days_later_count_from_the_date_written_before() -> None:
    text = ("On January 21 the rebels took Minova. Two days later they captured Sake. The next "
            "day they entered Goma.")
    assert dates_in(text, dt.date(2025, 3, 1)) == [
        dt.date(2025, 1, 21), dt.date(2025, 1, 23), dt.date(2025, 1, 24)]


def test_days_earlier_count_back_from_the_date_written_before() -> None:
    text = ("Jindires fell on 8 March, after Rajo had been taken five days earlier.")
    assert dates_in(text, dt.date(2018, 3, 20)) == [dt.date(2018, 3, 8), dt.date(2018, 3, 3)]


def test_the_same_day_is_the_date_written_before() -> None:
    text = ("Rebels took Saraqeb on November 29. Aleppo airport was taken the same day, and "
            "Tal Rifaat that morning.")
    assert dates_in(text, dt.date(2024, 12, 4)) == [dt.date(2024, 11, 29)] * 3


def test_that_same_month_is_the_month_written_before() -> None:
    text = "Troops took Mekelle on November 28, 2020. That same month Amhara forces took Humera."
    assert resolve_all(text, dt.date(2021, 12, 3))[-1] == (dt.date(2020, 11, 1), "month")


def test_the_start_of_the_month_is_not_that_month() -> None:
    text = "Troops took Mekelle on November 28, 2020. Humera fell at the start of the month."
    assert len(resolve_all(text, dt.date(2021, 12, 3))) == 1


def test_the_same_day_after_a_history_aside_is_the_storys_day() -> None:
    text = ("Aliyev spoke on 8 November.\n\nShusha was occupied on 8 May 1992.\n\nOn the "
            "same day the ministry reported more villages liberated.")
    assert resolve_all(text, dt.date(2020, 11, 9))[-1] == (dt.date(2020, 11, 8), "day")


def test_the_same_day_in_a_history_paragraph_is_that_paragraphs_day() -> None:
    text = ("Aliyev spoke on 8 November.\n\nShusha was occupied on 8 May 1992. The same day "
            "Lachin fell.")
    assert resolve_all(text, dt.date(2020, 11, 9))[-1] == (dt.date(1992, 5, 8), "day")


def test_a_range_of_nights_keeps_its_year() -> None:
    text = "On the night of February 25-26, 1992, Armenian forces captured Khojaly."
    assert resolve_all(text, dt.date(2023, 10, 4)) == [(dt.date(1992, 2, 25), "day")]


def test_a_season_without_a_year_is_the_latest_before_the_article() -> None:
    assert resolve_all("In the spring Russian forces seized Izium.", dt.date(2022, 9, 11)) == [
        (dt.date(2022, 4, 1), "month")]
    assert resolve_all("Last summer the army retook it.", dt.date(2023, 2, 1)) == [
        (dt.date(2022, 7, 1), "month")]


def test_the_fall_of_a_town_is_not_a_season() -> None:
    assert resolve_all("In the fall of Aleppo, rebels lost everything.", dt.date(2017, 1, 1)) == []


def test_the_same_day_with_no_date_before_is_not_a_date() -> None:
    assert dates_in("Aleppo airport was taken the same day.", dt.date(2024, 12, 4)) == []


def test_days_later_restated_by_a_weekday_is_that_weekday() -> None:
    text = ("The assault began last month. The Shiha district fell two days later, on Monday, "
            "residents said.")
    assert dates_in(text, dt.date(2018, 6, 5)) == [dt.date(2018, 5, 1), dt.date(2018, 6, 4)]


def test_days_later_with_no_date_before_is_not_a_date() -> None:
    assert dates_in("Two days later they captured Sake.", dt.date(2025, 3, 1)) == []


def test_the_last_days_of_a_month_are_its_end() -> None:
    assert resolve("in the last days of October", dt.date(2021, 12, 1)) == (
        dt.date(2021, 10, 28), "month")


def test_that_year_is_the_year_written_before() -> None:
    text = "A long way from June 2014.\n\nIn the early hours of June 10 that year, Mosul fell."
    assert dates_in(text, dt.date(2017, 7, 9))[-1] == dt.date(2014, 6, 10)


def test_late_month_of_that_year_is_in_the_year_written_before() -> None:
    text = "Rebels seized the town in 2014, and troops retook it in late July of that year."
    assert dates_in(text, dt.date(2023, 2, 17))[-1] == dt.date(2014, 7, 20)


def test_the_following_year_counts_from_the_year_written_before() -> None:
    text = "Rebels seized the town in 2012. The army retook it the following year."
    found = find_date_expressions(text, dt.date(2020, 1, 1))[-1]
    assert (found.date, found.precision) == (dt.date(2013, 1, 1), "year")


def test_a_gapped_list_takes_the_year_its_sentence_wrote() -> None:
    text = "Jabrayil fell on 23 August 1993, Qubadli on 31 August."
    assert dates_in(text, dt.date(2020, 11, 9))[-1] == dt.date(1993, 8, 31)


def test_a_gapped_list_does_not_move_a_later_month_back() -> None:
    text = "The Houthis seized Sanaa in September 2014 and pushed south in March."
    assert dates_in(text, dt.date(2015, 4, 1))[-1] == dt.date(2015, 3, 1)


def test_months_later_counts_from_the_date_written_before() -> None:
    text = "Mosul fell on June 10, 2014. Two months later the jihadists turned west."
    found = find_date_expressions(text, dt.date(2017, 7, 9))[-1]
    assert (found.date, found.precision) == (dt.date(2014, 8, 9), "month")


def test_a_season_of_a_year_is_a_month_of_that_year() -> None:
    found = find_date_expressions("Rebels seized it in the spring of 2014.", dt.date(2024, 2, 17))
    assert (found[0].date, found[0].precision) == (dt.date(2014, 4, 1), "month")


def test_the_fall_of_a_town_is_no_season() -> None:
    assert find_date_expressions("The fall of Mosul shocked the world.", dt.date(2017, 7, 9)) == []


def test_a_season_written_before_gives_its_year_to_the_days_after_it() -> None:
    text = "The summer of 1995 did not end there. Zepa fell two weeks later, on July 25."
    assert dates_in(text, dt.date(2005, 7, 11))[-1] == dt.date(1995, 7, 25)


def test_the_start_of_a_month_is_that_month() -> None:
    found = find_date_expressions("Troops recaptured Tikrit at the start of April.",
                                  dt.date(2015, 5, 21))
    assert (found[0].date, found[0].precision) == (dt.date(2015, 4, 1), "month")


def test_last_month_name_is_the_latest_such_month_before_the_articles() -> None:
    february = dt.date(2021, 2, 22)
    assert resolve("last March", february) == (dt.date(2020, 3, 1), "month")
    assert resolve("last December", february) == (dt.date(2020, 12, 1), "month")
    assert resolve("last January", february) == (dt.date(2021, 1, 1), "month")
    assert resolve("last February", february) == (dt.date(2020, 2, 1), "month")


def test_a_month_of_last_year_is_in_the_year_before_the_articles() -> None:
    assert resolve("in January of last year", dt.date(2021, 2, 22))[0] == dt.date(2020, 1, 1)


def test_a_week_before_counts_back_from_the_day_written_before_it() -> None:
    text = "On Sunday the Armenians retook Chaylu, which Azerbaijani troops took a week before."
    dates = find_date_expressions(text, dt.date(1992, 6, 15))
    assert [(d.date, d.precision) for d in dates][-1] == (dt.date(1992, 6, 7), "day")


def test_a_week_before_an_event_named_after_it_is_no_date() -> None:
    text = "On Sunday the Armenians retook Chaylu, a week before the talks."
    assert len(find_date_expressions(text, dt.date(1992, 6, 15))) == 1


def test_in_the_month_of_a_month_is_that_month() -> None:
    assert resolve("in the month of December of last year", dt.date(2024, 7, 3)) == (
        dt.date(2023, 12, 1), "month")


def test_that_year_takes_a_year_written_bare_in_its_sentence() -> None:
    text = ("In 1995 the Taliban took Herat.\n\nMazar was their first big loss of 2001: it fell "
            "in November that year.")
    dates = find_date_expressions(text, dt.date(2021, 8, 15))
    assert dates[-1].date == dt.date(2001, 11, 1)


def test_a_count_is_not_a_year() -> None:
    text = "In 1995 the Taliban took Herat. Some 2000 fighters left in November that year."
    assert find_date_expressions(text, dt.date(2021, 8, 15))[-1].date == dt.date(1995, 11, 1)


def test_the_following_month_is_the_month_after_the_last_date_written() -> None:
    text = "The Taliban seized it in September 2015 before troops retook it the following month."
    assert find_date_expressions(text, dt.date(2021, 8, 15))[-1].date == dt.date(2015, 10, 1)


def test_a_month_takes_the_year_of_a_later_date_in_the_same_clause_chain() -> None:
    text = ("Its army retook Hadrut in October and, on November 8, 2020, took Shusha.")
    found = find_date_expressions(text, dt.date(2023, 10, 5))
    assert found[0].date == dt.date(2020, 10, 1)


def test_a_month_keeps_the_report_year_before_a_relative_clause_of_history() -> None:
    text = ("In March, troops retook Hawija, which IS had seized in June 2014.")
    found = find_date_expressions(text, dt.date(2017, 10, 5))
    assert found[0].date == dt.date(2017, 3, 1)


def test_the_first_day_is_the_start_written_just_before() -> None:
    text = ("The alliance launched its offensive on October 27. On the first day it seized "
            "Chinshwehaw; in the first days it also took Hpaung Seik.")
    found = find_date_expressions(text, dt.date(2024, 8, 5))
    assert [(d.date, d.precision) for d in found[1:]] == [
        (dt.date(2023, 10, 27), "day"), (dt.date(2023, 10, 27), "week")]


def test_the_first_days_of_a_war_in_a_month_take_that_month() -> None:
    text = ("On May 18 the army retook the base. The town was overrun in the first days of the "
            "war in April 2023.")
    found = find_date_expressions(text, dt.date(2025, 3, 30))
    assert [d.date for d in found] == [dt.date(2024, 5, 18), dt.date(2023, 4, 1)]


def test_the_first_day_of_a_fight_with_its_date_after_a_comma_is_that_date() -> None:
    text = ("The offensive began on March 2. On the first day of the ground assault, March 4, "
            "the rebels took the bridge.")
    found = find_date_expressions(text, dt.date(2021, 3, 9))
    assert [d.date for d in found] == [dt.date(2021, 3, 2), dt.date(2021, 3, 4)]


def test_an_anniversary_piece_goes_on_in_the_year_it_recalls() -> None:
    text = ("Thirty years on\n\nThe revolt began in the last days of October 1994.\n\n"
            "By November 3, the insurgents had taken the port, and the airport a day later.")
    found = find_date_expressions(text, dt.date(2024, 11, 6))
    assert [d.date for d in found[1:]] == [dt.date(1994, 11, 3), dt.date(1994, 11, 4)]


def test_days_counted_from_a_day_of_a_year_long_past_are_in_that_year() -> None:
    text = ("Thirty years on\n\nThe revolt began in the last days of February 1991.\n\n"
            "It reached the town on March 5, and the city fell two days later.")
    found = find_date_expressions(text, dt.date(2021, 3, 5))
    assert [d.date for d in found[1:]] == [dt.date(1991, 3, 5), dt.date(1991, 3, 7)]


def test_a_recent_date_after_a_background_season_stays_in_the_articles_year() -> None:
    text = ("The valley fell to the militants in the summer of 2014.\n\n"
            "The village was retaken by the army on September 19, two days before the assault.")
    found = find_date_expressions(text, dt.date(2017, 11, 19))
    assert found[-1].date == dt.date(2017, 9, 19)


def test_the_first_night_after_a_photo_caption_is_the_day_written_before_it() -> None:
    text = ("Veterans gathered at the bridge on Tuesday.\n\nOn June 6, 1982, the columns "
            "crossed the border.\n\n[Photo: Tanks on the coast road, June 1982. Archive]\n\n"
            "The first night, paratroopers seized the bridge.")
    found = find_date_expressions(text, dt.date(2022, 6, 6))
    assert (found[-1].text, found[-1].date) == ("The first night", dt.date(1982, 6, 6))


def test_a_story_long_past_goes_on_past_an_advertisement_line() -> None:
    text = ("On June 6, 1982, the columns crossed the border, and the port was taken on "
            "June 9.\n\nAdvertisement\n\nThe hill fell on June 8 after two days of shelling.")
    found = find_date_expressions(text, dt.date(2022, 6, 6))
    assert found[-1].date == dt.date(1982, 6, 8)


def test_early_or_late_in_a_year_is_that_year() -> None:
    found = find_date_expressions("Federal forces took the city in early 1995.",
                                  dt.date(1996, 8, 8))
    assert [(d.date, d.precision) for d in found] == [(dt.date(1995, 1, 1), "year")]


def test_the_days_that_followed_are_the_week_of_the_day_before() -> None:
    text = ("On January 3 the group stormed Baga. In the days that followed the villages around "
            "it were overrun as well.")
    found = find_date_expressions(text, dt.date(2015, 4, 12))
    assert [(d.date, d.precision) for d in found][1] == (dt.date(2015, 1, 3), "week")


def test_a_year_heading_dates_the_chronology_entries_below_it() -> None:
    text = ("A chronology\n\n2014\nApril 12 - Separatists storm the police station.\n"
            "July 5 - The fighters abandon the town overnight.\n\n2015\nJanuary 21 - The "
            "defenders pull out of the airport.")
    found = find_date_expressions(text, dt.date(2024, 2, 24))
    assert [(d.text, d.date) for d in found] == [
        ("April 12", dt.date(2014, 4, 12)), ("July 5", dt.date(2014, 7, 5)),
        ("overnight", dt.date(2014, 7, 5)), ("January 21", dt.date(2015, 1, 21))]


def test_without_a_year_heading_a_bare_day_is_the_latest_before_the_article() -> None:
    text = "A chronology\n\nApril 12 - Separatists storm the police station."
    assert find_date_expressions(text, dt.date(2024, 2, 24))[0].date == dt.date(2023, 4, 12)


def test_months_later_counts_from_a_month_written_before() -> None:
    found = find_date_expressions(
        "Iraqi forces retook Mosul in July 2017, and the SDF took Raqqa three months later.",
        dt.date(2019, 3, 14))
    assert [(d.date, d.precision) for d in found][-1] == (dt.date(2017, 10, 1), "month")


def test_days_later_after_a_month_is_that_month() -> None:
    found = find_date_expressions("They took Mosul in July 2017 and Tal Afar two days later.",
                                  dt.date(2019, 3, 14))
    assert [(d.text, d.date, d.precision) for d in found][-1] == (
        "two days later", dt.date(2017, 7, 1), "month")


def test_a_few_days_later_after_a_day_is_about_that_week() -> None:
    found = find_date_expressions("On January 21 the rebels took Minova. A few days later they "
                                  "took Goma.", dt.date(2025, 2, 1))
    assert [(d.date, d.precision) for d in found][-1] == (dt.date(2025, 1, 24), "week")


def test_a_fixed_holiday_is_a_day() -> None:
    found = find_date_expressions("Troops entered the town on New Year's Day.", dt.date(2009, 1, 9))
    assert [(d.date, d.precision) for d in found] == [(dt.date(2009, 1, 1), "day")]


def test_a_holiday_before_the_article_falls_in_the_year_before() -> None:
    found = find_date_expressions("The rebels attacked on Christmas Eve.", dt.date(1995, 1, 3))
    assert found[0].date == dt.date(1994, 12, 24)


def test_days_later_after_a_month_does_not_count_from_an_older_day() -> None:
    text = ("The camp fell on July 9, 2000. In March that year, rebels overran the town, before "
            "troops drove them out five days later.")
    found = find_date_expressions(text, dt.date(2020, 7, 9))
    assert [(d.text, d.date, d.precision) for d in found][-1] == (
        "five days later", dt.date(2000, 3, 1), "month")


def test_a_month_in_a_paragraph_about_a_year_long_past_is_in_that_year() -> None:
    text = ("Shusha fell on May 8, 1992, after a night assault. It was one of a string of defeats "
            "that year. In June, the army lost Mardakert as well.")
    found = find_date_expressions(text, dt.date(2020, 11, 20))
    assert [d.date for d in found if d.text == "In June"] == [dt.date(1992, 6, 1)]


def test_a_month_after_this_year_is_written_stays_in_the_articles_year() -> None:
    text = ("The insurgency began in October 2017 and has grown sharply this year. In March, the "
            "militants briefly seized the port.")
    found = find_date_expressions(text, dt.date(2020, 8, 13))
    assert [d.date for d in found if d.text == "In March"] == [dt.date(2020, 3, 1)]


def test_a_day_in_the_paragraph_after_a_dated_anniversary_keeps_its_year() -> None:
    text = ("Twenty years ago today, on Nov. 1, 1998, guerrillas overran the town.\n\n"
            "On Nov. 3 troops retook it.")
    found = find_date_expressions(text, dt.date(2018, 11, 1))
    assert found[-1].date == dt.date(1998, 11, 3)


def test_a_night_written_as_two_days_takes_the_year_after_them() -> None:
    assert resolve("on the night of March 1 to 2, 1994") == (dt.date(1994, 3, 1), "day")


def test_two_days_joined_by_and_without_a_year_are_not_a_range() -> None:
    [found] = find_date_expressions("on March 3 and 4 soldiers died", SUNDAY)
    assert found.text == "March 3"


def test_a_month_after_since_then_cannot_go_before_the_date_it_follows() -> None:
    text = ("The rebels attacked on 13 November of last year. Since then they took Minbya in "
            "January.")
    found = find_date_expressions(text, dt.date(2024, 2, 12))
    assert found[-1].date == dt.date(2024, 1, 1)


def test_weeks_after_late_in_a_month_can_reach_the_next_month() -> None:
    text = "In late October 2014 they seized Mubi. Troops retook Mubi two weeks later."
    found = find_date_expressions(text, dt.date(2024, 8, 24))
    assert (found[-1].date, found[-1].precision) == (dt.date(2014, 11, 1), "month")


def test_a_paragraph_that_moved_a_date_to_a_past_year_keeps_that_year() -> None:
    text = ("It began on August 6, 2014.\n\nThe group took Bama on September 1, and in late "
            "October seized Mubi. Troops retook Mubi two weeks later.")
    found = find_date_expressions(text, dt.date(2024, 8, 24))
    assert [d.date.year for d in found] == [2014, 2014, 2014, 2014]


def test_a_year_that_bounds_a_state_lends_it_to_no_later_date() -> None:
    text = ("The town, in rebel hands since early 2012, fell in a campaign that began in "
            "November, when troops retook Qara.")
    found = find_date_expressions(text, dt.date(2014, 3, 16))
    assert found[-1].date == dt.date(2013, 11, 1)


def test_an_ordinal_day_of_a_month_of_last_year_is_a_day() -> None:
    found = find_date_expressions("on the 18th of December of last year", dt.date(2024, 11, 2))
    assert [(e.date, e.precision) for e in found] == [(dt.date(2023, 12, 18), "day")]


def test_the_following_evening_is_the_day_after_the_last_date() -> None:
    text = ("On the night of January 26, rebel columns entered Goma. By the following evening "
            "the rebels had taken the city.")
    found = find_date_expressions(text, dt.date(2025, 2, 20))
    assert [d.date for d in found if "following" in d.text] == [dt.date(2025, 1, 27)]


def test_days_later_without_a_count_is_about_a_few_days_after_the_date_before() -> None:
    text = "IS fighters overran the village on May 3. The army drove them out days later."
    assert resolve_all(text, dt.date(2016, 6, 16)) == [
        (dt.date(2016, 5, 3), "day"), (dt.date(2016, 5, 6), "week")]


def test_an_ordinal_day_takes_the_month_written_before_it() -> None:
    found = find_date_expressions("In October, the rebels took Daloa on the 13th.",
                                  dt.date(2002, 12, 3))
    assert found[-1].date == dt.date(2002, 10, 13) and found[-1].precision == "day"


def test_an_ordinal_day_alone_is_the_latest_such_day_before_the_article() -> None:
    assert find_date_expressions("They took the town on the 13th.",
                                 dt.date(2002, 12, 3))[-1].date == dt.date(2002, 11, 13)
    assert find_date_expressions("They took the town on the 2nd.",
                                 dt.date(2002, 12, 3))[-1].date == dt.date(2002, 12, 2)


@given(st.integers(min_value=1, max_value=28), st.dates(min_value=dt.date(1950, 1, 1),
                                                        max_value=dt.date(2030, 12, 31)))
def test_an_ordinal_day_never_falls_after_the_article(day: int, article: dt.date) -> None:
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
    found = find_date_expressions(f"They took the town on the {day}{suffix}.", article)
    assert found and found[-1].date <= article and found[-1].date.day == day


def test_by_the_afternoon_is_the_day_written_before_it_in_its_paragraph() -> None:
    text = "The soldiers came back to Johode on Friday. By the afternoon they had retaken it."
    found = find_date_expressions(text, dt.date(2015, 3, 30))
    assert [(d.text, d.date) for d in found][-1] == ("By the afternoon", dt.date(2015, 3, 27))


def test_by_nightfall_with_no_day_before_it_is_no_date() -> None:
    found = find_date_expressions("By nightfall the army had retaken Johode.", dt.date(2015, 3, 30))
    assert found == []


def test_that_month_is_the_month_of_the_year_just_written() -> None:
    text = "The town fell in March 1974 and was retaken that July."
    assert dates_in(text, dt.date(1975, 4, 2)) == [dt.date(1974, 3, 1), dt.date(1974, 7, 1)]
