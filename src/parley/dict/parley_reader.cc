// Reader for parley's own dictionary format (data/FORMAT.md).
#include <algorithm>
#include <functional>
#include <unordered_map>
#include <unordered_set>

#include "parley/dict/dictionary.h"
#include "parley/dict/internal.h"

namespace parley::dict {

using internal::IsSpace;
using internal::IsValidUtf8;
using internal::LineReader;
using internal::Quote;
using internal::SplitTrim;
using internal::SplitWords;
using internal::Trim;
using internal::Warn;

namespace {

// Drops a comment: '#' at the start of the line or after white space.
std::string_view StripComment(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i)
    if (line[i] == '#' && (i == 0 || IsSpace(line[i - 1]))) return Trim(line.substr(0, i));
  return Trim(line);
}

// "US", "IS", "WHO", "U.N.": one word of 2-3 capital letters, dots allowed.
bool IsShortCapitals(std::string_view w) {
  int letters = 0;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z')
      ++letters;
    else if (c != '.')
      return false;
  }
  return letters >= 2 && letters <= 3;
}

// "=West": one word, capitalized, not all lower case, at most 8 bytes (the
// index looks up case-marked spellings of short tokens only).
bool IsStandaloneName(std::string_view w) {
  if (w.empty() || w.size() > 8 || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
  for (char c : w)
    if (c == ' ' || c == '-') return false;
  return true;
}

bool ValidActorCode(std::string_view code) {
  if (code.size() < 3) return false;
  for (char c : code)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  return true;
}

bool ValidEventCode(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return false;
  for (char c : code)
    if (c < '0' || c > '9') return false;
  return true;
}

// Splits "LEFT => RIGHT". False when there is no "=>" or either side is empty.
bool SplitArrow(std::string_view t, std::string_view* left, std::string_view* right) {
  size_t p = t.find("=>");
  if (p == std::string_view::npos) return false;
  *left = Trim(t.substr(0, p));
  *right = Trim(t.substr(p + 2));
  return !left->empty() && !right->empty() && right->find("=>") == std::string_view::npos;
}

// "a | b | c" -> normalized phrases; "" on an empty phrase.
std::string SplitNames(std::string_view left, std::vector<std::string>* names) {
  for (std::string_view n : SplitTrim(left, '|')) {
    if (n.empty()) return "empty name between '|'";
    if (n[0] == '=') {  // a standalone, case-sensitive name (AddParleyActors)
      n.remove_prefix(1);
      if (!IsStandaloneName(n))
        return "'=' marks one capitalized word of at most 8 bytes, got " + Quote(n);
    }
    std::string norm = internal::NormalizePhrase(n, false);
    if (std::find(names->begin(), names->end(), norm) == names->end())
      names->push_back(std::move(norm));
  }
  return "";
}

// Parses a range "FROM..TO" (either side may be empty). Returns "" or an error.
std::string ParseRange(std::string_view r, Date* from, Date* to) {
  size_t dots = r.find("..");
  if (dots == std::string_view::npos) return "date range " + Quote(r) + " needs FROM..TO";
  std::string_view a = Trim(r.substr(0, dots)), b = Trim(r.substr(dots + 2));
  *from = *to = 0;
  if (!a.empty()) {
    auto d = ParseDate(a);
    if (!d) return "bad date " + Quote(a) + " (want YYYY-MM-DD)";
    *from = *d;
  }
  if (!b.empty()) {
    auto d = ParseDate(b);
    if (!d) return "bad date " + Quote(b) + " (want YYYY-MM-DD)";
    *to = *d;
  }
  if (*from != 0 && *to != 0 && *to <= *from)
    return "empty date range " + Quote(r) + " (TO must be after FROM)";
  return "";
}

bool Overlap(const DatedCode& x, const DatedCode& y) {
  Date xs = x.from, xe = x.to == 0 ? 99999999 : x.to;
  Date ys = y.from, ye = y.to == 0 ? 99999999 : y.to;
  return xs < ye && ys < xe;
}

// The entry lines of a parley dictionary file: blank and comment-only lines
// are passed over, and lines with invalid UTF-8 are reported and skipped.
class EntryLines {
 public:
  EntryLines(std::string_view text, std::string_view name, std::function<void(std::string)> warn)
      : lines_(text), name_(name), warn_(std::move(warn)) {}

  // Sets the next entry (comment stripped) and its line number; false at the end.
  bool Next(int* line_number, std::string_view* entry) {
    std::string_view line;
    while (lines_.Next(&line)) {
      *line_number = lines_.line_number();
      if (!IsValidUtf8(line)) {
        warn_(Warn(name_, *line_number, "invalid UTF-8 or NUL byte, line skipped"));
        continue;
      }
      *entry = StripComment(line);
      if (!entry->empty()) return true;
    }
    return false;
  }

 private:
  LineReader lines_;
  std::string_view name_;
  std::function<void(std::string)> warn_;
};

}  // namespace

void DictionaryBuilder::AddParleyActors(std::string_view text, std::string_view name,
                                        bool countries) {
  EntryLines lines(text, name, [this](std::string w) { AddWarning(std::move(w)); });
  int ln = 0;
  std::string_view t;
  while (lines.Next(&ln, &t)) {
    std::string_view left, right;
    if (!SplitArrow(t, &left, &right)) {
      AddWarning(Warn(name, ln, "expected NAME | NAME ... => CODE [RANGE], ...: " + Quote(t)));
      continue;
    }
    Actor a;
    std::string err = SplitNames(left, &a.names);
    bool have_default = false;
    for (std::string_view item : SplitTrim(right, ',')) {
      if (!err.empty()) break;
      std::vector<std::string_view> parts = SplitWords(item, false);
      if (parts.empty() || parts.size() > 2) {
        err = "expected CODE or CODE FROM..TO, got " + Quote(item);
        break;
      }
      if (!ValidActorCode(parts[0])) {
        err = "bad actor code " + Quote(parts[0]) + " (upper-case letters and digits, at least 3)";
        break;
      }
      if (parts.size() == 1) {
        if (have_default) {
          err = "more than one code without a date range";
          break;
        }
        have_default = true;
        a.default_code = std::string(parts[0]);
        continue;
      }
      DatedCode dc;
      dc.code = std::string(parts[0]);
      err = ParseRange(parts[1], &dc.from, &dc.to);
      if (!err.empty()) break;
      for (const DatedCode& other : a.codes)
        if (Overlap(other, dc))
          err = "date ranges of " + other.code + " and " + dc.code + " overlap";
      a.codes.push_back(std::move(dc));
    }
    if (!err.empty()) {
      AddWarning(Warn(name, ln, err + ", line skipped"));
      continue;
    }
    a.name = std::string(Trim(left.substr(0, std::min(left.find('|'), left.size()))));
    a.origin = std::string(name) + ":" + std::to_string(ln);
    for (std::string_view raw : SplitTrim(left, '|'))
      if (IsShortCapitals(raw) || (!raw.empty() && raw[0] == '='))
        a.case_sensitive_names.emplace_back(raw);
    if (countries) {
      const std::string& first =
          !a.codes.empty() && !have_default ? a.codes.front().code : a.default_code;
      a.is_country_entry = first.size() == 3;
    }
    dicts_->actors_.push_back(std::move(a));
  }
}

void DictionaryBuilder::AddParleyAgents(std::string_view text, std::string_view name) {
  EntryLines lines(text, name, [this](std::string w) { AddWarning(std::move(w)); });
  int ln = 0;
  std::string_view t;
  while (lines.Next(&ln, &t)) {
    std::string_view left, right;
    if (!SplitArrow(t, &left, &right)) {
      AddWarning(Warn(name, ln, "expected NOUN | PLURAL ... => ROLE: " + Quote(t)));
      continue;
    }
    Agent a;
    std::string err = SplitNames(left, &a.names);
    std::string_view role = right;
    if (!role.empty() && role.front() == '~') {
      role.remove_prefix(1);
    } else if (!role.empty() && role.back() == '~') {
      role.remove_suffix(1);
      a.prefix = true;
    }
    if (err.empty() && !ValidActorCode(role)) err = "bad role code " + Quote(right);
    if (!err.empty()) {
      AddWarning(Warn(name, ln, err + ", line skipped"));
      continue;
    }
    a.code = std::string(role);
    a.name = std::string(Trim(left.substr(0, std::min(left.find('|'), left.size()))));
    a.origin = std::string(name) + ":" + std::to_string(ln);
    dicts_->agents_.push_back(std::move(a));
  }
}

namespace {

bool IsPrep(std::string_view w) {
  static const std::unordered_set<std::string_view> kPreps = {
      "about",   "above", "across",  "after",  "against", "along",   "amid",    "among",  "around",
      "as",      "at",    "before",  "behind", "below",   "between", "beyond",  "by",     "despite",
      "during",  "for",   "from",    "in",     "inside",  "into",    "near",    "of",     "off",
      "on",      "onto",  "outside", "over",   "past",    "since",   "through", "to",     "toward",
      "towards", "under", "until",   "upon",   "via",     "with",    "within",  "without"};
  return kPreps.count(w) > 0;
}

// Prepositions that are also verb particles ("cut off aid", "hand over suspects").
bool IsParticle(std::string_view w) {
  static const std::unordered_set<std::string_view> kParticles = {
      "off", "over", "out",    "up",    "down",    "in",
      "on",  "back", "around", "along", "through", "about"};
  return kParticles.count(w) > 0;
}

// Parses one parley verb PATTERN into *pat. Returns "" or an error.
std::string ParsePattern(std::string_view text, VerbPattern* pat) {
  std::vector<std::string> words;
  for (std::string_view w : SplitWords(text, false)) words.push_back(NormalizeWord(w));
  if (words.empty()) return "empty pattern";
  std::string pred = words[0];
  if (internal::StartsWith(pred, "n:")) {
    pat->nominal = true;
    pred = pred.substr(2);
  }
  if (pred.empty() || pred == "+" || pred == "$") return "pattern must start with its predicate";
  pat->predicate = pred;
  int last_word = -1;
  std::string pending_prep;
  for (size_t i = 1; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (internal::StartsWith(w, "n:")) return "'n:' only marks the first word";
    if (w.find_first_of("[]{}()|=") != std::string::npos)
      return "unexpected character in " + Quote(w);
    bool next_is_slot = i + 1 < words.size() && (words[i + 1] == "+" || words[i + 1] == "$");
    bool next_is_prep = i + 1 < words.size() && IsPrep(words[i + 1]);
    if (w == "+" || w == "$") {
      PatternElement e;
      e.kind = w == "+" ? PatternElement::Kind::kTarget : PatternElement::Kind::kSource;
      for (const PatternElement& o : pat->elements)
        if (o.kind == e.kind) return std::string("more than one '") + w + "'";
      if (!pending_prep.empty()) {
        e.prep = pending_prep;
        e.preps = {pending_prep};
        pending_prep.clear();
      }
      e.parent = last_word;
      pat->elements.push_back(std::move(e));
      continue;
    }
    if (!pending_prep.empty())
      return "preposition " + Quote(pending_prep) + " followed by another preposition";
    if (w == "a" || w == "an" || w == "the") continue;
    if (next_is_slot && IsPrep(w)) {
      pending_prep = w;
      continue;
    }
    if (w == "to") continue;  // "agree to meet"
    PatternElement e;
    if (IsPrep(w) && i + 1 < words.size() && !next_is_prep) {
      // "offer of talks": the preposition introduces the next word.
      e.prep = w;
      e.preps = {w};
      e.prep_may_be_particle = IsParticle(w);
      ++i;
      while (i < words.size() && (words[i] == "a" || words[i] == "an" || words[i] == "the")) ++i;
      if (i >= words.size() || words[i] == "+" || words[i] == "$")
        return "preposition " + Quote(w) + " without a word";
      if (IsPrep(words[i])) return "two prepositions in a row near " + Quote(w);
      if (internal::StartsWith(words[i], "n:")) return "'n:' only marks the first word";
      if (words[i].find_first_of("[]{}()|=") != std::string::npos)
        return "unexpected character in " + Quote(words[i]);
      e.words = {words[i]};
    } else {
      e.words = {w};
    }
    e.parent = last_word;
    last_word = static_cast<int>(pat->elements.size());
    pat->elements.push_back(std::move(e));
  }
  if (!pending_prep.empty()) return "preposition " + Quote(pending_prep) + " at the end";
  return "";
}

}  // namespace

void DictionaryBuilder::AddParleyVerbs(std::string_view text, std::string_view name) {
  Dictionaries& d = *dicts_;
  std::unordered_map<std::string, uint32_t> verb_index;
  for (uint32_t i = 0; i < d.verbs_.size(); ++i)
    if (d.verbs_[i].block < 0) verb_index[d.verbs_[i].lemma] = i;
  EntryLines lines(text, name, [this](std::string w) { AddWarning(std::move(w)); });
  int ln = 0;
  std::string_view t;
  while (lines.Next(&ln, &t)) {
    size_t sp = 0;
    while (sp < t.size() && !IsSpace(t[sp])) ++sp;
    std::string_view code = t.substr(0, sp);
    std::string_view rest = Trim(t.substr(sp));
    std::string first(code), second;
    size_t colon = code.find(':');
    if (colon != std::string_view::npos) {
      first = std::string(code.substr(0, colon));
      second = std::string(code.substr(colon + 1));
    }
    if ((!first.empty() && !ValidEventCode(first)) ||
        (!second.empty() && !ValidEventCode(second)) || (first.empty() && second.empty())) {
      AddWarning(
          Warn(name, ln, "expected CODE PATTERN | PATTERN ...; bad event code " + Quote(code)));
      continue;
    }
    if (rest.empty()) {
      AddWarning(Warn(name, ln, "event code without patterns"));
      continue;
    }
    std::vector<VerbPattern> parsed;
    std::string err;
    for (std::string_view p : SplitTrim(rest, '|')) {
      VerbPattern pat;
      err = ParsePattern(p, &pat);
      if (!err.empty()) {
        err += " in pattern " + Quote(p);
        break;
      }
      pat.code = first;
      pat.reverse_code = second;
      pat.text = std::string(p);
      pat.origin = std::string(name) + ":" + std::to_string(ln);
      parsed.push_back(std::move(pat));
    }
    if (!err.empty()) {
      AddWarning(Warn(name, ln, err + ", line skipped"));
      continue;
    }
    for (VerbPattern& pat : parsed) {
      uint32_t pi = static_cast<uint32_t>(d.patterns_.size());
      if (!pat.nominal) {
        auto [it, inserted] =
            verb_index.try_emplace(pat.predicate, static_cast<uint32_t>(d.verbs_.size()));
        if (inserted) {
          Verb v;
          v.lemma = pat.predicate;
          v.forms.push_back(v.lemma);
          for (std::string& f : internal::RegularVerbForms(v.lemma))
            v.forms.push_back(std::move(f));
          v.origin = pat.origin;
          d.verbs_.push_back(std::move(v));
        }
        d.verbs_[it->second].patterns.push_back(pi);
      }
      d.patterns_.push_back(std::move(pat));
    }
  }
}

void DictionaryBuilder::AddParleyDiscards(std::string_view text, std::string_view name) {
  EntryLines lines(text, name, [this](std::string w) { AddWarning(std::move(w)); });
  int ln = 0;
  std::string_view t;
  while (lines.Next(&ln, &t)) {
    Discard d;
    if (t.back() == '+') {
      d.scope = Discard::Scope::kActor;
      t = Trim(t.substr(0, t.size() - 1));
    }
    d.phrase = internal::NormalizePhrase(t, false);
    if (d.phrase.empty() || t.find("=>") != std::string_view::npos ||
        t.find('|') != std::string_view::npos) {
      AddWarning(Warn(name, ln, "expected one phrase per line: " + Quote(t)));
      continue;
    }
    d.origin = std::string(name) + ":" + std::to_string(ln);
    dicts_->discards_.push_back(std::move(d));
  }
}

void DictionaryBuilder::AddParleyIssues(std::string_view text, std::string_view name) {
  EntryLines lines(text, name, [this](std::string w) { AddWarning(std::move(w)); });
  int ln = 0;
  std::string_view t;
  while (lines.Next(&ln, &t)) {
    std::string_view left, right;
    std::vector<std::string> phrases;
    std::string err;
    if (!SplitArrow(t, &left, &right)) err = "expected PHRASE | PHRASE => ISSUE_CODE";
    if (err.empty()) err = SplitNames(left, &phrases);
    bool ignore = err.empty() && right == "~";
    if (err.empty() && !ignore) {
      for (char c : right)
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
          err = "bad issue code " + Quote(right);
    }
    if (!err.empty()) {
      AddWarning(Warn(name, ln, err + ", line skipped"));
      continue;
    }
    for (std::string& p : phrases) {
      Issue is;
      is.phrase = std::move(p);
      is.ignore = ignore;
      if (!ignore) is.code = std::string(right);
      is.origin = std::string(name) + ":" + std::to_string(ln);
      dicts_->issues_.push_back(std::move(is));
    }
  }
}

void DictionaryBuilder::AddParleyPlaces(std::string_view text, std::string_view name) {
  EntryLines lines(text, name, [this](std::string w) { AddWarning(std::move(w)); });
  int ln = 0;
  std::string_view t;
  while (lines.Next(&ln, &t)) {
    std::string_view left, right;
    std::vector<std::string> names;
    std::string err;
    if (!SplitArrow(t, &left, &right)) err = "expected NAME | NAME => COUNTRY";
    if (err.empty()) err = SplitNames(left, &names);
    if (err.empty() && !internal::IsBareCountryLikeCode(right))
      err = "a place's country is a three-letter country code, not " + Quote(right);
    if (!err.empty()) {
      AddWarning(Warn(name, ln, err + ", line skipped"));
      continue;
    }
    for (std::string& n : names) dicts_->place_countries_[std::move(n)] = std::string(right);
  }
}

}  // namespace parley::dict
