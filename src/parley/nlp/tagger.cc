#include "parley/nlp/tagger.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <functional>
#include <map>
#include <cstdlib>
#include <memory>
#include <new>
#include <set>

#include "parley/nlp/hash.h"

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace parley::nlp {

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

namespace {

constexpr int kMaxTaggerFeatures = 64;
constexpr uint64_t kNone = 0x51ed270b27a1b5c3ULL;
constexpr uint64_t kStart = 0x2545f4914f6cdd1dULL;

// Collapsed word shape: "Obama" -> "Xx", "U.S." -> "X.X.", "1,200" -> "d,d".
std::string word_shape(std::string_view s) {
  std::string out;
  char last = 0;
  for (unsigned char c : s) {
    char k;
    if (c >= 'A' && c <= 'Z')
      k = 'X';
    else if (c >= 'a' && c <= 'z')
      k = 'x';
    else if (c >= '0' && c <= '9')
      k = 'd';
    else if (c >= 0x80)
      k = 'u';
    else
      k = static_cast<char>(c);
    if (k != last) out.push_back(k);
    last = k;
    if (out.size() >= 8) break;
  }
  return out;
}

// Prefix or suffix of n bytes, never cutting a UTF-8 sequence start... close
// enough for hashing: we simply take bytes.
uint64_t affix(std::string_view s, size_t n, bool suffix, uint32_t salt) {
  if (s.size() < n) return hash_combine(salt, 0xdead);
  return hash_combine(salt, hash_string(suffix ? s.substr(s.size() - n) : s.substr(0, n)));
}

}  // namespace

struct Tagger::WordInfo {
  uint64_t form, lower, shape, amb, form_amb;
  uint64_t pre[3], suf[4];
  uint64_t flags;
};

int Tagger::tag_id(std::string_view tag) const {
  for (size_t i = 0; i < tags_.size(); ++i)
    if (tags_[i] == tag) return static_cast<int>(i);
  return -1;
}

void Tagger::word_info(std::string_view f, bool first, WordInfo* w) const {
  std::string lower = ascii_lower(f);
  w->form = hash_string(f);
  w->lower = hash_string(lower);
  w->shape = hash_string(word_shape(f));
  const uint64_t* amb = ambiguity_.find(w->lower);
  w->amb = amb ? *amb : kNone;
  amb = ambiguity_.find(hash_combine(w->form, 0xCA5E));
  w->form_amb = amb ? *amb : kNone;
  for (int k = 0; k < 3; ++k) w->pre[k] = affix(lower, k + 1, false, 100 + k);
  for (int k = 0; k < 4; ++k) w->suf[k] = affix(lower, k + 1, true, 200 + k);
  bool has_digit = false, has_hyphen = false, has_upper = false;
  for (char c : f) {
    if (c >= '0' && c <= '9') has_digit = true;
    if (c == '-') has_hyphen = true;
    if (c >= 'A' && c <= 'Z') has_upper = true;
  }
  w->flags = (has_digit ? 1 : 0) | (has_hyphen ? 2 : 0) | (has_upper ? 4 : 0) | (first ? 8 : 0) |
             (std::min<size_t>(f.size(), 12) << 4);
}

void Tagger::prepare(const std::vector<std::string_view>& forms,
                     std::vector<WordInfo>* info) const {
  info->resize(forms.size());
  for (size_t i = 0; i < forms.size(); ++i) word_info(forms[i], i == 0, &(*info)[i]);
}

int Tagger::features(const std::vector<WordInfo>& info, int i, int prev1, int prev2,
                     const int* right, uint64_t* out) {
  const int n = static_cast<int>(info.size());
  auto at = [&](int j) -> const WordInfo* { return j >= 0 && j < n ? &info[j] : nullptr; };
  const WordInfo& w = info[i];
  const WordInfo* m1 = at(i - 1);
  const WordInfo* m2 = at(i - 2);
  const WordInfo* p1 = at(i + 1);
  const WordInfo* p2 = at(i + 2);
  auto lower = [](const WordInfo* x) { return x ? x->lower : kStart; };
  auto amb = [](const WordInfo* x) { return x ? x->amb : kStart; };
  auto shape = [](const WordInfo* x) { return x ? x->shape : kStart; };
  auto suf3 = [](const WordInfo* x) { return x ? x->suf[2] : kStart; };
  uint64_t t1 = static_cast<uint64_t>(prev1 + 2), t2 = static_cast<uint64_t>(prev2 + 2);
  int k = 0;
  out[k++] = feature_key(0, 1);
  out[k++] = feature_key(1, w.form);
  out[k++] = feature_key(2, w.lower);
  for (int j = 0; j < 4; ++j) out[k++] = feature_key(3 + j, w.suf[j]);
  for (int j = 0; j < 3; ++j) out[k++] = feature_key(7 + j, w.pre[j]);
  out[k++] = feature_key(10, w.shape);
  out[k++] = feature_key(11, t1);
  out[k++] = feature_key(12, t2);
  out[k++] = feature_key(13, t1, t2);
  out[k++] = feature_key(14, t1, w.lower);
  out[k++] = feature_key(15, lower(m1));
  out[k++] = feature_key(16, lower(m2));
  out[k++] = feature_key(17, lower(p1));
  out[k++] = feature_key(18, lower(p2));
  out[k++] = feature_key(19, suf3(m1));
  out[k++] = feature_key(20, suf3(p1));
  out[k++] = feature_key(21, w.amb);
  out[k++] = feature_key(22, amb(p1));
  out[k++] = feature_key(23, amb(p2));
  out[k++] = feature_key(24, shape(p1));
  out[k++] = feature_key(25, shape(m1));
  out[k++] = feature_key(26, w.lower, lower(p1));
  out[k++] = feature_key(27, lower(m1), w.lower);
  out[k++] = feature_key(28, t1, amb(p1));
  out[k++] = feature_key(29, w.amb, amb(p1));
  out[k++] = feature_key(30, w.flags);
  out[k++] = feature_key(31, t1, w.suf[2]);
  out[k++] = feature_key(32, t1, w.amb);
  out[k++] = feature_key(33, w.amb, amb(p1), amb(p2));
  out[k++] = feature_key(34, t1, t2, w.amb);
  out[k++] = feature_key(35, w.lower, amb(p1));
  out[k++] = feature_key(36, t1, w.shape);
  out[k++] = feature_key(37, w.suf[1], amb(p1));
  out[k++] = feature_key(38, w.form_amb);
  out[k++] = feature_key(39, p1 ? p1->form_amb : kStart);
  out[k++] = feature_key(40, t1, w.flags & 15, w.shape);
  out[k++] = feature_key(41, w.flags & 15, w.suf[2]);
  out[k++] = feature_key(42, w.form_amb, t1);
  if (right != nullptr) {
    // Second pass: the first pass's tags of the next two words.
    uint64_t r1 = i + 1 < n ? static_cast<uint64_t>(right[i + 1] + 2) : 1;
    uint64_t r2 = i + 2 < n ? static_cast<uint64_t>(right[i + 2] + 2) : 1;
    uint64_t r0 = static_cast<uint64_t>(right[i] + 2);
    out[k++] = feature_key(50, r1);
    out[k++] = feature_key(51, r1, r2);
    out[k++] = feature_key(52, t1, r1);
    out[k++] = feature_key(53, w.lower, r1);
    out[k++] = feature_key(54, w.amb, r1);
    out[k++] = feature_key(55, w.suf[2], r1);
    out[k++] = feature_key(56, r0);
    out[k++] = feature_key(57, r0, w.amb);
    out[k++] = feature_key(58, t1, r0, r1);
    out[k++] = feature_key(59, w.shape, r1);
  }
  return k;
}

namespace {

// Roles of a word in the features of word i: itself, i-1, i-2, i+1, i+2.
enum Role { kSelf, kLeft1, kLeft2, kRight1, kRight2, kNumRoles };

}  // namespace

int Tagger::own_features(const WordInfo& w, uint64_t* out) {
  int k = 0;
  out[k++] = feature_key(0, 1);
  out[k++] = feature_key(1, w.form);
  out[k++] = feature_key(2, w.lower);
  for (int j = 0; j < 4; ++j) out[k++] = feature_key(3 + j, w.suf[j]);
  for (int j = 0; j < 3; ++j) out[k++] = feature_key(7 + j, w.pre[j]);
  out[k++] = feature_key(10, w.shape);
  out[k++] = feature_key(21, w.amb);
  out[k++] = feature_key(30, w.flags);
  out[k++] = feature_key(38, w.form_amb);
  out[k++] = feature_key(41, w.flags & 15, w.suf[2]);
  return k;
}

int Tagger::neighbour_features(int role, const WordInfo* x, uint64_t* out) {
  const uint64_t lower = x ? x->lower : kStart, suf3 = x ? x->suf[2] : kStart;
  const uint64_t amb = x ? x->amb : kStart, shape = x ? x->shape : kStart;
  int k = 0;
  switch (role) {
    case kLeft1:
      out[k++] = feature_key(15, lower);
      out[k++] = feature_key(19, suf3);
      out[k++] = feature_key(25, shape);
      break;
    case kLeft2:
      out[k++] = feature_key(16, lower);
      break;
    case kRight1:
      out[k++] = feature_key(17, lower);
      out[k++] = feature_key(20, suf3);
      out[k++] = feature_key(22, amb);
      out[k++] = feature_key(24, shape);
      out[k++] = feature_key(39, x ? x->form_amb : kStart);
      break;
    case kRight2:
      out[k++] = feature_key(18, lower);
      out[k++] = feature_key(23, amb);
      break;
  }
  return k;
}

int Tagger::context_features(const std::vector<WordInfo>& info, int i, int prev1, int prev2,
                             const int* right, uint64_t* out) {
  const int n = static_cast<int>(info.size());
  auto at = [&](int j) -> const WordInfo* { return j >= 0 && j < n ? &info[j] : nullptr; };
  const WordInfo& w = info[i];
  const WordInfo* m1 = at(i - 1);
  const WordInfo* p1 = at(i + 1);
  const WordInfo* p2 = at(i + 2);
  auto lower = [](const WordInfo* x) { return x ? x->lower : kStart; };
  auto amb = [](const WordInfo* x) { return x ? x->amb : kStart; };
  uint64_t t1 = static_cast<uint64_t>(prev1 + 2), t2 = static_cast<uint64_t>(prev2 + 2);
  int k = 0;
  out[k++] = feature_key(11, t1);
  out[k++] = feature_key(12, t2);
  out[k++] = feature_key(13, t1, t2);
  out[k++] = feature_key(14, t1, w.lower);
  out[k++] = feature_key(26, w.lower, lower(p1));
  out[k++] = feature_key(27, lower(m1), w.lower);
  out[k++] = feature_key(28, t1, amb(p1));
  out[k++] = feature_key(29, w.amb, amb(p1));
  out[k++] = feature_key(31, t1, w.suf[2]);
  out[k++] = feature_key(32, t1, w.amb);
  out[k++] = feature_key(33, w.amb, amb(p1), amb(p2));
  out[k++] = feature_key(34, t1, t2, w.amb);
  out[k++] = feature_key(35, w.lower, amb(p1));
  out[k++] = feature_key(36, t1, w.shape);
  out[k++] = feature_key(37, w.suf[1], amb(p1));
  out[k++] = feature_key(40, t1, w.flags & 15, w.shape);
  out[k++] = feature_key(42, w.form_amb, t1);
  if (right != nullptr) {
    uint64_t r1 = i + 1 < n ? static_cast<uint64_t>(right[i + 1] + 2) : 1;
    uint64_t r2 = i + 2 < n ? static_cast<uint64_t>(right[i + 2] + 2) : 1;
    uint64_t r0 = static_cast<uint64_t>(right[i] + 2);
    out[k++] = feature_key(50, r1);
    out[k++] = feature_key(51, r1, r2);
    out[k++] = feature_key(52, t1, r1);
    out[k++] = feature_key(53, w.lower, r1);
    out[k++] = feature_key(54, w.amb, r1);
    out[k++] = feature_key(55, w.suf[2], r1);
    out[k++] = feature_key(56, r0);
    out[k++] = feature_key(57, r0, w.amb);
    out[k++] = feature_key(58, t1, r0, r1);
    out[k++] = feature_key(59, w.shape, r1);
  }
  return k;
}

// Roles whose rows FormCache keeps (the others' features are few and
// looked up each time), and the row of each role (-1: none).
constexpr bool kCachedRole[kNumRoles] = {true, true, false, true, false};
constexpr int kRoleRow[kNumRoles] = {0, 1, -1, 2, -1};
constexpr int kCachedRoles = 3;

// A per-thread, direct-mapped cache of what depends on a word form alone:
// its WordInfo and, for each pass, the summed weights of its own features
// and of its features as the word before or after (kCachedRole), in the
// int32 sums of LinearModel::add_sums(). Sums are exact, so the tags are
// those of looking the features up one by one; a frequent word costs a few
// rows in cache instead of some 20 lookups in tables of many MB per pass.
// Entries are keyed by the form and whether it starts the sentence (the
// flags feature says so), checked byte for byte.
// Uninitialized storage for the rows of FormCache, in huge pages where
// the system gives them on request (Linux): the rows are a few MB, touched
// at random as words come, and one page fault per 4 KB page costs more than
// the tagging of the words that fill it.
struct FreeRows {
  void operator()(int32_t* p) const { std::free(p); }
};
using RowsPtr = std::unique_ptr<int32_t[], FreeRows>;
RowsPtr allocate_rows(size_t n) {
  constexpr size_t kHuge = size_t{2} << 20;
  const size_t bytes = (n * sizeof(int32_t) + kHuge - 1) / kHuge * kHuge;
  void* p = std::aligned_alloc(kHuge, bytes);
  if (p == nullptr) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
  madvise(p, bytes, MADV_HUGEPAGE);  // a hint: without huge pages, ordinary ones
#endif
  return RowsPtr(static_cast<int32_t*>(p));
}

struct Tagger::FormCache {
  static constexpr size_t kEntries = 4096;  // a power of 2
  static constexpr size_t kMaxForm = 32;    // longer forms are not cached
  static constexpr int kRows = 2 * kCachedRoles;
  struct Entry {
    WordInfo info;
    uint64_t hash;
    uint32_t stamp;  // the last sentence that used the entry
    uint8_t used, first, len;
    char text[kMaxForm];
  };
  uint64_t tagger_id = 0;
  uint32_t padded = 0;
  uint32_t stamp = 0;
  std::vector<Entry> entries;
  // kEntries x kRows x padded, left uninitialized: a row is read only
  // after its entry is filled, so pages of unused entries are never touched.
  RowsPtr rows;
  std::vector<int32_t> absent_rows;  // kRows x padded: the roles of no word
  int32_t* row(size_t entry, int pass, int role) {
    return &rows[(entry * kRows + static_cast<size_t>(pass * kCachedRoles + kRoleRow[role])) *
                 padded];
  }
  int32_t* absent_row(int pass, int role) {
    return &absent_rows[static_cast<size_t>(pass * kCachedRoles + kRoleRow[role]) * padded];
  }
};

void Tagger::new_cache_id() {
  static std::atomic<uint64_t> next{1};
  cache_id_ = next.fetch_add(1);
}

Tagger::FormCache& Tagger::cache() const {
  thread_local FormCache cache;
  if (cache.tagger_id == cache_id_) return cache;
  cache.tagger_id = cache_id_;
  cache.padded = model_.padded_classes();
  cache.entries.assign(FormCache::kEntries, FormCache::Entry{});
  cache.rows.reset();
  cache.rows = allocate_rows(FormCache::kEntries * FormCache::kRows * cache.padded);
  cache.absent_rows.assign(FormCache::kRows * cache.padded, 0);
  const int passes = model2_.num_classes() > 0 ? 2 : 1;
  uint64_t feats[kMaxTaggerFeatures];
  for (int pass = 0; pass < passes; ++pass) {
    const LinearModel& m = pass == 0 ? model_ : model2_;
    for (int role = kLeft1; role < kNumRoles; ++role) {
      if (!kCachedRole[role]) continue;
      const int n = neighbour_features(role, nullptr, feats);
      m.add_sums(feats, n, cache.absent_row(pass, role));
    }
  }
  return cache;
}

void Tagger::tag(const std::vector<std::string_view>& forms, std::vector<int>* tags) const {
  // Per-thread buffers: tagging allocates nothing after the first sentences.
  thread_local std::vector<WordInfo> info;
  thread_local std::vector<int> first;
  thread_local std::vector<int32_t> entry_of;  // cache entry of each word, -1: none
  const int n = static_cast<int>(forms.size());
  const int passes = model2_.num_classes() > 0 ? 2 : 1;
  FormCache& c = cache();
  ++c.stamp;
  info.resize(forms.size());
  entry_of.assign(forms.size(), -1);
  uint64_t feats[kMaxTaggerFeatures];
  for (int i = 0; i < n; ++i) {
    const std::string_view f = forms[i];
    const bool starts = i == 0;
    if (f.size() > FormCache::kMaxForm || c.padded == 0) {
      word_info(f, starts, &info[i]);
      continue;
    }
    const uint64_t h = hash_string(f);
    const size_t index = (h + starts) & (FormCache::kEntries - 1);
    FormCache::Entry& e = c.entries[index];
    if (e.used && e.hash == h && e.first == starts && e.len == f.size() &&
        std::memcmp(e.text, f.data(), f.size()) == 0) {
      info[i] = e.info;
    } else if (e.used && e.stamp == c.stamp) {
      // Taken by another word of this sentence, whose rows are in use.
      word_info(f, starts, &info[i]);
      continue;
    } else {
      word_info(f, starts, &e.info);
      e.hash = h;
      e.used = 1;
      e.first = starts;
      e.len = static_cast<uint8_t>(f.size());
      std::memcpy(e.text, f.data(), f.size());
      for (int pass = 0; pass < passes; ++pass) {
        const LinearModel& m = pass == 0 ? model_ : model2_;
        for (int role = kSelf; role < kNumRoles; ++role) {
          if (!kCachedRole[role]) continue;
          const int nf = role == kSelf ? own_features(e.info, feats)
                                       : neighbour_features(role, &e.info, feats);
          int32_t* row = c.row(index, pass, role);
          std::fill(row, row + c.padded, 0);
          m.add_sums(feats, nf, row);
        }
      }
      info[i] = e.info;
    }
    e.stamp = c.stamp;
    entry_of[i] = static_cast<int32_t>(index);
  }
  first.assign(forms.size(), 0);
  tags->assign(forms.size(), 0);
  static constexpr int kOffset[kNumRoles] = {0, -1, -2, 1, 2};
  const int32_t* rows[kNumRoles];
  for (int pass = 0; pass < passes; ++pass) {
    std::vector<int>& out = pass + 1 == passes ? *tags : first;
    const LinearModel& m = pass == 0 ? model_ : model2_;
    int p1 = -1, p2 = -1;
    for (int i = 0; i < n; ++i) {
      int nf = context_features(info, i, p1, p2, pass ? first.data() : nullptr, feats);
      int nr = 0;
      for (int role = kSelf; role < kNumRoles; ++role) {
        const int j = i + kOffset[role];
        const bool cached = kCachedRole[role] && c.padded != 0;
        if (j < 0 || j >= n) {
          if (cached)
            rows[nr++] = c.absent_row(pass, role);
          else
            nf += neighbour_features(role, nullptr, feats + nf);
        } else if (cached && entry_of[j] >= 0) {
          rows[nr++] = c.row(static_cast<size_t>(entry_of[j]), pass, role);
        } else {
          nf += role == kSelf ? own_features(info[j], feats + nf)
                              : neighbour_features(role, &info[j], feats + nf);
        }
      }
      // The argmax of the exact sums, as score() over features() would give.
      const int best = m.best_class(rows, nr, feats, nf);
      out[i] = best;
      p2 = p1;
      p1 = best;
    }
  }
}

void Tagger::train(const std::vector<std::string>& tag_names,
                   const std::vector<TaggedSentence>& sentences, int iterations,
                   std::mt19937_64* rng, const std::function<void(int)>& progress) {
  tags_ = tag_names;
  // Ambiguity classes from words seen at least twice.
  std::unordered_map<uint64_t, std::map<int, int>> seen;
  // Keys: the lower-cased form, and (form, 0xCA5E) for the exact form.
  for (const auto& s : sentences)
    for (size_t i = 0; i < s.forms.size(); ++i) {
      seen[hash_string(ascii_lower(s.forms[i]))][s.tags[i]]++;
      seen[hash_combine(hash_string(s.forms[i]), 0xCA5E)][s.tags[i]]++;
    }
  std::vector<std::pair<uint64_t, uint64_t>> amb;
  for (const auto& [word, counts] : seen) {
    int total = 0;
    for (auto& [t, c] : counts) total += c;
    if (total < 2) continue;
    uint64_t h = 0x77;
    for (auto& [t, c] : counts)
      if (c * 20 >= total) h = hash_combine(h, static_cast<uint64_t>(t));
    amb.emplace_back(word, h);
  }
  std::sort(amb.begin(), amb.end());
  ambiguity_.assign(amb);
  LinearTrainer trainer(static_cast<int>(tags_.size()));
  LinearTrainer trainer2(static_cast<int>(tags_.size()));
  std::vector<int> first;
  std::vector<size_t> order(sentences.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<WordInfo> info;
  std::vector<std::string_view> forms;
  std::vector<float> scores(tags_.size());
  uint64_t feats[kMaxTaggerFeatures];
  for (int it = 0; it < iterations; ++it) {
    deterministic_shuffle(&order, rng);
    for (size_t idx : order) {
      const TaggedSentence& s = sentences[idx];
      forms.assign(s.forms.begin(), s.forms.end());
      prepare(forms, &info);
      first.assign(forms.size(), 0);
      for (int pass = 0; pass < 2; ++pass) {
        LinearTrainer& t = pass == 0 ? trainer : trainer2;
        int p1 = -1, p2 = -1;
        for (size_t i = 0; i < forms.size(); ++i) {
          int nf =
              features(info, static_cast<int>(i), p1, p2, pass ? first.data() : nullptr, feats);
          std::fill(scores.begin(), scores.end(), 0.0f);
          t.score(feats, nf, scores.data());
          int guess =
              static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
          t.update(feats, nf, s.tags[i], guess);
          t.tick();
          if (pass == 0) first[i] = guess;
          p2 = p1;
          p1 = guess;
        }
      }
    }
    if (progress || it + 1 == iterations) {
      trainer.compile(&model_, it + 1 == iterations ? 0.01f : 0.0f);
      trainer2.compile(&model2_, it + 1 == iterations ? 0.01f : 0.0f);
      new_cache_id();
      if (progress) progress(it);
    }
  }
}

void Tagger::prune(float min_weight) {
  model_.prune(min_weight);
  if (model2_.num_classes() > 0) model2_.prune(min_weight);
  new_cache_id();
}

void Tagger::save(BinaryWriter* w) const {
  w->strings(tags_);
  w->pairs(ambiguity_.sorted_pairs());
  uint32_t passes = model2_.num_classes() > 0 ? 2 : 1;
  w->pod(passes);
  model_.save(w);
  if (passes == 2) model2_.save(w);
}

bool Tagger::load(BinaryReader* r, int format_version) {
  std::vector<std::pair<uint64_t, uint64_t>> amb;
  if (!r->strings(&tags_) || !r->pairs(&amb)) return false;
  // Version 1: one pass; version 2: two passes; from version 3 the count is stored.
  uint32_t passes = format_version == 1 ? 1 : 2;
  if (format_version >= 3 && (!r->pod(&passes) || passes < 1 || passes > 2)) return false;
  if (!model_.load(r)) return false;
  model2_ = LinearModel();
  if (passes == 2 && !model2_.load(r)) return false;
  ambiguity_.assign(amb);
  new_cache_id();
  return model_.num_classes() == static_cast<int>(tags_.size()) &&
         (passes == 1 || model2_.num_classes() == model_.num_classes()) && !tags_.empty();
}

}  // namespace parley::nlp
