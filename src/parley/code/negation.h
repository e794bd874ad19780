// PETRARCH's negation of event codes, read from its internal coding ontology
// (PETR.Internal.Coding.Ontology.txt, "PICO"): each CAMEO code has a value
// such as 0x0080 (050) or 0xFFFF+0x0080 (110); negating adds or removes the
// 0xFFFF term, so "did not clash" (110) is 050 and "did not provide" (060)
// is 121. Only `parley validate` uses it, to match PETRARCH's expectations;
// `parley code` drops negated events or marks them (--keep-negated).
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "parley/util/status.h"

namespace parley::code {

using NegationTable = std::map<std::string, std::string>;  // code -> negated code

// Parses the ontology text; lines that do not parse are ignored.
NegationTable ParseNegationTable(std::string_view text);
Status LoadNegationTable(const std::string& path, NegationTable* table);

}  // namespace parley::code
