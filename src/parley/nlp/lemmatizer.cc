#include "parley/nlp/lemmatizer.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstring>
#include <map>
#include <set>
#include <tuple>

#include "parley/nlp/hash.h"
#include "parley/nlp/tagger.h"
#include "parley/util/ascii.h"

namespace parley::nlp {

namespace {

constexpr size_t kMaxSuffix = 7;
// Fewest times a capitalized form is seen, never as a name, before a name tag
// on it is taken for a tagging slip ("Who", "Soon" tagged as names).
constexpr int kMinCommonForm = 10;
// Shortest word in which a swap of two letters is taken for a typing slip.
constexpr size_t kMinTransposed = 6;
// Forms seen this many times or fewer are rare.
constexpr int kMaxRareForm = 2;
// A script appending this many bytes or more and giving no known lemma
// ("vitamins" -> "vitaminute" with the script of "mins") gives way to a
// shorter suffix's.
constexpr size_t kMaxBlindAppend = 3;
// A script learned from so short a suffix is a weak guess under a name tag.
constexpr size_t kShortSuffix = 2;
// All-caps names of this many letters or more share one bucket of the
// learned casing rule.
constexpr size_t kMaxCapsBucket = 7;
// A tag keeps the form (up to case) when at least this share of its word
// types do.
constexpr double kKeepFormShare = 0.9;
// Endings of up to this many letters are looked at by the silent 'e' rule,
// which needs this many word types, and this share of them, to agree.
constexpr size_t kMaxEnding = 3;
constexpr int kMinSilentE = 5;
constexpr double kSilentEShare = 0.9;

uint64_t word_key(std::string_view s, int tag) {
  return hash_combine(hash_string(s), static_cast<uint64_t>(tag) + 1);
}
uint64_t suffix_key(std::string_view lower, size_t len, int tag) {
  return hash_combine(hash_combine(hash_string(lower.substr(lower.size() - len)), len),
                      static_cast<uint64_t>(tag) + 7);
}

// Reserved keys in form_lemma_ (see lemmatizer.h). A word key is
// hash(hash(s), tag + 1) with tag >= 0, so these never collide in practice.
uint64_t form_only_key(std::string_view form) { return hash_combine(hash_string(form), 0x0F0F1); }
uint64_t known_lemma_key(std::string_view lower) {
  return hash_combine(hash_string(lower), 0x0F0F2);
}
uint64_t common_lemma_key(std::string_view lower) {
  return hash_combine(hash_string(lower), 0x0F0F4);
}
uint64_t common_form_key(std::string_view form) { return hash_combine(hash_string(form), 0x0F0F5); }
uint64_t keep_case_key(int tag) { return hash_combine(0x0F0F3, static_cast<uint64_t>(tag) + 1); }
uint64_t tag_lemma_key(std::string_view lower, int tag) {
  return hash_combine(hash_combine(hash_string(lower), 0x0F0F6), static_cast<uint64_t>(tag) + 1);
}
uint64_t title_caps_key(int tag, size_t len) {
  return hash_combine(hash_combine(0x0F0F7, static_cast<uint64_t>(tag) + 1), len);
}
uint64_t doubling_key(uint64_t suffix_key) { return hash_combine(suffix_key, 0x0F0F9); }
uint64_t change_form_key(int tag) { return hash_combine(0x0F0FA, static_cast<uint64_t>(tag) + 1); }
uint64_t silent_e_key(std::string_view ending, int tag) {
  return hash_combine(hash_combine(hash_string(ending), 0x0F0FB), static_cast<uint64_t>(tag) + 1);
}
uint64_t rare_form_key(std::string_view form) { return hash_combine(hash_string(form), 0x0F0FC); }
uint64_t keep_form_key(int tag) { return hash_combine(0x0F0F8, static_cast<uint64_t>(tag) + 1); }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

uint64_t new_cache_id() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1);
}

// "1,100" and "12,345,678" (digit groups of three after the first): the
// treebank's lemma drops the separators ("1100").
bool is_grouped_number(std::string_view s) {
  size_t first = 0;
  while (first < s.size() && is_digit(s[first])) ++first;
  if (first == 0 || first > 3 || first == s.size()) return false;
  for (size_t i = first; i < s.size(); i += 4)
    if (s[i] != ',' || i + 4 > s.size() || !is_digit(s[i + 1]) || !is_digit(s[i + 2]) ||
        !is_digit(s[i + 3]))
      return false;
  return true;
}

bool is_all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!is_digit(c)) return false;
  return true;
}

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A word of letters only, with some lower case, in which a letter repeats
// three times or more ("sooooo", "prettty", "Hmmmm"): an elongated spelling.
bool is_elongated(std::string_view s) {
  bool lower = false, run = false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (!is_letter(s[i])) return false;
    if (s[i] >= 'a' && s[i] <= 'z') lower = true;
    if (i >= 2 && (s[i] | 0x20) == (s[i - 1] | 0x20) && (s[i] | 0x20) == (s[i - 2] | 0x20))
      run = true;
  }
  return lower && run;
}

// Lower-cases `s` and shortens every run of one letter to at most `keep`.
std::string collapse_runs(std::string_view s, size_t keep) {
  std::string out;
  size_t run = 0;
  for (char l : ascii_lower(s)) {
    run = !out.empty() && out.back() == l ? run + 1 : 1;
    if (run <= keep) out.push_back(l);
  }
  return out;
}

// Hashtags, addresses, file and group names ("#audiobooks", "a@b.com",
// "alt.animals.dolphins", "notes.doc"): no inflection to undo, whatever the
// tag ("-s" in them is no plural).
bool is_address_like(std::string_view s) {
  if (s.size() < 3) return false;
  if (s[0] == '#' && is_letter(s[1])) return true;
  for (size_t i = 1; i + 1 < s.size(); ++i)
    if ((s[i] == '.' || s[i] == '@') && is_letter(s[i - 1]) && is_letter(s[i + 1])) return true;
  return false;
}

// Two letters or more, all capitals ("STEVENS", "FBI").
bool is_all_caps(std::string_view s) {
  if (s.size() < 2) return false;
  for (char c : s)
    if (!(c >= 'A' && c <= 'Z')) return false;
  return true;
}

// "STEVENS" -> "Stevens".
std::string title_case(std::string_view s) {
  std::string out = ascii_lower(s);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 0x20);
  return out;
}

// How many bytes a script ("mode\tstrip\tappend") strips.
size_t script_strip(const std::string& script) {
  size_t t1 = script.find('\t'), t2 = script.find('\t', t1 + 1), strip = 0;
  std::from_chars(script.data() + t1 + 1, script.data() + t2, strip);
  return strip;
}

// How many bytes a script appends.
size_t script_append(const std::string& script) {
  return script.size() - script.find('\t', script.find('\t') + 1) - 1;
}

bool is_vowel(char c) { return std::string_view("aeiou").find(c) != std::string_view::npos; }

// Whether `s` ends in a doubled consonant, "ck" counted as one ("modell",
// "mimick"): its last letter may be a doubling to undo.
bool ends_in_doubled_consonant(std::string_view s) {
  if (s.size() < 2) return false;
  char last = s.back(), before = s[s.size() - 2];
  return (last == before || (before == 'c' && last == 'k')) && is_letter(last) && !is_vowel(last);
}

// Whether `script` applied to `lower` cuts the second of a doubled
// consonant ("stopped" -> "stop" cuts "ped" after "p").
bool cuts_doubling(std::string_view lower, const std::string& script) {
  size_t strip = script_strip(script);
  if (strip == 0 || strip >= lower.size()) return false;
  size_t cut = lower.size() - strip;
  char c = lower[cut];
  return c == lower[cut - 1] && c >= 'a' && c <= 'z' && !is_vowel(c);
}

// A lower-case syllable closed by one consonant ("wip", "nam", "stat"): consonants
// (no 'y'), one vowel, then one consonant other than 'w', 'x', 'y'. Before an
// ending, English doubles that consonant ("stopped") unless the word ends in
// 'e' ("wiped": "wipe").
bool is_closed_syllable(std::string_view s) {
  if (s.size() < 2) return false;
  char last = s.back(), vowel = s[s.size() - 2];
  if (!(last >= 'a' && last <= 'z') || is_vowel(last) || last == 'w' || last == 'x' ||
      last == 'y' || !is_vowel(vowel))
    return false;
  for (size_t i = 0; i + 2 < s.size(); ++i)
    if (!(s[i] >= 'a' && s[i] <= 'z') || is_vowel(s[i]) || s[i] == 'y') return false;
  return true;
}

// Whether `lower` looks like `lemma` with an ending: "exploring" of
// "explore", "dealing" of "deal" (not "recomend" of "recommend").
bool inflects(std::string_view lower, std::string_view lemma) {
  if (lemma.size() < 3 || lower.size() <= lemma.size()) return false;
  if (lemma.back() == 'e') lemma.remove_suffix(1);
  return lower.substr(0, lemma.size()) == lemma;
}

// Spellings of a script's result that the treebank may have meant: an
// undone consonant doubling ("modell" -> "model", "mimick" -> "mimic"), a
// final 'e' added ("tim" -> "time") or dropped ("potatoe" -> "potato").
// `only_e`: the added 'e' alone.
std::vector<std::string> spelling_variants(const std::string& s, bool only_e) {
  std::vector<std::string> out;
  if (s.size() < 2) return out;
  if (only_e) return {s + "e"};
  if (ends_in_doubled_consonant(s)) out.push_back(s.substr(0, s.size() - 1));
  out.push_back(s + "e");
  if (s.back() == 'e') out.push_back(s.substr(0, s.size() - 1));
  return out;
}

bool has_upper(std::string_view s) {
  for (char c : s)
    if (c >= 'A' && c <= 'Z') return true;
  return false;
}

bool has_lower(std::string_view s) {
  for (char c : s)
    if (c >= 'a' && c <= 'z') return true;
  return false;
}

// `s` lower-cased: `s` itself when it has no capitals, else a copy in *buffer.
std::string_view lowered(std::string_view s, std::string* buffer) {
  size_t i = 0;
  while (i < s.size() && !(s[i] >= 'A' && s[i] <= 'Z')) ++i;
  if (i == s.size()) return s;
  buffer->assign(s);
  for (; i < buffer->size(); ++i)
    if ((*buffer)[i] >= 'A' && (*buffer)[i] <= 'Z') (*buffer)[i] |= 0x20;
  return *buffer;
}

size_t common_prefix(std::string_view a, std::string_view b) {
  size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

// Which case mode explains form -> lemma: 0 keeps the case, 1 lower-cases,
// -1 either (the kept prefix has no capitals).
int case_mode(std::string_view form, std::string_view lemma) {
  size_t cp0 = common_prefix(form, lemma), cp1 = common_prefix(ascii_lower(form), lemma);
  return cp0 == cp1 ? -1 : cp1 > cp0 ? 1 : 0;
}

// The edit script turning `form` into `lemma`: mode 0 keeps the case, mode 1
// lower-cases first; then strip bytes from the end and append a string.
// When both modes fit, `tie_mode` (the tag's usual mode) decides, so that
// unseen capitalized words get the case their tag usually has: lower-cased
// for common nouns and verbs at the start of a sentence, kept for names.
std::string make_script(std::string_view form, std::string_view lemma, int tie_mode) {
  std::string lower = ascii_lower(form);
  int mode = case_mode(form, lemma);
  if (mode < 0) mode = tie_mode;
  size_t cp = mode ? common_prefix(lower, lemma) : common_prefix(form, lemma);
  return std::to_string(mode) + "\t" + std::to_string(form.size() - cp) + "\t" +
         std::string(lemma.substr(cp));
}

// Interns strings into a vector, returning ids.
struct Interner {
  std::vector<std::string>* strings;
  std::map<std::string, uint32_t> ids;
  uint32_t id(const std::string& s) {
    auto [it, fresh] = ids.emplace(s, static_cast<uint32_t>(strings->size()));
    if (fresh) strings->push_back(s);
    return it->second;
  }
};

// Picks, for every key, the value with the highest count (ties: lowest id).
template <typename Counts>
void pick_best(const Counts& counts, KeyTable<uint32_t>* table) {
  std::vector<std::pair<uint64_t, uint32_t>> out;
  for (const auto& [key, by_value] : counts) {
    uint32_t best = 0;
    int best_count = -1;
    for (const auto& [v, c] : by_value)
      if (c > best_count) best = v, best_count = c;
    out.emplace_back(key, best);
  }
  table->assign(out);
}

}  // namespace

uint32_t Lemmatizer::SuffixTable::lookup(std::string_view lower, int tag, uint32_t fallback) const {
  for (size_t len = std::min(kMaxSuffix, lower.size()) + 1; len-- > 0;) {
    if (const uint32_t* v = best.find(suffix_key(lower, len, tag))) return *v;
  }
  return fallback;
}

void Lemmatizer::train(const std::vector<LemmaExample>& examples) {
  lemmas_.clear();
  scripts_.clear();
  feats_.clear();
  Interner lemma_ids{&lemmas_, {}}, script_ids{&scripts_, {}}, feats_ids{&feats_, {}};
  feats_ids.id("");
  std::map<uint64_t, std::map<uint32_t, int>> form_counts, lower_counts, lower_feat_counts;
  std::map<uint64_t, std::map<uint32_t, int>> lemma_rule_counts, feat_rule_counts;
  // Of those votes, the ones where the script cuts a doubled consonant.
  std::map<uint64_t, std::map<uint32_t, int>> doubling_counts;
  std::set<std::tuple<std::string, int, std::string, std::string>> types;
  // Each tag's usual case mode, from the word types where only one fits.
  std::map<int, std::pair<int, int>> mode_votes;  // tag -> (keep, lower)
  std::map<std::string, std::map<std::string, int>> form_only_counts;
  std::set<std::string> known;   // lower-cased lemmas
  std::set<std::string> common;  // lemmas seen in lower case (not only as names)
  std::set<std::pair<std::string, int>> tag_lemmas;  // (lower-cased lemma, tag)
  // Word types of all-caps forms by (tag, length bucket): (same, title-cased).
  std::map<std::pair<int, size_t>, std::pair<int, int>> caps_votes;
  std::map<int, std::pair<int, int>> form_votes;  // tag -> (types keeping the form, all)
  std::set<std::tuple<std::string, int, std::string>> lemma_types;
  // (ending, tag) -> (word types whose lemma is the closed syllable before the
  // ending plus 'e', all word types with such a syllable there).
  std::map<std::pair<std::string, int>, std::pair<int, int>> silent_e_votes;
  for (const auto& ex : examples) {
    form_only_counts[ex.form][ex.lemma]++;
    known.insert(ascii_lower(ex.lemma));
    if (ascii_lower(ex.lemma) == ex.lemma) common.insert(ex.lemma);
    if (ex.lemma != "_") tag_lemmas.insert({ascii_lower(ex.lemma), ex.tag});
    if (lemma_types.insert({ex.form, ex.tag, ex.lemma}).second && ex.lemma != "_") {
      auto& fv = form_votes[ex.tag];
      fv.first += equals_lower(ex.lemma, ascii_lower(ex.form));
      fv.second++;
      if (is_all_caps(ex.form)) {
        auto& cv = caps_votes[{ex.tag, std::min(ex.form.size(), kMaxCapsBucket)}];
        if (ex.lemma == ex.form) cv.first++;
        if (ex.lemma == title_case(ex.form)) cv.second++;
      }
    }
    if (!types.insert({ex.form, ex.tag, ex.lemma, ex.feats}).second) continue;
    if (ex.lemma != "_") {
      std::string lower = ascii_lower(ex.form), lemma = ascii_lower(ex.lemma);
      for (size_t k = 1; k <= kMaxEnding && k < lower.size(); ++k) {
        std::string_view stem = std::string_view(lower).substr(0, lower.size() - k);
        if (!is_closed_syllable(stem) || (k == 1 && lower[stem.size()] == 'e')) continue;
        auto& votes = silent_e_votes[{lower.substr(lower.size() - k), ex.tag}];
        votes.first += lemma.size() == stem.size() + 1 && lemma.back() == 'e' &&
                       lemma.compare(0, stem.size(), stem) == 0;
        votes.second++;
      }
    }
    int mode = case_mode(ex.form, ex.lemma);
    if (mode == 0) mode_votes[ex.tag].first++;
    if (mode == 1) mode_votes[ex.tag].second++;
  }
  types.clear();
  lemma_types.clear();
  std::map<int, int> tie_mode;
  for (const auto& [tag, votes] : mode_votes) {
    tie_mode[tag] = votes.first > votes.second ? 0 : 1;
    if (votes.first > votes.second) form_counts[keep_case_key(tag)][0]++;
  }
  for (const auto& [lemma, tag] : tag_lemmas) form_counts[tag_lemma_key(lemma, tag)][0]++;
  for (const auto& [key, votes] : silent_e_votes)
    if (votes.first >= kMinSilentE && votes.first >= kSilentEShare * votes.second)
      form_counts[silent_e_key(key.first, key.second)][0]++;
  for (const auto& [key, votes] : caps_votes)
    if (votes.second > votes.first) form_counts[title_caps_key(key.first, key.second)][0]++;
  for (const auto& [tag, votes] : form_votes) {
    if (votes.first >= kKeepFormShare * votes.second) form_counts[keep_form_key(tag)][0]++;
    if (votes.first <= (1 - kKeepFormShare) * votes.second) form_counts[change_form_key(tag)][0]++;
  }
  for (const auto& [form, by_lemma] : form_only_counts) {
    int total = 0, best = 0;
    const std::string* lemma = nullptr;
    for (const auto& [l, c] : by_lemma) {
      total += c;
      if (c > best) best = c, lemma = &l;
    }
    if (best * 5 >= total * 4) form_counts[form_only_key(form)][lemma_ids.id(*lemma)]++;
    if (total <= kMaxRareForm) form_counts[rare_form_key(form)][0]++;
    bool never_a_name = true;
    for (const auto& [l, c] : by_lemma) never_a_name = never_a_name && ascii_lower(l) == l;
    if (best * 5 >= total * 4 && total >= kMinCommonForm && never_a_name &&
        ascii_lower(form) != form)
      form_counts[common_form_key(form)][lemma_ids.id(*lemma)]++;
  }
  for (const std::string& lemma : known) form_counts[known_lemma_key(lemma)][0]++;
  for (const std::string& lemma : common) form_counts[common_lemma_key(lemma)][0]++;
  for (const auto& ex : examples) {
    std::string lower = ascii_lower(ex.form);
    uint32_t lemma = lemma_ids.id(ex.lemma);
    uint32_t feats = feats_ids.id(ex.feats);
    form_counts[word_key(ex.form, ex.tag)][lemma]++;
    lower_counts[word_key(lower, ex.tag)][lemma]++;
    lower_feat_counts[word_key(lower, ex.tag)][feats]++;
    if (!types.insert({ex.form, ex.tag, ex.lemma, ex.feats}).second) continue;
    auto tm = tie_mode.find(ex.tag);
    uint32_t script =
        script_ids.id(make_script(ex.form, ex.lemma, tm == tie_mode.end() ? 1 : tm->second));
    for (size_t len = 0; len <= std::min(kMaxSuffix, lower.size()); ++len) {
      uint64_t key = suffix_key(lower, len, ex.tag);
      lemma_rule_counts[key][script]++;
      if (cuts_doubling(lower, scripts_[script])) doubling_counts[key][script]++;
      feat_rule_counts[key][feats]++;
    }
  }
  pick_best(lemma_rule_counts, &lemma_rules_.best);
  // Suffixes whose script undoes a doubling ("-ped" from "stopped" ->
  // "stop"): the script fits only words with the doubled consonant.
  for (const auto& [key, by_script] : doubling_counts) {
    const uint32_t* best = lemma_rules_.best.find(key);
    auto it = best ? by_script.find(*best) : by_script.end();
    if (it != by_script.end() && 2 * it->second > lemma_rule_counts[key][*best])
      form_counts[doubling_key(key)][0]++;
  }
  pick_best(form_counts, &form_lemma_);
  pick_best(lower_counts, &lower_lemma_);
  pick_best(lower_feat_counts, &lower_feats_);
  pick_best(feat_rule_counts, &feats_rules_.best);
  cache_id_ = new_cache_id();
}

std::string Lemmatizer::apply_script(std::string_view form, uint32_t script) const {
  if (script >= scripts_.size()) return std::string(form);
  const std::string& s = scripts_[script];
  size_t t1 = s.find('\t'), t2 = s.find('\t', t1 + 1);
  int mode = s[0] - '0';
  size_t strip = 0;
  std::from_chars(s.data() + t1 + 1, s.data() + t2, strip);
  std::string base = mode ? ascii_lower(form) : std::string(form);
  if (strip > base.size()) return base;
  // Scripts count bytes: a cut inside a UTF-8 character ("´m" with the
  // script of "'m") takes the whole character, so lemmas stay valid UTF-8.
  size_t cut = base.size() - strip;
  while (cut > 0 && cut < base.size() && (static_cast<unsigned char>(base[cut]) & 0xC0) == 0x80)
    --cut;
  base.resize(cut);
  base.append(s, t2 + 1);
  return base.empty() ? std::string(form) : base;
}

const std::string* Lemmatizer::seen_lemma(std::string_view form, int tag) const {
  if (const uint32_t* v = form_lemma_.find(word_key(form, tag))) return &lemmas_[*v];
  if (const uint32_t* v = lower_lemma_.find(word_key(ascii_lower(form), tag))) return &lemmas_[*v];
  return nullptr;
}

std::string Lemmatizer::lemma(std::string_view form, int tag) const {
  if (const uint32_t* v = form_lemma_.find(word_key(form, tag))) return lemmas_[*v];
  std::string lower = ascii_lower(form);
  if (const uint32_t* v = lower_lemma_.find(word_key(lower, tag))) {
    // "Holocaust" as a name, seen only as "holocaust": keep the case if the
    // tag usually does.
    if (lemmas_[*v] == lower && lower != form && form_lemma_.find(keep_case_key(tag)))
      return std::string(form);
    // Likewise a name in mixed case seen in another case ("Ca" seen as "CA"):
    // the treebank keeps the form. (All-caps and all-lower names are
    // normalized to the seen case: "TEHRAN", "california".)
    if (lower != form && has_lower(form) && equals_lower(lemmas_[*v], lower) &&
        form_lemma_.find(keep_case_key(tag)))
      return std::string(form);
    return lemmas_[*v];
  }
  // A capitalized word seen often in training, never as a name, but tagged
  // with a name tag here ("Who" at the start of a question): a tagging slip
  // more often than a name never seen; its usual lemma ("who"). (Rare names
  // that are also words, "Free", "Horse", are seen too seldom this way.)
  if (form_lemma_.find(keep_case_key(tag)))
    if (const uint32_t* v = form_lemma_.find(common_form_key(form))) return lemmas_[*v];
  // Digits alone are their own lemma (scripts learned from other numbers
  // would cut them: "3200" -> "200").
  if (is_all_digits(form)) return std::string(form);
  if (lower.size() >= kMinTransposed && !form_lemma_.find(keep_case_key(tag)) &&
      form_lemma_.find(form_only_key(form)) == nullptr &&
      form_lemma_.find(known_lemma_key(lower)) == nullptr) {
    // A word never seen, in which two neighbouring letters swapped give a
    // word seen with this tag: a typing slip ("lenght", "auhtority"), whose
    // lemma the treebank gives as the word meant.
    for (size_t i = 0; i + 1 < lower.size(); ++i) {
      if (lower[i] == lower[i + 1] || !is_letter(lower[i]) || !is_letter(lower[i + 1])) continue;
      // "-re" / "-er" before an ending are spellings, not slips ("centres").
      if ((lower[i] == 'r' || lower[i + 1] == 'r') && (lower[i] == 'e' || lower[i + 1] == 'e') &&
          i + 4 >= lower.size())
        continue;
      std::swap(lower[i], lower[i + 1]);  // (in place, and back)
      const uint32_t* v = lower_lemma_.find(word_key(lower, tag));
      std::swap(lower[i], lower[i + 1]);
      if (v != nullptr) return lemmas_[*v];
    }
  }
  if (is_elongated(form)) {
    // "sooooo" -> "so", "prettty" -> "pretty": the runs cut to two letters,
    // then to one, until the word is one seen with this tag or a known lemma.
    for (size_t keep : {2, 1}) {
      std::string plain = collapse_runs(form, keep);
      if (const uint32_t* v = lower_lemma_.find(word_key(plain, tag))) return lemmas_[*v];
      if (form_lemma_.find(known_lemma_key(plain))) return plain;
    }
  }
  if (is_grouped_number(form)) {
    std::string out;
    for (char c : form)
      if (c != ',') out.push_back(c);
    return out;
  }
  // Edit scripts: the one of the longest known suffix, unless a shorter
  // suffix's script gives a known lemma and it does not ("modelling": "model",
  // not "modell"). A lemma seen in lower case beats one seen only as a name
  // ("dined": "dine", not "din" from "Din").
  thread_local std::string buffer;  // lower-cased copies, without allocating each time
  auto known = [&](std::string_view s) {
    return form_lemma_.find(known_lemma_key(lowered(s, &buffer))) != nullptr;
  };
  auto common = [&](std::string_view s) {
    return form_lemma_.find(common_lemma_key(lowered(s, &buffer))) != nullptr;
  };
  // A lemma seen with this very tag beats one seen only with others: the
  // first script result (longest suffix first), or a spelling variant of
  // it, seen so wins ("cared": "care", not the noun "car"; "wiped": "wipe",
  // not "wi").
  auto tag_known = [&](std::string_view s) {
    return form_lemma_.find(tag_lemma_key(lowered(s, &buffer), tag)) != nullptr;
  };
  std::string guess, named, usual, tagged;
  bool first = true, found = false;
  size_t first_len = 0;  // of the longest suffix with a script
  uint32_t first_script = 0;
  for (size_t len = std::min(kMaxSuffix, lower.size()) + 1; len-- > 0;) {
    const uint64_t key = suffix_key(lower, len, tag);
    const uint32_t* v = lemma_rules_.best.find(key);
    if (v == nullptr || *v >= scripts_.size()) continue;
    // A script undoing a doubling on a word without one ("wiped" with the
    // script of "stopped": "wi") is no script for it: a shorter suffix's.
    if (form_lemma_.find(doubling_key(key)) && !cuts_doubling(lower, scripts_[*v])) continue;
    std::string candidate = apply_script(form, *v);
    if (len > 0 && !known(candidate) && script_append(scripts_[*v]) >= kMaxBlindAppend) continue;
    if (first) guess = candidate, first_script = *v, first_len = len;
    first = false;
    if (tag_known(candidate)) {
      tagged = candidate;
      break;
    }
    // (A script that changes nothing has no spelling to repair; a common
    // lemma only an 'e' too few: "cared" -> "car" -> "care".)
    const bool is_common = common(candidate);
    if (!equals_lower(candidate, lower))
      for (std::string& variant : spelling_variants(candidate, /*only_e=*/is_common))
        if (tag_known(variant)) {
          tagged = std::move(variant);
          break;
        }
    if (!tagged.empty()) break;
    if (is_common) {
      usual = candidate;
      break;
    }
    if (!known(candidate)) continue;
    if (named.empty()) named = candidate;
  }
  if (!tagged.empty() || !usual.empty()) {
    guess = !tagged.empty() ? tagged : usual;
    found = true;
  }
  if (first) guess = std::string(form);
  if (!found && !named.empty()) guess = named;
  // Addresses and hashtags, and short words that are themselves known
  // lemmas when the scripts give none ("km" as a plural -> "ky", "eh" ->
  // "y"), keep the form, in the case of the script. (Longer ones are mostly
  // inflected forms of an unseen verb: "settled" seen only as an adjective.)
  if (!first && !found && !equals_lower(guess, lower) &&
      (is_address_like(form) || (named.empty() && lower.size() <= 4 && common(lower))))
    return scripts_[first_script][0] == '1' ? lower : std::string(form);
  if (!first && tagged.empty() && !equals_lower(guess, lower) && !common(guess) &&
      guess.size() > 2) {
    // Spelling repairs that give a known lemma: an undone consonant doubling
    // ("modell" -> "model", "mimick" -> "mimic") or a dropped final 'e'
    // ("tim" -> "time").
    std::string shorter = guess.substr(0, guess.size() - 1);
    if (ends_in_doubled_consonant(guess) && common(shorter))
      guess = shorter;
    else if (common(guess + "e"))
      guess += "e";
    else if (guess.back() == 'e' && !known(guess) && common(shorter))
      guess = shorter;  // an 'e' too many ("potatoes" -> "potatoe" -> "potato")
  }
  if (!first && !known(guess)) {
    // A script that gives no known lemma and appends much ("Sept." ->
    // "September": "Capt." -> "Captember"), keeps less than two bytes of the
    // form ("eh" -> "y") or cuts letters after punctuation ("U.S" -> "u.",
    // "c'est" -> "c'") invents a word: keep the form, in the script's case.
    const std::string& sc = scripts_[first_script];
    size_t t2 = sc.find('\t', 2);
    size_t strip = 0;
    std::from_chars(sc.data() + 2, sc.data() + t2, strip);
    size_t stem = strip < form.size() ? form.size() - strip : 0;
    bool cut_after_punct = strip > 0 && stem > 0 && is_letter(form[stem]) &&
                           !is_letter(form[stem - 1]) && !is_digit(form[stem - 1]) &&
                           static_cast<unsigned char>(form[stem - 1]) < 0x80;
    if (sc.size() - t2 - 1 >= 4 || (strip > 0 && stem < 2) || cut_after_punct)
      guess = sc[0] == '1' ? lower : std::string(form);
  }
  // Under a name tag that keeps the form of nearly all its words ("NNP", not
  // "NNPS"), scripts that change the letters invent a name ("Jamal" ->
  // "Jama", "Gates" -> "Gate") unless they give a lemma seen with the tag
  // ("Sept" -> "September").
  // Under other name tags ("NNPS": "Americans" -> "American") too when they
  // give no known lemma ("Ecogas" -> "Ecoga", "LTS" -> "LT").
  if (!first && tagged.empty() && !equals_lower(guess, lower) &&
      form_lemma_.find(keep_case_key(tag)) &&
      (form_lemma_.find(keep_form_key(tag)) || (!known(guess) && first_len <= kShortSuffix)))
    guess = std::string(form);
  // A closed syllable before an ending after which the tag's words put back
  // a silent 'e' ("wiped", "named", "duped": "wipe", "name", "dupe"; on EWT
  // train 29 of 29 such past tenses) gets it, unless the scripts gave a lemma
  // seen with the tag.
  if (!first && tagged.empty() && lower.size() > 1 && !form_lemma_.find(keep_case_key(tag))) {
    for (size_t k = std::min(kMaxEnding, lower.size() - 1); k >= 1; --k) {
      std::string_view stem = std::string_view(lower).substr(0, lower.size() - k);
      if (is_closed_syllable(stem) && !(k == 1 && lower.back() == 'e') &&
          form_lemma_.find(silent_e_key(std::string_view(lower).substr(lower.size() - k), tag))) {
        guess = std::string(stem) + "e";
        found = true;
        break;
      }
    }
  }
  // A word seen in training under another tag, almost always with one lemma
  // ("sold" -> "sell" when tagged as a noun): trust that lemma over scripts
  // that give no lemma seen in lower case, unless they differ only in case
  // (which follows the tag). A script giving such a lemma follows the tag as
  // the treebank does ("converted", seen only as an adjective, tagged as a
  // verb is "convert"; "striking" seen only as a verb, tagged as a noun, is
  // "striking"): 5-fold on EWT train with gold tags 1346 -> 1268 errors; dev
  // with the tagger's tags 7 fixed, 5 broken ("besides" tagged as a verb).
  if (const uint32_t* v = found ? nullptr : form_lemma_.find(form_only_key(form))) {
    const std::string& seen = lemmas_[*v];
    // (Not a common noun's lemma for a name "Gates" -> "gate", nor an
    // address for a first name: "David" -> "DavidWDelainey@ECT".)
    const bool name = form_lemma_.find(keep_case_key(tag)) != nullptr;
    const bool lowers_name = name && has_upper(form) && !has_upper(seen);
    const bool address = seen.find('@') != std::string::npos && form.find('@') == form.npos;
    // (Nor the form itself under a tag that nearly always changes it, when
    // the scripts give a known lemma or the form was seen only once or twice
    // (a tagging slip is likelier on a frequent word): "exploring" seen as a
    // noun, tagged as a gerund, is "explore".)
    const bool unchanged = equals_lower(seen, lower) && form_lemma_.find(change_form_key(tag)) &&
                           guess.size() >= 3 &&
                           (known(guess) || form_lemma_.find(rare_form_key(form)));
    const bool kept = equals_lower(guess, lower) && form_lemma_.find(keep_form_key(tag)) &&
                      inflects(lower, ascii_lower(seen));
    if (ascii_lower(seen) != ascii_lower(guess) && !lowers_name && !address && !unchanged && !kept)
      return seen;
  }
  if (guess == form && is_all_caps(form) && form_lemma_.find(keep_case_key(tag)) &&
      form_lemma_.find(title_caps_key(tag, std::min(form.size(), kMaxCapsBucket))))
    return title_case(form);
  return guess;
}

bool Lemmatizer::contracted_have(std::string_view form, std::string_view next) {
  if (form.size() < 2) return false;
  std::string_view letter = form.substr(form.size() - 1);
  std::string_view apostrophe = form.substr(0, form.size() - 1);
  if (apostrophe != "'" && apostrophe != "\xE2\x80\x99") return false;
  if (!equals_lower(letter, "s") && !equals_lower(letter, "d")) return false;
  for (std::string_view participle : {"been", "got", "gotten", "had"})
    if (equals_lower(next, participle)) return true;
  return false;
}

const std::string& Lemmatizer::feats(std::string_view form, int tag) const {
  std::string lower = ascii_lower(form);
  if (const uint32_t* v = lower_feats_.find(word_key(lower, tag))) return feats_[*v];
  uint32_t id = feats_rules_.lookup(lower, tag, 0);
  return feats_[id < feats_.size() ? id : 0];
}

void Lemmatizer::annotate(std::string_view form, int tag, std::string* lemma_out,
                          std::string* feats_out) const {
  // A direct-mapped cache of (form, tag) -> (lemma, feats): most words are
  // frequent ones, whose table lookups are cache misses in tables of many
  // MB. Entries are checked byte for byte; the cache belongs to one set of
  // tables (cache_id_) at a time.
  struct Entry {
    bool used = false;
    int tag = 0;
    uint32_t feats = 0;  // index into feats_ (copies of the tables share the ids)
    uint64_t hash = 0;
    std::string form, lemma;
  };
  static constexpr size_t kEntries = 4096;  // a power of 2
  static constexpr size_t kMaxForm = 32;    // longer forms are not cached
  thread_local std::vector<Entry> cache;
  thread_local uint64_t cache_owner = 0;
  if (cache_id_ == 0 || form.size() > kMaxForm) {
    *lemma_out = lemma(form, tag);
    *feats_out = feats(form, tag);
    return;
  }
  if (cache_owner != cache_id_) {
    cache.assign(kEntries, Entry{});
    cache_owner = cache_id_;
  }
  const uint64_t h = word_key(form, tag);
  Entry& e = cache[h & (kEntries - 1)];
  if (!e.used || e.hash != h || e.tag != tag || e.form != form) {
    e.used = true;
    e.hash = h;
    e.tag = tag;
    e.form.assign(form);
    e.lemma = lemma(form, tag);
    e.feats = static_cast<uint32_t>(&feats(form, tag) - feats_.data());
  }
  *lemma_out = e.lemma;
  *feats_out = feats_[e.feats];
}

void Lemmatizer::save(BinaryWriter* w) const {
  w->pairs(form_lemma_.sorted_pairs());
  w->pairs(lower_lemma_.sorted_pairs());
  w->strings(lemmas_);
  w->strings(scripts_);
  w->pairs(lemma_rules_.best.sorted_pairs());
  w->pairs(lower_feats_.sorted_pairs());
  w->strings(feats_);
  w->pairs(feats_rules_.best.sorted_pairs());
}

bool Lemmatizer::load(BinaryReader* r) {
  std::vector<std::pair<uint64_t, uint32_t>> a, b, c, d, e;
  if (!r->pairs(&a) || !r->pairs(&b) || !r->strings(&lemmas_) || !r->strings(&scripts_) ||
      !r->pairs(&c) || !r->pairs(&d) || !r->strings(&feats_) || !r->pairs(&e))
    return false;
  for (auto* v : {&a, &b})
    for (auto& [k, x] : *v)
      if (x >= lemmas_.size()) return false;
  for (auto* v : {&d, &e})
    for (auto& [k, x] : *v)
      if (x >= feats_.size()) return false;
  for (auto& [k, x] : c)
    if (x >= scripts_.size()) return false;
  for (const auto& s : scripts_) {
    size_t t1 = s.find('\t');
    if (t1 != 1 || s.find('\t', t1 + 1) == std::string::npos) return false;
  }
  form_lemma_.assign(a);
  lower_lemma_.assign(b);
  lemma_rules_.best.assign(c);
  lower_feats_.assign(d);
  feats_rules_.best.assign(e);
  cache_id_ = new_cache_id();
  return !feats_.empty();
}

}  // namespace parley::nlp
