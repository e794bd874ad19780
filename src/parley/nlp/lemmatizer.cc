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
  std::set<std::tuple<std::string, int, std::string, std::string>> types;
  // Each tag's usual case mode, from the word types where only one fits.
  std::map<int, std::pair<int, int>> mode_votes;  // tag -> (keep, lower)
  std::map<std::string, std::map<std::string, int>> form_only_counts;
  std::set<std::string> known;   // lower-cased lemmas
  std::set<std::string> common;  // lemmas seen in lower case (not only as names)
  for (const auto& ex : examples) {
    form_only_counts[ex.form][ex.lemma]++;
    known.insert(ascii_lower(ex.lemma));
    if (ascii_lower(ex.lemma) == ex.lemma) common.insert(ex.lemma);
    if (!types.insert({ex.form, ex.tag, ex.lemma, ex.feats}).second) continue;
    int mode = case_mode(ex.form, ex.lemma);
    if (mode == 0) mode_votes[ex.tag].first++;
    if (mode == 1) mode_votes[ex.tag].second++;
  }
  types.clear();
  std::map<int, int> tie_mode;
  for (const auto& [tag, votes] : mode_votes) {
    tie_mode[tag] = votes.first > votes.second ? 0 : 1;
    if (votes.first > votes.second) form_counts[keep_case_key(tag)][0]++;
  }
  for (const auto& [form, by_lemma] : form_only_counts) {
    int total = 0, best = 0;
    const std::string* lemma = nullptr;
    for (const auto& [l, c] : by_lemma) {
      total += c;
      if (c > best) best = c, lemma = &l;
    }
    if (best * 5 >= total * 4) form_counts[form_only_key(form)][lemma_ids.id(*lemma)]++;
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
      feat_rule_counts[key][feats]++;
    }
  }
  pick_best(form_counts, &form_lemma_);
  pick_best(lower_counts, &lower_lemma_);
  pick_best(lower_feat_counts, &lower_feats_);
  pick_best(lemma_rule_counts, &lemma_rules_.best);
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
  std::string guess, named;
  bool first = true, found = false;
  uint32_t first_script = 0;
  for (size_t len = std::min(kMaxSuffix, lower.size()) + 1; len-- > 0;) {
    const uint32_t* v = lemma_rules_.best.find(suffix_key(lower, len, tag));
    if (v == nullptr) continue;
    std::string candidate = apply_script(form, *v);
    if (first) guess = candidate, first_script = *v;
    first = false;
    if (!known(candidate)) continue;  // (every common lemma is known)
    if (common(candidate)) {
      guess = candidate;
      found = true;
      break;
    }
    if (named.empty()) named = candidate;
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
  if (!first && !equals_lower(guess, lower) && !common(guess) && guess.size() > 2) {
    // Spelling repairs that give a known lemma: an undone consonant doubling
    // ("modell" -> "model", "mimick" -> "mimic") or a dropped final 'e'
    // ("tim" -> "time").
    char last = guess.back(), before = guess[guess.size() - 2];
    std::string shorter = guess.substr(0, guess.size() - 1);
    bool doubled = (last == before || (before == 'c' && last == 'k')) && is_letter(last) &&
                   std::string_view("aeiou").find(last) == std::string_view::npos;
    if (doubled && common(shorter))
      guess = shorter;
    else if (common(guess + "e"))
      guess += "e";
    else if (last == 'e' && !known(guess) && common(shorter))
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
    if (ascii_lower(seen) != ascii_lower(guess)) return seen;
  }
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
