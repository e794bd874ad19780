#include <gtest/gtest.h>

#include "parley/util/date.h"

namespace parley {
namespace {

std::string norm(const char* s) { return normalize_date(s).value_or("<none>"); }

TEST(NormalizeDate, NumericYearFirst) {
  EXPECT_EQ(norm("2018-08-21"), "2018-08-21");
  EXPECT_EQ(norm("2018/8/21"), "2018-08-21");
  EXPECT_EQ(norm("2018.08.21"), "2018-08-21");
  EXPECT_EQ(norm("20180821"), "2018-08-21");
  EXPECT_EQ(norm("  20080804 "), "2008-08-04");
}

TEST(NormalizeDate, Timestamps) {
  EXPECT_EQ(norm("2018-08-21T10:00:00Z"), "2018-08-21");
  EXPECT_EQ(norm("2018-08-21T10:00:00.123+04:30"), "2018-08-21");
  EXPECT_EQ(norm("2018-08-21 10:00"), "2018-08-21");
  EXPECT_EQ(norm("Tue, 21 Aug 2018 10:00:00 +0000"), "2018-08-21");
  EXPECT_EQ(norm("21 August 2018 10:32 am GMT"), "2018-08-21");
  EXPECT_EQ(norm("August 21, 2018 at 5:02 p.m. EDT"), "2018-08-21");
  EXPECT_EQ(norm("2018-08-21T25:00"), "<none>");
  EXPECT_EQ(norm("2018-08-21 and more"), "<none>");
}

TEST(NormalizeDate, DayMonthYear) {
  EXPECT_EQ(norm("21 August, 2018"), "2018-08-21");
  EXPECT_EQ(norm("21 August 2018"), "2018-08-21");
  EXPECT_EQ(norm("21 Aug 2018"), "2018-08-21");
  EXPECT_EQ(norm("21-Aug-2018"), "2018-08-21");
  EXPECT_EQ(norm("21st of August 2018"), "2018-08-21");
  EXPECT_EQ(norm("1 SEPT. 2018"), "2018-09-01");
  EXPECT_EQ(norm("21 August, 2018."), "2018-08-21");
}

TEST(NormalizeDate, MonthDayYear) {
  EXPECT_EQ(norm("August 21, 2018"), "2018-08-21");
  EXPECT_EQ(norm("Aug. 21, 2018"), "2018-08-21");
  EXPECT_EQ(norm("august 21st 2018"), "2018-08-21");
  EXPECT_EQ(norm("May 1, 2020"), "2020-05-01");
}

TEST(NormalizeDate, Weekdays) {
  EXPECT_EQ(norm("Tuesday, 21 Aug 2018"), "2018-08-21");
  EXPECT_EQ(norm("Tue 21 Aug 2018"), "2018-08-21");
  EXPECT_EQ(norm("Tuesday, August 21, 2018"), "2018-08-21");
  EXPECT_EQ(norm("Tuesday"), "<none>");
}

TEST(NormalizeDate, NumericDayMonthOnlyWhenUnambiguous) {
  EXPECT_EQ(norm("21/08/2018"), "2018-08-21");
  EXPECT_EQ(norm("08/21/2018"), "2018-08-21");
  EXPECT_EQ(norm("21.08.2018"), "2018-08-21");
  EXPECT_EQ(norm("08/07/2018"), "<none>");
  EXPECT_EQ(norm("07/07/2018"), "2018-07-07");
}

TEST(NormalizeDate, RejectsImpossibleAndPartialDates) {
  EXPECT_EQ(norm("31 June 2018"), "<none>");
  EXPECT_EQ(norm("29 February 2019"), "<none>");
  EXPECT_EQ(norm("29 February 2020"), "2020-02-29");
  EXPECT_EQ(norm("29 February 1900"), "<none>");
  EXPECT_EQ(norm("29 February 2000"), "2000-02-29");
  EXPECT_EQ(norm("2018-13-01"), "<none>");
  EXPECT_EQ(norm("August 2018"), "<none>");
  EXPECT_EQ(norm("2018"), "<none>");
  EXPECT_EQ(norm(""), "<none>");
  EXPECT_EQ(norm("3 min read"), "<none>");
  EXPECT_EQ(norm("21 Augustus 2018"), "<none>");
  EXPECT_EQ(norm("0021-08-21"), "<none>");
  EXPECT_EQ(norm("21 August 20188"), "<none>");
  EXPECT_EQ(norm("The talks began on 21 August 2018"), "<none>");
}

TEST(NormalizePetrarchDate, EightAndSixDigits) {
  EXPECT_EQ(normalize_petrarch_date("20121108").value_or("<none>"), "2012-11-08");
  EXPECT_EQ(normalize_petrarch_date(" 121108 ").value_or("<none>"), "2012-11-08");
  EXPECT_EQ(normalize_petrarch_date("291231").value_or("<none>"), "2029-12-31");
  EXPECT_EQ(normalize_petrarch_date("300101").value_or("<none>"), "1930-01-01");
  EXPECT_EQ(normalize_petrarch_date("990229").value_or("<none>"), "<none>");  // 1999: no 29 Feb
  EXPECT_EQ(normalize_petrarch_date("2012-11-08").value_or("<none>"), "<none>");
  EXPECT_EQ(normalize_petrarch_date("12110").value_or("<none>"), "<none>");
}

TEST(IsValidDate, LeapYears) {
  EXPECT_TRUE(is_valid_date(2024, 2, 29));
  EXPECT_FALSE(is_valid_date(2023, 2, 29));
  EXPECT_FALSE(is_valid_date(2023, 4, 31));
  EXPECT_FALSE(is_valid_date(2023, 0, 1));
}

}  // namespace
}  // namespace parley
