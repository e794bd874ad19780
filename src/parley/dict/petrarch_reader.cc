// Readers for the PETRARCH-2 / TABARI dictionary formats
// (../shared/data/petrarch/dictionaries.rst). Every malformed line becomes one
// warning "file:line: message" and is skipped; nothing here throws or aborts.
#include <algorithm>
#include <functional>
#include <unordered_map>
#include <unordered_set>

#include "parley/dict/dictionary.h"
#include "parley/dict/internal.h"
#include "parley/util/date.h"

namespace parley::dict {

using internal::EndsWith;
using internal::IsValidUtf8;
using internal::LineReader;
using internal::NormalizePhrase;
using internal::Quote;
using internal::SplitWords;
using internal::StartsWith;
using internal::Trim;
using internal::Warn;

namespace {

// Strips PETRARCH comments from one line: "<!-- ... -->" blocks (which may
// span lines; *in_xml tracks that) and everything after '#' (and after ';'
// when `semicolon`, as in TABARI actor files).
std::string_view StripComments(std::string_view line, bool* in_xml, bool semicolon) {
  std::string_view t = Trim(line);
  if (*in_xml) {
    size_t end = t.find("-->");
    if (end == std::string_view::npos) return {};
    *in_xml = false;
    return {};
  }
  if (StartsWith(t, "<!")) {
    if (t.find("-->") == std::string_view::npos) *in_xml = true;
    return {};
  }
  size_t hash = line.find('#');
  if (hash != std::string_view::npos) line = line.substr(0, hash);
  if (semicolon) {
    size_t semi = line.find(';');
    if (semi != std::string_view::npos) line = line.substr(0, semi);
  }
  // Keep leading white space (it marks actor date restrictions); drop trailing.
  while (!line.empty() && internal::IsSpace(line.back())) line.remove_suffix(1);
  return line;
}

bool IsCodeChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '/' || c == '?' || c == '+' || c == '.' || c == '_';
}

bool ValidCode(std::string_view code) {
  if (code.empty()) return false;
  for (char c : code)
    if (!IsCodeChar(c)) return false;
  return true;
}

// PETRARCH dates: YYYYMMDD or YYMMDD (00-29 -> 20xx, 30-99 -> 19xx).
std::optional<Date> ParsePetrarchDate(std::string_view s) {
  std::optional<std::string> d = normalize_petrarch_date(s);
  if (!d) return std::nullopt;
  return ParseDate(*d);
}

// Parses the inside of an actor code bracket: "CODE", "CODE >D", "CODE <D",
// "CODE D-D". Returns an error message or "".
std::string ParseActorRestriction(std::string_view inside, DatedCode* out, bool* dated) {
  inside = Trim(inside);
  size_t sp = 0;
  while (sp < inside.size() && !internal::IsSpace(inside[sp]) && inside[sp] != '<' &&
         inside[sp] != '>')
    ++sp;
  std::string_view code = inside.substr(0, sp);
  std::string_view rest = Trim(inside.substr(sp));
  if (!ValidCode(code)) return "bad actor code " + Quote(code);
  out->code = internal::ToUpperAscii(code);
  out->from = out->to = 0;
  *dated = !rest.empty();
  if (rest.empty()) return "";
  if (rest[0] == '<' || rest[0] == '>') {
    auto d = ParsePetrarchDate(rest.substr(1));
    if (!d) return "bad date in restriction " + Quote(inside);
    if (rest[0] == '<')
      out->to = NextDay(*d);
    else
      out->from = *d;
    return "";
  }
  size_t dash = rest.find('-');
  if (dash == std::string_view::npos)
    return "date restriction needs <DATE, >DATE or DATE-DATE: " + Quote(inside);
  auto a = ParsePetrarchDate(rest.substr(0, dash));
  auto b = ParsePetrarchDate(rest.substr(dash + 1));
  if (!a || !b) return "bad date in restriction " + Quote(inside);
  if (*b < *a) return "date range ends before it starts: " + Quote(inside);
  out->from = *a;
  out->to = NextDay(*b);
  return "";
}

// Splits "NAME [CODE] rest" into the name part and the bracket contents.
// *has_code false when there is no '['. Returns false when a '[' has no ']'
// (a '}' is accepted as a closing bracket, as PETRARCH does).
bool SplitNameCode(std::string_view s, std::string_view* name, std::string_view* code,
                   bool* has_code) {
  size_t open = s.find('[');
  if (open == std::string_view::npos) {
    *name = Trim(s);
    *has_code = false;
    return true;
  }
  *name = Trim(s.substr(0, open));
  size_t close = s.find(']', open);
  if (close == std::string_view::npos) close = s.find('}', open);
  if (close == std::string_view::npos) return false;
  *code = s.substr(open + 1, close - open - 1);
  *has_code = true;
  return true;
}

// "[a:b]" -> a, b.
void SplitEventCode(std::string_view code, std::string* first, std::string* second) {
  code = Trim(code);
  size_t colon = code.find(':');
  if (colon == std::string_view::npos) {
    *first = std::string(code);
    second->clear();
  } else {
    *first = std::string(Trim(code.substr(0, colon)));
    *second = std::string(Trim(code.substr(colon + 1)));
  }
}

bool ValidEventCode(std::string_view code) {
  code = Trim(code);
  if (code.empty()) return false;
  size_t colon = code.find(':');
  std::string_view a = colon == std::string_view::npos ? code : Trim(code.substr(0, colon));
  std::string_view b =
      colon == std::string_view::npos ? std::string_view() : Trim(code.substr(colon + 1));
  if (colon != std::string_view::npos && a.empty() && b.empty()) return false;
  return (a.empty() || ValidCode(a)) && (b.empty() || ValidCode(b));
}

std::string SynsetKey(std::string_view label) {
  std::string k = internal::ToUpperAscii(Trim(label));
  if (!k.empty() && k[0] == '&') k.erase(0, 1);
  while (!k.empty() && k.back() == '_') k.pop_back();
  return k;
}

const std::unordered_set<std::string>& Prepositions() {
  static const std::unordered_set<std::string> kPreps = {
      "about",  "above", "across",  "after",   "against", "along",  "amid",    "among",
      "around", "as",    "at",      "before",  "behind",  "below",  "beside",  "between",
      "beyond", "by",    "despite", "during",  "for",     "from",   "in",      "inside",
      "into",   "near",  "of",      "off",     "on",      "onto",   "out",     "outside",
      "over",   "past",  "since",   "through", "to",      "toward", "towards", "under",
      "until",  "upon",  "via",     "with",    "within",  "without"};
  return kPreps;
}

}  // namespace

// ---------------------------------------------------------------------------
// Actors

void DictionaryBuilder::AddPetrarchActors(std::string_view text, std::string_view name) {
  std::vector<Actor>& actors = dicts_->actors_;
  LineReader lines(text);
  std::string_view line;
  bool in_xml = false;
  bool have_current = false;  // the last entry accepts synonyms and restrictions
  while (lines.Next(&line)) {
    int ln = lines.line_number();
    if (!IsValidUtf8(line)) {
      AddWarning(Warn(name, ln, "invalid UTF-8 or NUL byte, line skipped"));
      continue;
    }
    std::string_view l = StripComments(line, &in_xml, true);
    std::string_view t = Trim(l);
    if (t.empty()) continue;
    bool indented = internal::IsSpace(l.front());
    if (t.front() == '[' && (indented || have_current)) {
      // Date restriction (or undated code) of the current entry.
      if (!have_current) {
        AddWarning(Warn(name, ln, "code restriction without an actor before it, skipped"));
        continue;
      }
      size_t close = t.find(']');
      if (close == std::string_view::npos) {
        AddWarning(Warn(name, ln, "missing ']' in code restriction " + Quote(t)));
        continue;
      }
      DatedCode dc;
      bool dated = false;
      std::string err = ParseActorRestriction(t.substr(1, close - 1), &dc, &dated);
      if (!err.empty()) {
        AddWarning(Warn(name, ln, err));
        continue;
      }
      actors.back().codes.push_back(std::move(dc));
      continue;
    }
    if (t.front() == '+') {
      if (!have_current) {
        AddWarning(Warn(name, ln, "synonym without an actor before it, skipped"));
        continue;
      }
      std::string_view nm, code;
      bool has_code = false;
      if (!SplitNameCode(t.substr(1), &nm, &code, &has_code)) {
        AddWarning(Warn(name, ln, "missing ']' after code " + Quote(t)));
        continue;
      }
      std::string phrase = NormalizePhrase(nm, true);
      if (phrase.empty()) {
        AddWarning(Warn(name, ln, "empty synonym"));
        continue;
      }
      actors.back().names.push_back(std::move(phrase));
      continue;
    }
    // An indented name line is read as a new entry, as PETRARCH does.
    // A new entry: PHRASE [CODE]
    std::string_view nm, code;
    bool has_code = false;
    if (!SplitNameCode(t, &nm, &code, &has_code)) {
      AddWarning(Warn(name, ln, "missing ']' after code " + Quote(t)));
      have_current = false;
      continue;
    }
    std::string phrase = NormalizePhrase(nm, true);
    if (phrase.empty()) {
      AddWarning(Warn(name, ln, "actor entry without a name: " + Quote(t)));
      have_current = false;
      continue;
    }
    Actor a;
    std::string_view nm_trim = Trim(nm);
    while (!nm_trim.empty() && nm_trim.back() == '_') nm_trim.remove_suffix(1);
    a.name = std::string(nm_trim);
    a.names.push_back(std::move(phrase));
    a.origin = std::string(name) + ":" + std::to_string(ln);
    if (has_code) {
      DatedCode dc;
      bool dated = false;
      std::string err = ParseActorRestriction(code, &dc, &dated);
      if (!err.empty()) {
        AddWarning(Warn(name, ln, err + " (entry kept without it)"));
      } else if (dated) {
        a.codes.push_back(std::move(dc));
      } else {
        a.default_code = dc.code;
      }
    }
    actors.push_back(std::move(a));
    have_current = true;
  }
  if (in_xml)
    AddWarning(Warn(name, lines.line_number(), "unterminated <!-- comment at end of file"));
  // Country entries: a bare country-like code as the entry's first code.
  for (Actor& a : actors) {
    if (a.is_country_entry) continue;
    const std::string& first = !a.default_code.empty() ? a.default_code
                               : a.codes.empty()       ? a.default_code
                                                       : a.codes.front().code;
    if (first.size() == 3 &&
        std::all_of(first.begin(), first.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
      a.is_country_entry = true;  // non-country prefixes (IGO, NGO, ...) are filtered at Build()
  }
}

// ---------------------------------------------------------------------------
// Verbs

namespace {

// A pattern token: a word-ish string, or a group "(...)" / "{...}".
struct PatToken {
  char group = 0;  // 0, '(' or '{'
  std::string text;
  std::vector<PatToken> inner;  // for groups
};

// Tokenizes a pattern body. Returns "" or an error message.
std::string TokenizePattern(std::string_view s, size_t* pos, char close,
                            std::vector<PatToken>* out) {
  while (*pos < s.size()) {
    char c = s[*pos];
    if (internal::IsSpace(c)) {
      ++*pos;
      continue;
    }
    if (c == ')' || c == '}') {
      if (c != close) return std::string("unbalanced '") + c + "'";
      ++*pos;
      return "";
    }
    if (c == '(' || c == '{') {
      if (close == '}' || (close == ')' && c == '('))
        return std::string("nested '") + c + "' not allowed here";
      ++*pos;
      PatToken g;
      g.group = c;
      std::string err = TokenizePattern(s, pos, c == '(' ? ')' : '}', &g.inner);
      if (!err.empty()) return err;
      out->push_back(std::move(g));
      continue;
    }
    size_t start = *pos;
    while (*pos < s.size() && !internal::IsSpace(s[*pos]) && s[*pos] != '(' && s[*pos] != ')' &&
           s[*pos] != '{' && s[*pos] != '}')
      ++*pos;
    PatToken t;
    t.text = std::string(s.substr(start, *pos - start));
    out->push_back(std::move(t));
  }
  if (close != 0) return std::string("missing '") + close + "'";
  return "";
}

}  // namespace

// Builds a verb pattern from tokens. Returns "" or an error message.
static std::string BuildPattern(const std::vector<PatToken>& tokens,
                                const std::unordered_map<std::string, internal::Synset>& synsets,
                                VerbPattern* pat) {
  bool before = true;
  bool seen_star = false;
  std::vector<PatternElement>& els = pat->elements;
  auto slot_kind = [](std::string_view t, PatternElement::Kind* k) {
    if (t == "+")
      *k = PatternElement::Kind::kTarget;
    else if (t == "$")
      *k = PatternElement::Kind::kSource;
    else if (t == "%")
      *k = PatternElement::Kind::kCompound;
    else if (t == "^")
      *k = PatternElement::Kind::kSkip;
    else
      return false;
    return true;
  };
  // Alternatives for a word token, which may join several words with '_'
  // and reference synsets ("&CURRENCY", "FOREIGN_&CURRENCY").
  auto alternatives = [&](std::string_view tok, std::vector<std::string>* alts) -> std::string {
    std::vector<std::string> acc{""};
    for (std::string_view part : SplitWords(tok, true)) {
      std::vector<std::string> opts;
      if (part[0] == '&') {
        auto it = synsets.find(SynsetKey(part));
        if (it == synsets.end()) return "undefined synset " + Quote(part);
        opts = it->second.phrases;
      } else if (part == "*" || part == "+" || part == "$" || part == "%" || part == "^") {
        return "misplaced " + Quote(part) + " inside a word";
      } else {
        opts.push_back(NormalizeWord(part));
      }
      std::vector<std::string> next;
      next.reserve(acc.size() * opts.size());
      for (const std::string& a : acc)
        for (const std::string& o : opts) next.push_back(a.empty() ? o : a + " " + o);
      acc.swap(next);
    }
    if (acc.size() == 1 && acc[0].empty()) return "empty word";
    *alts = std::move(acc);
    return "";
  };
  // A noun phrase "{A B HEAD}" or a plain word -> element (kind kWord).
  auto noun = [&](const PatToken& tok, PatternElement* e) -> std::string {
    e->kind = PatternElement::Kind::kWord;
    if (tok.group == '{') {
      if (tok.inner.empty()) return "empty {}";
      for (size_t i = 0; i < tok.inner.size(); ++i) {
        if (tok.inner[i].group) return "group inside {}";
        std::vector<std::string> alts;
        std::string err = alternatives(tok.inner[i].text, &alts);
        if (!err.empty()) return err;
        if (i + 1 == tok.inner.size())
          e->words = std::move(alts);
        else
          e->modifiers.push_back(std::move(alts));
      }
      return "";
    }
    return alternatives(tok.text, &e->words);
  };

  for (size_t i = 0; i < tokens.size(); ++i) {
    const PatToken& tok = tokens[i];
    if (tok.group == '(') {
      // Prepositional phrase: (PREP [OBJECT ...])
      if (tok.inner.empty()) return "empty ()";
      if (tok.inner[0].group) return "a prepositional phrase must start with its preposition";
      std::vector<std::string> preps;
      for (std::string_view p : internal::SplitTrim(tok.inner[0].text, '/')) {
        std::string w = NormalizePhrase(p, true);
        if (w.empty()) return "empty preposition";
        preps.push_back(w);
      }
      int first_obj = -1;
      if (tok.inner.size() == 1) {
        PatternElement e;
        e.prep = preps[0];
        e.preps = preps;
        e.before_predicate = before;
        els.push_back(std::move(e));
        continue;
      }
      for (size_t k = 1; k < tok.inner.size(); ++k) {
        PatternElement e;
        PatternElement::Kind kind;
        if (!tok.inner[k].group && slot_kind(tok.inner[k].text, &kind)) {
          e.kind = kind;
        } else if (tok.inner[k].group == '(') {
          return "nested ()";
        } else {
          std::string err = noun(tok.inner[k], &e);
          if (!err.empty()) return err;
        }
        e.before_predicate = before;
        if (first_obj < 0) {
          e.prep = preps[0];
          e.preps = preps;
          first_obj = static_cast<int>(els.size());
        } else {
          e.parent = first_obj;
        }
        els.push_back(std::move(e));
      }
      continue;
    }
    if (tok.group == '{') {
      PatternElement e;
      std::string err = noun(tok, &e);
      if (!err.empty()) return err;
      e.before_predicate = before;
      els.push_back(std::move(e));
      continue;
    }
    PatternElement::Kind kind;
    if (slot_kind(tok.text, &kind)) {
      PatternElement e;
      e.kind = kind;
      e.before_predicate = before;
      // "TOWARD +": a bare preposition right before the slot introduces it.
      if (!els.empty() && i > 0 && !tokens[i - 1].group &&
          els.back().kind == PatternElement::Kind::kWord && els.back().words.size() == 1 &&
          els.back().modifiers.empty() && els.back().prep.empty() &&
          Prepositions().count(els.back().words[0]) && els.back().before_predicate == before) {
        e.prep = els.back().words[0];
        e.preps = {e.prep};
        els.pop_back();
      }
      els.push_back(std::move(e));
      continue;
    }
    if (tok.text.find('*') != std::string::npos) {
      // The verb itself, possibly joined to adjacent words: "FAILED_TO_*".
      if (seen_star) return "more than one '*'";
      seen_star = true;
      std::string_view t = tok.text;
      size_t star = t.find('*');
      if (t.find('*', star + 1) != std::string_view::npos) return "more than one '*'";
      std::string_view left = t.substr(0, star), right = t.substr(star + 1);
      for (std::string_view part : SplitWords(left, true)) {
        PatternElement e;
        std::string err = alternatives(part, &e.words);
        if (!err.empty()) return err;
        e.before_predicate = true;
        els.push_back(std::move(e));
      }
      before = false;
      for (std::string_view part : SplitWords(right, true)) {
        PatternElement e;
        PatternElement::Kind k2;
        if (slot_kind(part, &k2)) {
          e.kind = k2;
        } else {
          std::string err = alternatives(part, &e.words);
          if (!err.empty()) return err;
        }
        els.push_back(std::move(e));
      }
      continue;
    }
    // A plain word, possibly "W_+" style with a slot joined by '_'.
    std::vector<std::string_view> parts = SplitWords(tok.text, true);
    bool has_slot = false;
    for (std::string_view p : parts)
      if (slot_kind(p, &kind)) has_slot = true;
    if (has_slot) {
      for (std::string_view p : parts) {
        PatternElement e;
        if (!slot_kind(p, &e.kind)) {
          std::string err = alternatives(p, &e.words);
          if (!err.empty()) return err;
        }
        e.before_predicate = before;
        els.push_back(std::move(e));
      }
      continue;
    }
    PatternElement e;
    std::string err = noun(tok, &e);
    if (!err.empty()) return err;
    e.before_predicate = before;
    els.push_back(std::move(e));
  }
  if (!seen_star) return "pattern has no '*' for the verb";
  return "";
}

void DictionaryBuilder::AddPetrarchVerbs(std::string_view text, std::string_view name) {
  Dictionaries& d = *dicts_;
  auto& synsets = state_->synsets;
  LineReader lines(text);
  std::string_view line;
  bool in_xml = false;
  int block = -1;      // current verb block
  std::string synset;  // current synset key, "" when not in a synset
  bool synset_plural = true;
  auto origin = [&](int ln) { return std::string(name) + ":" + std::to_string(ln); };
  auto finish_block = [&]() {
    if (block < 0) return;
    VerbBlock& b = d.blocks_[block];
    for (uint32_t v : b.verbs) d.verbs_[v].patterns = b.patterns;
    for (uint32_t p : b.patterns)
      if (!b.verbs.empty()) d.patterns_[p].predicate = d.verbs_[b.verbs.front()].lemma;
  };
  while (lines.Next(&line)) {
    int ln = lines.line_number();
    if (!IsValidUtf8(line)) {
      AddWarning(Warn(name, ln, "invalid UTF-8 or NUL byte, line skipped"));
      continue;
    }
    std::string_view t = Trim(StripComments(line, &in_xml, false));
    if (t.empty()) {
      if (Trim(line).empty()) synset.clear();  // a blank line ends a synset, a comment does not
      continue;
    }
    if (StartsWith(t, "---")) {
      // Block header: --- NAME [CODE] ---
      synset.clear();
      finish_block();
      std::string_view body = t.substr(3);
      while (EndsWith(body, "-")) body.remove_suffix(1);
      std::string_view nm, code;
      bool has_code = false;
      if (!SplitNameCode(body, &nm, &code, &has_code) || (has_code && !ValidEventCode(code))) {
        AddWarning(Warn(name, ln, "malformed verb block header " + Quote(t) + ", block skipped"));
        block = -1;
        continue;
      }
      VerbBlock b;
      b.name = std::string(Trim(nm));
      while (!b.name.empty() && b.name.back() == '_') b.name.pop_back();
      if (has_code)
        SplitEventCode(code, &b.code, &b.reverse_code);
      else
        b.code = "---";
      b.origin = origin(ln);
      block = static_cast<int>(d.blocks_.size());
      d.blocks_.push_back(std::move(b));
      continue;
    }
    if (t.front() == '&') {
      std::string_view label = Trim(t);
      size_t sp = 0;
      while (sp < label.size() && !internal::IsSpace(label[sp])) ++sp;
      if (sp != label.size()) {
        AddWarning(Warn(name, ln, "synset label with trailing text " + Quote(t)));
        synset.clear();
        continue;
      }
      synset = SynsetKey(label);
      if (synset.empty()) {
        AddWarning(Warn(name, ln, "empty synset label"));
        continue;
      }
      synset_plural = !EndsWith(label, "_");
      synsets[synset];  // defined, possibly empty for now
      continue;
    }
    if (t.front() == '+' && !synset.empty()) {
      std::string_view phrase = Trim(t.substr(1));
      if (phrase.find_first_of("$+%^*(){}[]") != std::string_view::npos) {
        AddWarning(Warn(name, ln, "synset phrases may only contain words: " + Quote(t)));
        continue;
      }
      bool plural = synset_plural && !EndsWith(phrase, "_");
      std::string norm = NormalizePhrase(phrase, true);
      if (norm.empty()) {
        AddWarning(Warn(name, ln, "empty synset phrase"));
        continue;
      }
      auto& list = synsets[synset].phrases;
      list.push_back(norm);
      if (plural) {
        size_t sp = norm.rfind(' ');
        std::string head = sp == std::string::npos ? norm : norm.substr(sp + 1);
        std::string pl = internal::RegularPlural(head);
        list.push_back(sp == std::string::npos ? pl : norm.substr(0, sp + 1) + pl);
      }
      continue;
    }
    synset.clear();
    if (t.front() == '~') {
      // Transformation: ~ a (a b VERB) VERB = a b CODE
      std::string s(t.substr(1));
      size_t eq = s.find('=');
      std::vector<std::string> left, right;
      if (eq != std::string::npos) {
        std::string l = s.substr(0, eq);
        for (char& c : l)
          if (c == '(' || c == ')') c = ' ';
        for (std::string_view w : SplitWords(l, false)) left.emplace_back(w);
        for (std::string_view w : SplitWords(std::string_view(s).substr(eq + 1), false))
          right.emplace_back(w);
      }
      if (left.size() != 5 || right.size() != 3) {
        AddWarning(Warn(name, ln, "malformed transformation " + Quote(t)));
        continue;
      }
      VerbTransformation tr{left[0],  left[1],  left[2],  left[3],   left[4],
                            right[0], right[1], right[2], origin(ln)};
      d.transformations_.push_back(std::move(tr));
      continue;
    }
    // A pattern line starts with "- ". One line of the validation verbs
    // ("* (TO QUESTION) [110]" under BEGIN) lost its dash; a verb line can
    // never start with '*', so a line led by the verb marker is read as the
    // pattern it plainly is. (PETRARCH2's reader files such a line under
    // its synonyms as the words "*", "(TO" and "QUESTION)", which no
    // sentence word can match: the pattern is simply lost there.)
    bool dashless_pattern = t.front() == '*' && t.size() > 1 && internal::IsSpace(t[1]);
    if (t.front() == '-' || dashless_pattern) {
      if (block < 0) {
        AddWarning(Warn(name, ln, "pattern outside a verb block, skipped"));
        continue;
      }
      std::string_view body = dashless_pattern ? t : t.substr(1);
      size_t open = body.rfind('[');
      size_t close = open == std::string_view::npos ? open : body.find(']', open);
      if (open == std::string_view::npos || close == std::string_view::npos) {
        AddWarning(Warn(name, ln, "pattern without a [code]: " + Quote(t)));
        continue;
      }
      std::string_view code = body.substr(open + 1, close - open - 1);
      if (!ValidEventCode(code)) {
        AddWarning(Warn(name, ln, "bad event code " + Quote(code) + " in pattern"));
        continue;
      }
      std::string_view pbody = body.substr(0, open);
      std::vector<PatToken> tokens;
      size_t pos = 0;
      std::string err = TokenizePattern(pbody, &pos, 0, &tokens);
      VerbPattern pat;
      if (err.empty()) err = BuildPattern(tokens, synsets, &pat);
      if (!err.empty()) {
        AddWarning(Warn(name, ln, "pattern skipped: " + err));
        continue;
      }
      SplitEventCode(code, &pat.code, &pat.reverse_code);
      pat.block = block;
      pat.predicate = internal::NormalizePhrase(d.blocks_[block].name, true);
      pat.text = std::string(Trim(pbody)) + " [" + std::string(Trim(code)) + "]";
      pat.origin = origin(ln);
      d.blocks_[block].patterns.push_back(static_cast<uint32_t>(d.patterns_.size()));
      d.patterns_.push_back(std::move(pat));
      continue;
    }
    // A verb line: [+]VERB or MULTI_+WORD, optional {FORMS}, optional [CODE].
    if (block < 0) {
      AddWarning(Warn(name, ln, "text outside a verb block or synset: " + Quote(t)));
      continue;
    }
    std::string_view head = t, forms_text, code;
    bool has_forms = false, has_code = false;
    size_t brace = t.find('{'), bracket = t.find('[');
    size_t head_end = std::min(brace, bracket);
    if (head_end != std::string_view::npos) head = Trim(t.substr(0, head_end));
    if (brace != std::string_view::npos) {
      size_t cb = t.find('}', brace);
      if (cb == std::string_view::npos) {
        AddWarning(Warn(name, ln, "missing '}' in verb forms " + Quote(t)));
        continue;
      }
      forms_text = t.substr(brace + 1, cb - brace - 1);
      has_forms = true;
    }
    if (bracket != std::string_view::npos) {
      size_t cb = t.find(']', bracket);
      if (cb == std::string_view::npos ||
          !ValidEventCode(t.substr(bracket + 1, cb - bracket - 1))) {
        AddWarning(Warn(name, ln, "bad verb code in " + Quote(t)));
        continue;
      }
      code = t.substr(bracket + 1, cb - bracket - 1);
      has_code = true;
    }
    if (head.find_first_of("()$%^*") != std::string_view::npos) {
      AddWarning(Warn(name, ln, "malformed verb " + Quote(t)));
      continue;
    }
    std::vector<std::string_view> parts = SplitWords(head, true);
    if (parts.empty()) {
      AddWarning(Warn(name, ln, "empty verb"));
      continue;
    }
    int verb_at = -1;
    for (size_t i = 0; i < parts.size(); ++i)
      if (parts[i][0] == '+') {
        if (verb_at >= 0)
          verb_at = -2;
        else
          verb_at = static_cast<int>(i);
      }
    if (verb_at == -2) {
      AddWarning(Warn(name, ln, "more than one '+' in verb " + Quote(head)));
      continue;
    }
    if (verb_at < 0) verb_at = 0;
    Verb v;
    for (size_t i = 0; i < parts.size(); ++i) {
      std::string_view p = parts[i];
      if (p[0] == '+') p.remove_prefix(1);
      std::string w = NormalizeWord(p);
      if (w.empty()) continue;
      if (static_cast<int>(i) < verb_at)
        v.before.push_back(w);
      else if (static_cast<int>(i) == verb_at)
        v.lemma = w;
      else
        v.after.push_back(w);
    }
    if (v.lemma.empty()) {
      AddWarning(Warn(name, ln, "verb without a verb word " + Quote(head)));
      continue;
    }
    v.forms.push_back(v.lemma);
    if (has_forms) {
      for (std::string_view f : SplitWords(forms_text, false)) {
        std::vector<std::string_view> fp = SplitWords(f, true);
        std::string_view word;
        for (std::string_view x : fp)
          if (x[0] == '+') word = x.substr(1);
        if (word.empty() && !fp.empty())
          word = fp.size() == parts.size() ? fp[verb_at]
                                           : fp[std::min<size_t>(verb_at, fp.size() - 1)];
        if (!word.empty()) v.forms.push_back(NormalizeWord(word));
      }
    } else {
      for (std::string& f : internal::RegularVerbForms(v.lemma)) v.forms.push_back(std::move(f));
    }
    if (has_code) {
      SplitEventCode(code, &v.default_code, &v.default_reverse_code);
    } else {
      v.default_code = d.blocks_[block].code;
      v.default_reverse_code = d.blocks_[block].reverse_code;
    }
    v.block = block;
    v.origin = origin(ln);
    d.blocks_[block].verbs.push_back(static_cast<uint32_t>(d.verbs_.size()));
    d.verbs_.push_back(std::move(v));
  }
  finish_block();
  if (in_xml)
    AddWarning(Warn(name, lines.line_number(), "unterminated <!-- comment at end of file"));
}

// ---------------------------------------------------------------------------
// Agents

namespace {

// The entry lines of a PETRARCH agents, discards or issues file: comments
// (including multi-line <!-- -->) and blank lines are passed over, and lines
// with invalid UTF-8 are reported and skipped.
class PetrarchEntryLines {
 public:
  PetrarchEntryLines(std::string_view text, std::string_view name,
                     std::function<void(std::string)> warn)
      : lines_(text), name_(name), warn_(std::move(warn)) {}

  // Sets the next raw line, its entry (comments stripped, trimmed) and its
  // line number; false at the end.
  bool Next(int* line_number, std::string_view* line, std::string_view* entry) {
    while (lines_.Next(line)) {
      *line_number = lines_.line_number();
      if (!IsValidUtf8(*line)) {
        warn_(Warn(name_, *line_number, "invalid UTF-8 or NUL byte, line skipped"));
        continue;
      }
      *entry = Trim(StripComments(*line, &in_xml_, false));
      if (!entry->empty()) return true;
    }
    return false;
  }

  // Warns when the file ended inside a <!-- comment.
  void Finish() {
    if (in_xml_)
      warn_(Warn(name_, lines_.line_number(), "unterminated <!-- comment at end of file"));
  }

 private:
  LineReader lines_;
  std::string_view name_;
  std::function<void(std::string)> warn_;
  bool in_xml_ = false;
};

}  // namespace

void DictionaryBuilder::AddPetrarchAgents(std::string_view text, std::string_view name) {
  std::unordered_map<std::string, std::vector<std::string>> subst;  // "PERSON" -> {"man", ...}
  PetrarchEntryLines lines(text, name, [this](std::string w) { AddWarning(std::move(w)); });
  int ln = 0;
  std::string_view line, t;
  while (lines.Next(&ln, &line, &t)) {
    if (t.front() == '!' && t.find('=') != std::string_view::npos &&
        t.find('[') == std::string_view::npos) {
      // Substitution set: !PERSON! = MAN, MEN, ...
      size_t eq = t.find('=');
      std::string_view marker = Trim(t.substr(0, eq));
      if (marker.size() < 3 || marker.back() != '!' ||
          marker.substr(1, marker.size() - 2).find('!') != std::string_view::npos) {
        AddWarning(Warn(name, ln, "malformed substitution set " + Quote(t)));
        continue;
      }
      std::vector<std::string> items;
      for (std::string_view it : internal::SplitTrim(t.substr(eq + 1), ',')) {
        std::string w;
        for (char c : it)
          if (!internal::IsSpace(c)) w += c;
        if (!w.empty()) items.push_back(w);
      }
      if (items.empty()) {
        AddWarning(Warn(name, ln, "empty substitution set " + Quote(t)));
        continue;
      }
      subst[internal::ToUpperAscii(marker.substr(1, marker.size() - 2))] = std::move(items);
      continue;
    }
    std::string_view phrase, code;
    bool has_code = false;
    if (!SplitNameCode(t, &phrase, &code, &has_code) || !has_code) {
      AddWarning(Warn(name, ln, "agent without a [~CODE]: " + Quote(t)));
      continue;
    }
    std::string_view plurals_text;
    bool has_plurals = false;
    size_t brace = phrase.find('{');
    if (brace != std::string_view::npos) {
      size_t cb = phrase.find('}', brace);
      if (cb == std::string_view::npos) {
        AddWarning(Warn(name, ln, "missing '}' in agent plural " + Quote(t)));
        continue;
      }
      plurals_text = phrase.substr(brace + 1, cb - brace - 1);
      has_plurals = true;
      phrase = Trim(phrase.substr(0, brace));
    }
    std::string c(Trim(code));
    c.erase(std::remove_if(c.begin(), c.end(), [](char ch) { return internal::IsSpace(ch); }),
            c.end());
    Agent a;
    if (!c.empty() && c.front() == '~') {
      a.code = c.substr(1);
    } else if (!c.empty() && c.back() == '~') {
      a.code = c.substr(0, c.size() - 1);
      a.prefix = true;
    } else {
      a.code = c;
    }
    if (!ValidCode(a.code) || a.code.find('~') != std::string::npos) {
      AddWarning(Warn(name, ln, "bad agent code " + Quote(code)));
      continue;
    }
    a.code = internal::ToUpperAscii(a.code);
    // Expand !MARKER! substitutions (no plurals are formed for them).
    std::vector<std::string> variants{std::string(phrase)};
    bool substituted = false, bad = false;
    while (!bad) {
      bool changed = false;
      std::vector<std::string> next;
      for (const std::string& v : variants) {
        size_t b = v.find('!');
        if (b == std::string::npos) {
          next.push_back(v);
          continue;
        }
        size_t e = v.find('!', b + 1);
        if (e == std::string::npos) {
          AddWarning(Warn(name, ln, "unbalanced '!' in agent " + Quote(v)));
          bad = true;
          break;
        }
        auto it = subst.find(internal::ToUpperAscii(v.substr(b + 1, e - b - 1)));
        if (it == subst.end()) {
          AddWarning(
              Warn(name, ln, "undefined substitution marker " + Quote(v.substr(b, e - b + 1))));
          bad = true;
          break;
        }
        for (const std::string& item : it->second)
          next.push_back(v.substr(0, b) + item + v.substr(e + 1));
        changed = substituted = true;
      }
      if (bad) break;
      variants.swap(next);
      if (!changed) break;
      if (variants.size() > 1000) {
        AddWarning(Warn(name, ln, "too many substitution expansions"));
        bad = true;
      }
    }
    if (bad) continue;
    for (const std::string& v : variants) {
      std::string norm = NormalizePhrase(v, true);
      if (norm.empty()) continue;
      a.names.push_back(norm);
      if (substituted) continue;
      if (has_plurals) {
        for (std::string_view p : SplitWords(plurals_text, false)) {
          std::string pn = NormalizePhrase(p, true);
          if (!pn.empty()) a.names.push_back(pn);
        }
      } else {
        size_t sp = norm.rfind(' ');
        std::string head = sp == std::string::npos ? norm : norm.substr(sp + 1);
        std::string pl = internal::RegularPlural(head);
        a.names.push_back(sp == std::string::npos ? pl : norm.substr(0, sp + 1) + pl);
      }
    }
    if (a.names.empty()) {
      AddWarning(Warn(name, ln, "agent without a phrase: " + Quote(t)));
      continue;
    }
    std::string_view shown = Trim(phrase);
    while (!shown.empty() && shown.back() == '_') shown.remove_suffix(1);
    a.name = std::string(shown);
    a.origin = std::string(name) + ":" + std::to_string(ln);
    dicts_->agents_.push_back(std::move(a));
  }
  lines.Finish();
}

// ---------------------------------------------------------------------------
// Discards

void DictionaryBuilder::AddPetrarchDiscards(std::string_view text, std::string_view name) {
  PetrarchEntryLines lines(text, name, [this](std::string w) { AddWarning(std::move(w)); });
  int ln = 0;
  std::string_view line, t;
  while (lines.Next(&ln, &line, &t)) {
    Discard d;
    if (t.front() == '+') {
      d.scope = Discard::Scope::kStory;
      t = Trim(t.substr(1));
    }
    d.stem = !EndsWith(t, "_");
    d.phrase = NormalizePhrase(t, true);
    if (d.phrase.empty() || t.find_first_of("[]{}") != std::string_view::npos) {
      AddWarning(Warn(name, ln, "malformed discard phrase " + Quote(line)));
      continue;
    }
    d.origin = std::string(name) + ":" + std::to_string(ln);
    dicts_->discards_.push_back(std::move(d));
  }
  lines.Finish();
}

// ---------------------------------------------------------------------------
// Issues

void DictionaryBuilder::AddPetrarchIssues(std::string_view text, std::string_view name) {
  PetrarchEntryLines lines(text, name, [this](std::string w) { AddWarning(std::move(w)); });
  int ln = 0;
  std::string_view line, t;
  while (lines.Next(&ln, &line, &t)) {
    if (StartsWith(t, "<ISSUE") || StartsWith(t, "</ISSUE")) {
      if (t.back() != '>') AddWarning(Warn(name, ln, "malformed ISSUE tag " + Quote(t)));
      continue;
    }
    bool ignore = false;
    if (t.front() == '~') {
      ignore = true;
      while (!t.empty() && t.front() == '~') t.remove_prefix(1);
    }
    std::string_view phrase, code;
    bool has_code = false;
    if (!SplitNameCode(t, &phrase, &code, &has_code)) {
      AddWarning(Warn(name, ln, "missing ']' in issue " + Quote(t)));
      continue;
    }
    if (!ignore && (!has_code || !ValidCode(Trim(code)))) {
      AddWarning(Warn(name, ln, "issue phrase without a [CODE]: " + Quote(t)));
      continue;
    }
    // Expand n:, v: and '+' word by word into all combinations.
    std::vector<std::string> acc{""};
    bool bad = false;
    for (std::string_view w : SplitWords(phrase, false)) {
      std::vector<std::string> opts;
      std::string_view base = w;
      int kind = 0;  // 0 plain, 1 noun, 2 verb
      if (StartsWith(w, "n:"))
        kind = 1, base = w.substr(2);
      else if (StartsWith(w, "v:"))
        kind = 2, base = w.substr(2);
      if (base.empty()) {
        bad = true;
        break;
      }
      std::vector<std::string> bases;
      if (base.find('+') != std::string_view::npos && base != "+") {
        std::string spaced(base), hyph(base);
        std::replace(spaced.begin(), spaced.end(), '+', ' ');
        std::replace(hyph.begin(), hyph.end(), '+', '-');
        bases = {spaced, hyph};
      } else {
        bases = {std::string(base)};
      }
      for (const std::string& b : bases) {
        std::string nb = NormalizePhrase(b, true);
        if (nb.empty()) continue;
        opts.push_back(nb);
        if (kind == 1) opts.push_back(internal::RegularPlural(nb));
        if (kind == 2)
          for (std::string& f : internal::RegularVerbForms(nb)) opts.push_back(std::move(f));
      }
      std::vector<std::string> next;
      for (const std::string& a : acc)
        for (const std::string& o : opts) next.push_back(a.empty() ? o : a + " " + o);
      acc.swap(next);
      if (acc.size() > 256) {
        bad = true;
        break;
      }
    }
    if (bad || acc.empty() || acc[0].empty()) {
      AddWarning(Warn(name, ln, "malformed issue phrase " + Quote(t)));
      continue;
    }
    for (std::string& p : acc) {
      Issue is;
      is.phrase = std::move(p);
      is.code = ignore ? "" : std::string(Trim(code));
      is.ignore = ignore;
      is.origin = std::string(name) + ":" + std::to_string(ln);
      dicts_->issues_.push_back(std::move(is));
    }
  }
  lines.Finish();
}

}  // namespace parley::dict
