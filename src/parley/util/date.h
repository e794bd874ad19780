// Calendar dates as they appear in news text and input metadata.
//
// parley keeps every date as "YYYY-MM-DD". normalize_date() accepts the forms
// found in articles, feeds and PETRARCH files and rejects anything ambiguous or
// impossible (31 June, 29 February 2019, 08/07/2018).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace parley {

// Returns `s` as "YYYY-MM-DD" when the whole of it (ignoring surrounding white
// space and a final '.') is one full date, nullopt otherwise. Accepted:
//   2018-08-21  2018/08/21  2018.08.21  20180821
//   21 August 2018  21 August, 2018  21-Aug-2018  21st Aug. 2018
//   August 21, 2018  Aug 21 2018  August 21st, 2018
//   21/08/2018  08/21/2018  (only when day and month cannot be swapped)
// each optionally preceded by a weekday ("Tuesday, 21 Aug 2018", "Tue") and
// followed by a time of day with an optional zone ("2018-08-21T10:00:00Z",
// "Tue, 21 Aug 2018 10:00:00 +0000", "21 August 2018 10:32 am GMT").
// Month and weekday names are English, in any case. The weekday is not checked
// against the date. Years run from 1000 to 2999.
std::optional<std::string> normalize_date(std::string_view s);

// A PETRARCH record date ("20121108" or "121108") as "YYYY-MM-DD"; in the
// six-digit form years 00-29 are 20YY and 30-99 are 19YY. nullopt otherwise.
std::optional<std::string> normalize_petrarch_date(std::string_view s);

// True when year/month/day is a real calendar date (Gregorian, leap years).
bool is_valid_date(int year, int month, int day);

}  // namespace parley
