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
  int mode = cp1 > cp0 ? 1 : 0;
  size_t cp = mode ? cp1 : cp0;
  return std::to_string(mode) + "\t" + std::to_string(form.size() - cp) + "\t" +
         std::string(lemma.substr(cp));
}

template <typename Map>
std::vector<std::pair<uint64_t, uint32_t>> sorted_pairs(const Map& m) {
  std::vector<std::pair<uint64_t, uint32_t>> v(m.begin(), m.end());
  std::sort(v.begin(), v.end());
  return v;
}

template <typename Map>
void fill_map(const std::vector<std::pair<uint64_t, uint32_t>>& v, Map* m) {
  m->clear();
  m->reserve(v.size());
  for (auto& [k, x] : v) (*m)[k] = x;
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
void pick_best(const Counts& counts, std::unordered_map<uint64_t, uint32_t>* out) {
  out->clear();
  for (const auto& [key, by_value] : counts) {
    uint32_t best = 0;
    int best_count = -1;
    for (const auto& [v, c] : by_value)
      if (c > best_count) best = v, best_count = c;
    (*out)[key] = best;
  }
}

}  // namespace

uint32_t Lemmatizer::SuffixTable::lookup(std::string_view lower, int tag, uint32_t fallback) const {
  for (size_t len = std::min(kMaxSuffix, lower.size()) + 1; len-- > 0;) {
    auto it = best.find(suffix_key(lower, len, tag));
    if (it != best.end()) return it->second;
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
  auto it = form_lemma_.find(word_key(form, tag));
  if (it != form_lemma_.end()) return lemmas_[it->second];
  std::string lower = ascii_lower(form);
  it = lower_lemma_.find(word_key(lower, tag));
  if (it != lower_lemma_.end()) return lemmas_[it->second];
  return apply_script(form, lemma_rules_.lookup(lower, tag, UINT32_MAX));
}

const std::string& Lemmatizer::feats(std::string_view form, int tag) const {
  std::string lower = ascii_lower(form);
  auto it = lower_feats_.find(word_key(lower, tag));
  if (it != lower_feats_.end()) return feats_[it->second];
  uint32_t id = feats_rules_.lookup(lower, tag, 0);
  return feats_[id < feats_.size() ? id : 0];
}

void Lemmatizer::save(BinaryWriter* w) const {
  w->pairs(sorted_pairs(form_lemma_));
  w->pairs(sorted_pairs(lower_lemma_));
  w->strings(lemmas_);
  w->strings(scripts_);
  w->pairs(sorted_pairs(lemma_rules_.best));
  w->pairs(sorted_pairs(lower_feats_));
  w->strings(feats_);
  w->pairs(sorted_pairs(feats_rules_.best));
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
  fill_map(a, &form_lemma_);
  fill_map(b, &lower_lemma_);
  fill_map(c, &lemma_rules_.best);
  fill_map(d, &lower_feats_);
  fill_map(e, &feats_rules_.best);
  return !feats_.empty();
}

}  // namespace parley::nlp
