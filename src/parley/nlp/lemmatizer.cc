#include "parley/nlp/lemmatizer.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <tuple>

#include "parley/nlp/hash.h"
#include "parley/nlp/tagger.h"

namespace parley::nlp {

namespace {

constexpr size_t kMaxSuffix = 7;

uint64_t word_key(std::string_view s, int tag) {
  return hash_combine(hash_string(s), static_cast<uint64_t>(tag) + 1);
}
uint64_t suffix_key(std::string_view lower, size_t len, int tag) {
  return hash_combine(hash_combine(hash_string(lower.substr(lower.size() - len)), len),
                      static_cast<uint64_t>(tag) + 7);
}

size_t common_prefix(std::string_view a, std::string_view b) {
  size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

// The edit script turning `form` into `lemma`: mode 0 keeps the case, mode 1
// lower-cases first; then strip bytes from the end and append a string.
std::string make_script(std::string_view form, std::string_view lemma) {
  std::string lower = ascii_lower(form);
  size_t cp0 = common_prefix(form, lemma), cp1 = common_prefix(lower, lemma);
  int mode = cp1 >= cp0 ? 1 : 0;  // prefer lower-casing: unseen capitalized words
  // at the start of a sentence then get lower-case lemmas
  size_t cp = mode ? cp1 : cp0;
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
  for (const auto& ex : examples) {
    std::string lower = ascii_lower(ex.form);
    uint32_t lemma = lemma_ids.id(ex.lemma);
    uint32_t feats = feats_ids.id(ex.feats);
    form_counts[word_key(ex.form, ex.tag)][lemma]++;
    lower_counts[word_key(lower, ex.tag)][lemma]++;
    lower_feat_counts[word_key(lower, ex.tag)][feats]++;
    if (!types.insert({ex.form, ex.tag, ex.lemma, ex.feats}).second) continue;
    uint32_t script = script_ids.id(make_script(ex.form, ex.lemma));
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
  base.resize(base.size() - strip);
  base.append(s, t2 + 1);
  return base.empty() ? std::string(form) : base;
}

std::string Lemmatizer::lemma(std::string_view form, int tag) const {
  if (const uint32_t* v = form_lemma_.find(word_key(form, tag))) return lemmas_[*v];
  std::string lower = ascii_lower(form);
  if (const uint32_t* v = lower_lemma_.find(word_key(lower, tag))) return lemmas_[*v];
  return apply_script(form, lemma_rules_.lookup(lower, tag, UINT32_MAX));
}

const std::string& Lemmatizer::feats(std::string_view form, int tag) const {
  std::string lower = ascii_lower(form);
  if (const uint32_t* v = lower_feats_.find(word_key(lower, tag))) return feats_[*v];
  uint32_t id = feats_rules_.lookup(lower, tag, 0);
  return feats_[id < feats_.size() ? id : 0];
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
  return !feats_.empty();
}

}  // namespace parley::nlp
