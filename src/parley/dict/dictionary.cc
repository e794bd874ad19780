// The compiled form of the dictionaries: word-level tries over normalized
// phrases, verb indexes, and the loaders that pick files from a directory.
#include "parley/dict/dictionary.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "parley/dict/internal.h"
#include "parley/util/flat_hash.h"
#include "parley/util/hash.h"

namespace parley::dict {

namespace fs = std::filesystem;
using internal::EndsWith;
using internal::NormalizePhrase;
using internal::SplitWords;
using internal::StartsWith;

// ---------------------------------------------------------------------------
// Codes

// Three-letter CAMEO codes that are sectors, religions or other non-country
// prefixes: an actor whose code is one of these is not a country.
static const std::unordered_set<std::string_view>& NonCountryCodes() {
  static const std::unordered_set<std::string_view> kCodes = {
      "IGO", "NGO", "NGM", "MNC", "UAF", "REB", "INS", "OPP", "PTY", "GOV", "MIL", "COP",
      "JUD", "LEG", "SPY", "CVL", "REF", "BUS", "MED", "EDU", "REL", "HLH", "ELI", "LAB",
      "AGR", "CRM", "SET", "MOD", "RAD", "HRI", "ENV", "DEV", "AMN", "IRC", "GRP", "UNO",
      "SEP", "MOV", "IMG", "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "DRZ", "HIN",
      "HSD", "ITR", "JAN", "JEW", "MOS", "NEW", "ORT", "PAG", "SHI", "SIK", "SUN", "TAO",
      "ZRO", "CTH", "CPT", "PRO", "---", "WEU", "EEC", "DPL", "HRW"};
  return kCodes;
}

// Role codes after a country code that make the actor a non-state group.
static bool IsGroupRole(std::string_view role) {
  static const std::unordered_set<std::string_view> kRoles = {
      "REB", "INS", "UAF", "OPP", "PTY", "SEP", "MOV", "NGO", "NGM", "MNC", "CRM", "RAD"};
  return kRoles.count(role) > 0;
}

bool internal::IsBareCountryLikeCode(std::string_view code) {
  if (code.size() != 3) return false;
  for (char c : code)
    if (c < 'A' || c > 'Z') return false;
  return NonCountryCodes().count(code) == 0;
}

const char* ActorKindName(ActorKind kind) {
  switch (kind) {
    case ActorKind::kCountry:
      return "country";
    case ActorKind::kIgo:
      return "igo";
    case ActorKind::kGroup:
      return "group";
    case ActorKind::kOther:
      return "other";
  }
  return "other";
}

std::string Actor::CodeAt(Date date) const {
  if (date > 0) {
    for (const DatedCode& c : codes)
      if (c.Contains(date)) return c.code;
    return default_code;
  }
  if (!default_code.empty()) return default_code;
  const DatedCode* best = nullptr;
  for (const DatedCode& c : codes)
    if (c.to == 0) best = &c;
  if (best) return best->code;
  return codes.empty() ? "" : codes.back().code;
}

std::string ApplyAgent(std::string_view actor_code, const Agent& agent) {
  std::string out;
  if (agent.prefix) {
    out = agent.code;
    out += actor_code;
  } else {
    out = actor_code;
    out += agent.code;
  }
  return out;
}

std::string DefaultDataDir() {
  if (const char* env = std::getenv("PARLEY_DATA"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path dir = exe.parent_path();
    for (int up = 0; up < 3 && !dir.empty(); ++up) {
      fs::path cand = dir / "data";
      if (fs::exists(cand / "FORMAT.md", ec) || fs::exists(cand / "cameo.tsv", ec))
        return cand.string();
      dir = dir.parent_path();
    }
  }
#ifdef PARLEY_SOURCE_DIR
  return (fs::path(PARLEY_SOURCE_DIR) / "data").string();
#else
  return "data";
#endif
}

// ---------------------------------------------------------------------------
// The compiled index

namespace {

constexpr uint32_t kNoWord = 0xFFFFFFFFu;
// Prefix of vocabulary words that hold a case-sensitive name ("\x01US").
const std::string kCaseMarker = "\x01";

bool IsLetter(unsigned char c) { return std::isalpha(c) || c >= 0x80; }

// Splits a normalized phrase the way parley's tokenizer splits text: a hyphen
// between two letters becomes its own word, and a final "'s" / "s'" (also
// with a typographic apostrophe) is split off.
std::string SplitLikeTokenizer(const std::string& phrase) {
  if (phrase.find_first_of("-'\xE2") == std::string::npos) return phrase;  // the common case
  std::string out;
  std::vector<std::string_view> words = SplitWords(phrase, false);
  for (std::string_view w : words) {
    std::string word;
    for (size_t k = 0; k < w.size(); ++k) {
      if (w[k] == '-' && k > 0 && k + 1 < w.size() && IsLetter(w[k - 1]) && IsLetter(w[k + 1])) {
        word += " - ";
      } else {
        word += w[k];
      }
    }
    std::string_view tail(word);
    std::string suffix;
    for (const char* apos : {"'s", "\xE2\x80\x99s"}) {
      std::string_view a(apos);
      if (tail.size() > a.size() && EndsWith(tail, a)) {
        suffix = std::string(a);
        break;
      }
    }
    if (suffix.empty())
      for (const char* apos : {"s'", "s\xE2\x80\x99"}) {
        std::string_view a(apos);
        if (tail.size() > a.size() && EndsWith(tail, a)) {
          suffix = std::string(a.substr(1));
          break;
        }
      }
    if (!suffix.empty()) word = word.substr(0, word.size() - suffix.size()) + " " + suffix;
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

// A trie over word ids: edges (node, word) -> child in one hash map.
struct PhraseTrie {
  U64Map edges;
  std::vector<std::vector<uint32_t>> values{1};  // per node; node 0 is the root
  // Stem phrases: (node, last word) -> values; the last word matches any
  // sentence word that starts with it.
  std::unordered_map<uint64_t, std::vector<uint32_t>> stems;
  size_t max_stem_len = 0;
  // Last words of stem phrases in an open-addressing table keyed by an FNV-1a
  // hash that StemPrefixes extends byte by byte, so testing every prefix of
  // a word costs one probe per byte instead of one string hash per prefix.
  struct StemWord {
    uint64_t hash;
    std::string word;
    uint32_t id;
  };
  std::vector<StemWord> stem_words;
  std::vector<uint32_t> stem_slots;  // 1 + index into stem_words; 0 = empty
  uint64_t stem_lengths = 0;         // bit L: some stem word has L bytes (bit 63: >= 63)

  static uint64_t LengthBit(size_t len) { return uint64_t{1} << std::min<size_t>(len, 63); }

  void AddStemWord(uint32_t id, std::string_view w) {
    for (const StemWord& x : stem_words)
      if (x.id == id) return;
    uint64_t h = fnv1a(w);
    stem_words.push_back({h, std::string(w), id});
    stem_lengths |= LengthBit(w.size());
    size_t size = 16;
    while (size < 4 * stem_words.size()) size *= 2;
    stem_slots.assign(size, 0);
    for (uint32_t i = 0; i < stem_words.size(); ++i) {
      size_t slot = stem_words[i].hash & (size - 1);
      while (stem_slots[slot] != 0) slot = (slot + 1) & (size - 1);
      stem_slots[slot] = i + 1;
    }
  }
  // Appends the ids of w's prefixes (at most max_stem_len bytes, shortest
  // first) that end a stem phrase.
  void StemPrefixes(std::string_view w, std::vector<uint32_t>* out) const {
    if (stem_slots.empty()) return;
    size_t mask = stem_slots.size() - 1;
    uint64_t h = kFnvOffset;
    for (size_t len = 1, maxlen = std::min(w.size(), max_stem_len); len <= maxlen; ++len) {
      h = fnv1a_extend(h, static_cast<unsigned char>(w[len - 1]));
      if (!(stem_lengths & LengthBit(len))) continue;
      for (size_t slot = h & mask; stem_slots[slot] != 0; slot = (slot + 1) & mask) {
        const StemWord& x = stem_words[stem_slots[slot] - 1];
        if (x.hash == h && x.word == w.substr(0, len)) {
          out->push_back(x.id);
          break;
        }
      }
    }
  }

  static uint64_t Key(uint32_t node, uint32_t word) {
    return (static_cast<uint64_t>(node) << 32) | word;
  }

  uint32_t Child(uint32_t node, uint32_t word) const { return edges.get(Key(node, word), 0); }

  void Insert(const std::vector<uint32_t>& words, uint32_t value, bool stem) {
    if (words.empty()) return;
    uint32_t node = 0;
    size_t n = stem ? words.size() - 1 : words.size();
    for (size_t i = 0; i < n; ++i) {
      auto [child, inserted] =
          edges.try_emplace(Key(node, words[i]), static_cast<uint32_t>(values.size()));
      if (inserted) values.emplace_back();
      node = child;
    }
    if (stem)
      stems[Key(node, words.back())].push_back(value);
    else
      values[node].push_back(value);
  }
};

// Pattern order: more elements first, then more literal words (a word beats
// an actor slot: "crack down on corruption" before "crack down on +").
bool MoreSpecific(const VerbPattern& a, const VerbPattern& b) {
  if (a.elements.size() != b.elements.size()) return a.elements.size() > b.elements.size();
  auto words = [](const VerbPattern& p) {
    size_t n = 0;
    for (const PatternElement& e : p.elements) n += e.kind == PatternElement::Kind::kWord;
    return n;
  };
  return words(a) > words(b);
}

struct Hit {
  uint32_t begin, end;
  const std::vector<uint32_t>* values;
};

}  // namespace

// Per sentence: every word's vocabulary ids (form, lemma, case-marked exact
// form) and, for the trie with stems, the ids of its prefixes that end a stem
// phrase (form's prefixes, shortest first, then the lemma's).
struct WordSequence::LookupIds {
  const void* index = nullptr;
  std::vector<uint32_t> form, lemma, exact;
  const void* stem_trie = nullptr;
  std::vector<uint32_t> stem_offset;  // stem ids of word i: [stem_offset[i], stem_offset[i+1])
  std::vector<uint32_t> stem_ids;
  // The discard matches (MatchDiscards and MatchActors both need them).
  bool discards_ready = false;
  std::vector<Hit> discard_hits;
};

struct Dictionaries::Index {
  StringIds vocab;
  PhraseTrie actors, agents, discards, issues;
  // Verbs by lemma and form, nominal patterns by noun: looked up for every
  // verb and noun of every sentence, so flat tables of ready pointers
  // (verbs_ and patterns_ do not change once the index is built).
  StringIds verb_words, nominal_words;
  std::vector<std::vector<const Verb*>> verbs_of_word;
  std::vector<std::vector<const VerbPattern*>> patterns_of_noun;
  std::unordered_map<std::string, std::vector<uint32_t>> actors_by_name;
  std::unordered_set<std::string> country_codes;
  // Whether any actor name is marked "=" (FindExact's second lookup).
  bool standalone_names = false;

  uint32_t Intern(std::string_view w) { return vocab.intern(w); }
  static_assert(kNoWord == StringIds::kNone, "Find() returns the vocabulary's kNone");
  uint32_t Find(std::string_view w) const { return vocab.find(w); }
  // In text written in capitals ("THIS IS NOT A SCAM", "NASA IS A WASTE")
  // "IS" and "WHO" are words, not names: no exact spellings in a sentence
  // mostly in capitals, nor between two words in capitals.
  static void DropExactInCapitals(const WordSequence& seq, std::vector<uint32_t>* exact) {
    const size_t n = seq.size();
    std::vector<char> caps(n, 0), word(n, 0);
    size_t words = 0, capital_words = 0;
    for (size_t i = 0; i < n; ++i) {
      size_t upper = 0, lower = 0;
      for (char c : seq.raw_form(i)) {
        upper += c >= 'A' && c <= 'Z';
        lower += c >= 'a' && c <= 'z';
      }
      word[i] = upper + lower >= 2;
      caps[i] = word[i] && lower == 0;
      words += word[i];
      capital_words += caps[i];
    }
    const bool capitals = words > 0 && 2 * capital_words >= words;
    for (size_t i = 0; i < n; ++i) {
      if ((*exact)[i] == kNoWord) continue;
      size_t l = i, r = i + 1;  // the nearest words either side (none: capitals)
      while (l > 0 && !word[l - 1]) --l;
      while (r < n && !word[r]) ++r;
      if (capitals || ((l == 0 || caps[l - 1]) && (r == n || caps[r]))) (*exact)[i] = kNoWord;
    }
  }
  // Id of the case-marked exact spelling `raw` (case-sensitive actor names
  // are indexed under it), for a short word not already all lower-case
  // (`normalized` is its NormalizeWord); kNoWord otherwise. *scratch holds
  // the marked word.
  // `standalone`: the token is not followed by a capitalized word, so a
  // name marked "=" in the file ("=West") may match it too ("the West",
  // not "West Darfur").
  uint32_t FindExact(std::string_view raw, std::string_view normalized, bool standalone,
                     std::string* scratch) const {
    if (raw.size() > 8 || raw == normalized) return kNoWord;
    scratch->assign(kCaseMarker);
    scratch->append(raw);
    uint32_t id = Find(*scratch);
    if (id != kNoWord || !standalone || !standalone_names) return id;
    scratch->assign(kCaseMarker);
    scratch->push_back('=');
    scratch->append(raw);
    return Find(*scratch);
  }
  static bool Capitalized(std::string_view raw) {
    return !raw.empty() && raw[0] >= 'A' && raw[0] <= 'Z';
  }
  std::vector<uint32_t> InternPhrase(std::string_view normalized) {
    std::vector<uint32_t> ids;
    for (std::string_view w : SplitWords(normalized, false)) ids.push_back(Intern(w));
    return ids;
  }

  // The sequence's ids, computed on first use and kept in the sequence.
  const WordSequence::LookupIds& Ids(const WordSequence& seq,
                                     const std::shared_ptr<WordSequence::LookupIds>& cache,
                                     const PhraseTrie& trie) const {
    WordSequence::LookupIds& ids = *cache;
    size_t n = seq.size();
    if (ids.index != this) {
      ids.index = this;
      ids.stem_trie = nullptr;
      ids.discards_ready = false;
      ids.form.assign(n, kNoWord);
      ids.lemma.assign(n, kNoWord);
      ids.exact.assign(n, kNoWord);
      std::string marked;
      bool any_exact = false;
      for (size_t i = 0; i < n; ++i) {
        ids.form[i] = Find(seq.form(i));
        ids.lemma[i] = seq.lemma(i) == seq.form(i) ? kNoWord : Find(seq.lemma(i));
        const bool standalone = i + 1 == n || !Capitalized(seq.raw_form(i + 1));
        ids.exact[i] = FindExact(seq.raw_form(i), seq.form(i), standalone, &marked);
        any_exact = any_exact || ids.exact[i] != kNoWord;
      }
      if (any_exact) DropExactInCapitals(seq, &ids.exact);
    }
    if (!trie.stems.empty() && ids.stem_trie != &trie) {
      ids.stem_trie = &trie;
      ids.stem_offset.assign(n + 1, 0);
      ids.stem_ids.clear();
      for (size_t i = 0; i < n; ++i) {
        ids.stem_offset[i] = static_cast<uint32_t>(ids.stem_ids.size());
        trie.StemPrefixes(seq.form(i), &ids.stem_ids);
        trie.StemPrefixes(seq.lemma(i), &ids.stem_ids);
      }
      ids.stem_offset[n] = static_cast<uint32_t>(ids.stem_ids.size());
    }
    return ids;
  }

  // Match(discards, seq) once per sequence.
  const std::vector<Hit>& DiscardHits(const WordSequence& seq,
                                      const std::shared_ptr<WordSequence::LookupIds>& cache) const {
    if (!cache->discards_ready || cache->index != this) {
      std::vector<Hit> hits = Match(discards, seq, cache, nullptr);
      cache->discard_hits = std::move(hits);
      cache->discards_ready = true;
    }
    return cache->discard_hits;
  }

  // Longest non-overlapping matches, left to right. `skip[i]` true: no match
  // may start or run through word i.
  std::vector<Hit> Match(const PhraseTrie& trie, const WordSequence& seq,
                         const std::shared_ptr<WordSequence::LookupIds>& cache,
                         const std::vector<bool>* skip) const {
    size_t n = seq.size();
    const WordSequence::LookupIds& ids = Ids(seq, cache, trie);
    const std::vector<uint32_t>& form_ids = ids.form;
    const std::vector<uint32_t>& lemma_ids = ids.lemma;
    const std::vector<uint32_t>& exact_ids = ids.exact;
    std::vector<Hit> hits;
    std::vector<uint32_t> frontier, next;
    size_t i = 0;
    while (i < n) {
      if (skip && (*skip)[i]) {
        ++i;
        continue;
      }
      uint32_t best_end = 0;
      const std::vector<uint32_t>* best = nullptr;
      frontier.assign(1, 0);
      for (size_t j = i; j < n && !frontier.empty(); ++j) {
        if (skip && (*skip)[j]) break;
        next.clear();
        for (uint32_t node : frontier) {
          for (uint32_t id : {form_ids[j], lemma_ids[j], exact_ids[j]}) {
            if (id == kNoWord) continue;
            uint32_t child = trie.Child(node, id);
            if (child != 0 && std::find(next.begin(), next.end(), child) == next.end())
              next.push_back(child);
          }
          if (!trie.stems.empty()) {
            for (uint32_t k = ids.stem_offset[j]; k < ids.stem_offset[j + 1]; ++k) {
              auto it = trie.stems.find(PhraseTrie::Key(node, ids.stem_ids[k]));
              if (it != trie.stems.end() && j + 1 > best_end) {
                best_end = static_cast<uint32_t>(j + 1);
                best = &it->second;
              }
            }
          }
        }
        for (uint32_t node : next) {
          if (!trie.values[node].empty() && (j + 1 > best_end || best == nullptr)) {
            best_end = static_cast<uint32_t>(j + 1);
            best = &trie.values[node];
            break;
          }
        }
        frontier.swap(next);
      }
      if (best) {
        hits.push_back({static_cast<uint32_t>(i), best_end, best});
        i = best_end;
      } else {
        ++i;
      }
    }
    return hits;
  }

  // Whether any phrase of `trie` matches some path through the readings of
  // `words` (Match's rules: form, lemma or case-marked exact form per word;
  // stems on the last word), with a match starting anywhere.
  // `gaps`: the phrase's words may be any subsequence of the sentence's
  // words, in order (an actor name split by other words, see the coder's
  // JoinSplitActorNames); stems are then ignored (actor names have none).
  // Vocabulary ids of every reading of `words`, once for all tries:
  // ids[offset[i] .. offset[i+1]) for word i.
  struct LatticeIds {
    std::vector<uint32_t> ids, offset;
  };
  void Prepare(const WordLattice& words, LatticeIds* out) const {
    size_t n = words.size();
    std::vector<uint32_t>& ids = out->ids;
    ids.clear();
    out->offset.assign(n + 1, 0);
    std::string marked;
    for (size_t i = 0; i < n; ++i) {
      out->offset[i] = static_cast<uint32_t>(ids.size());
      for (std::string_view r : words.readings[i]) {
        uint32_t id = Find(r);
        if (id != kNoWord && std::find(ids.begin() + out->offset[i], ids.end(), id) == ids.end())
          ids.push_back(id);
      }
      std::string_view raw = words.raw[i];
      if (!words.readings[i].empty()) {
        const bool standalone = i + 1 == n || !Capitalized(words.raw[i + 1]);
        uint32_t id = FindExact(raw, words.readings[i][0], standalone, &marked);
        if (id != kNoWord) ids.push_back(id);
      }
    }
    out->offset[n] = static_cast<uint32_t>(ids.size());
  }

  bool MayMatch(const PhraseTrie& trie, const WordLattice& words, const LatticeIds& prepared,
                bool gaps) const {
    size_t n = words.size();
    if (n == 0 || (trie.edges.empty() && trie.stems.empty())) return false;
    const std::vector<uint32_t>& ids = prepared.ids;
    const std::vector<uint32_t>& offset = prepared.offset;
    if (gaps) {
      std::vector<uint32_t> frontier;
      // Every trie node some subsequence of the words so far reaches; the
      // root stays in (a phrase may start at any word).
      frontier.assign(1, 0);
      for (size_t j = 0; j < n; ++j) {
        size_t reached = frontier.size();
        for (size_t f = 0; f < reached; ++f)
          for (uint32_t k = offset[j]; k < offset[j + 1]; ++k) {
            uint32_t child = trie.Child(frontier[f], ids[k]);
            if (child == 0) continue;
            if (!trie.values[child].empty()) return true;
            if (std::find(frontier.begin(), frontier.end(), child) == frontier.end())
              frontier.push_back(child);
          }
      }
      return false;
    }
    MatchScratch scratch;
    for (size_t i = 0; i < n; ++i)
      if (MayMatchFrom(trie, words, prepared, i, false, &scratch)) return true;
    return false;
  }

  // Trie nodes reached, reused from one start to the next.
  struct MatchScratch {
    std::vector<uint32_t> frontier, next, stem_ids;
  };

  // Whether some phrase of `trie` may match from word i on (MayMatch's rules
  // for one start).
  bool MayMatchFrom(const PhraseTrie& trie, const WordLattice& words, const LatticeIds& prepared,
                    size_t i, bool gaps, MatchScratch* scratch) const {
    const std::vector<uint32_t>& ids = prepared.ids;
    const std::vector<uint32_t>& offset = prepared.offset;
    std::vector<uint32_t>& frontier = scratch->frontier;
    std::vector<uint32_t>& next = scratch->next;
    std::vector<uint32_t>& stem_ids = scratch->stem_ids;
    frontier.assign(1, 0);
    next.clear();
    if (gaps) {
      // Every node a subsequence of words i.. starting with word i reaches.
      for (uint32_t k = offset[i]; k < offset[i + 1]; ++k) {
        uint32_t child = trie.Child(0, ids[k]);
        if (child == 0) continue;
        if (!trie.values[child].empty()) return true;
        next.push_back(child);
      }
      for (size_t j = i + 1; j < words.size() && !next.empty(); ++j) {
        size_t reached = next.size();
        for (size_t f = 0; f < reached; ++f)
          for (uint32_t k = offset[j]; k < offset[j + 1]; ++k) {
            uint32_t child = trie.Child(next[f], ids[k]);
            if (child == 0) continue;
            if (!trie.values[child].empty()) return true;
            if (std::find(next.begin(), next.end(), child) == next.end()) next.push_back(child);
          }
      }
      return false;
    }
    for (size_t j = i; j < words.size() && !frontier.empty(); ++j) {
      next.clear();
      for (uint32_t node : frontier) {
        for (uint32_t k = offset[j]; k < offset[j + 1]; ++k) {
          uint32_t child = trie.Child(node, ids[k]);
          if (child == 0) continue;
          if (!trie.values[child].empty()) return true;
          if (std::find(next.begin(), next.end(), child) == next.end()) next.push_back(child);
        }
        if (!trie.stems.empty()) {
          stem_ids.clear();
          for (std::string_view w : words.readings[j]) trie.StemPrefixes(w, &stem_ids);
          for (uint32_t pid : stem_ids)
            if (trie.stems.count(PhraseTrie::Key(node, pid))) return true;
        }
      }
      frontier.swap(next);
    }
    return false;
  }
};

Dictionaries::Dictionaries() : index_(std::make_unique<Index>()) {}
Dictionaries::~Dictionaries() = default;

const std::string& Dictionaries::PlaceCountryOf(const std::string& phrase) const {
  static const std::string kNone;
  auto it = place_countries_.find(phrase);
  return it == place_countries_.end() ? kNone : it->second;
}

bool Dictionaries::IsCountryCode(std::string_view code) const {
  return index_->country_codes.count(std::string(code)) > 0;
}

ActorKind Dictionaries::KindOfCode(std::string_view code) const {
  if (code.size() < 3 || code == "---") return ActorKind::kOther;
  if (code.substr(0, 3) == "IGO") return ActorKind::kIgo;
  std::string_view prefix = code.substr(0, 3);
  bool country = IsCountryCode(prefix) ||
                 (index_->country_codes.empty() && internal::IsBareCountryLikeCode(prefix));
  if (country) {
    if (code.size() == 3) return ActorKind::kCountry;
    return IsGroupRole(code.substr(3, 3)) ? ActorKind::kGroup : ActorKind::kOther;
  }
  return ActorKind::kGroup;
}

std::vector<ActorMatch> Dictionaries::MatchActors(const WordSequence& words, Date date) const {
  std::vector<bool> skip(words.size(), false);
  bool any_skip = false;
  if (!words.ids_) words.ids_ = std::make_shared<WordSequence::LookupIds>();
  for (const Hit& h : index_->DiscardHits(words, words.ids_)) {
    const Discard& d = discards_[h.values->front()];
    if (d.scope != Discard::Scope::kActor) continue;
    for (uint32_t k = h.begin; k < h.end; ++k) skip[k] = true;
    any_skip = true;
  }
  std::vector<ActorMatch> out;
  for (const Hit& h :
       index_->Match(index_->actors, words, words.ids_, any_skip ? &skip : nullptr)) {
    // Several entries may share a phrase ("President Bush" is listed under
    // both Bush presidents): an entry whose dated code covers the date
    // names who held the title then; otherwise the last entry listed counts,
    // as in PETRARCH, where a later entry replaces an earlier one.
    const Actor* chosen = nullptr;
    std::string code;
    bool chosen_dated = false;
    for (uint32_t v : *h.values) {
      const Actor& a = actors_[v];
      bool dated = date > 0 && std::any_of(a.codes.begin(), a.codes.end(), [&](const DatedCode& c) {
                     return (c.from != 0 || c.to != 0) && c.Contains(date);
                   });
      if (chosen_dated && !dated) continue;
      std::string c = a.CodeAt(date);
      if (c.empty()) continue;
      chosen = &a;
      code = std::move(c);
      chosen_dated = dated;
    }
    if (!chosen) chosen = &actors_[h.values->front()];
    ActorMatch m;
    m.begin = h.begin;
    m.end = h.end;
    m.actor = chosen;
    m.code = code;
    m.kind = KindOfCode(code);
    out.push_back(std::move(m));
  }
  return out;
}

std::vector<AgentMatch> Dictionaries::MatchAgents(const WordSequence& words) const {
  std::vector<AgentMatch> out;
  if (!words.ids_) words.ids_ = std::make_shared<WordSequence::LookupIds>();
  for (const Hit& h : index_->Match(index_->agents, words, words.ids_, nullptr))
    out.push_back({h.begin, h.end, &agents_[h.values->front()]});
  return out;
}

std::vector<DiscardMatch> Dictionaries::MatchDiscards(const WordSequence& words) const {
  std::vector<DiscardMatch> out;
  if (!words.ids_) words.ids_ = std::make_shared<WordSequence::LookupIds>();
  for (const Hit& h : index_->DiscardHits(words, words.ids_))
    out.push_back({h.begin, h.end, &discards_[h.values->front()]});
  return out;
}

std::vector<IssueMatch> Dictionaries::MatchIssues(const WordSequence& words) const {
  std::vector<IssueMatch> out;
  if (!words.ids_) words.ids_ = std::make_shared<WordSequence::LookupIds>();
  for (const Hit& h : index_->Match(index_->issues, words, words.ids_, nullptr)) {
    // An ignore phrase wins over a coded phrase with the same words.
    const Issue* chosen = &issues_[h.values->front()];
    for (uint32_t v : *h.values)
      if (issues_[v].ignore) chosen = &issues_[v];
    out.push_back({h.begin, h.end, chosen});
  }
  return out;
}

unsigned Dictionaries::MayMatch(const WordLattice& words, unsigned kinds,
                                size_t* actor_starts) const {
  unsigned found = 0;
  Index::LatticeIds ids;
  index_->Prepare(words, &ids);
  if ((kinds & kActorPhrases) && index_->MayMatch(index_->actors, words, ids, false))
    found |= kActorPhrases;
  // (A contiguous match is a split match with no gap.)
  if ((kinds & kSplitActorPhrases) &&
      ((found & kActorPhrases) || index_->MayMatch(index_->actors, words, ids, true)))
    found |= kSplitActorPhrases;
  if ((kinds & kAgentPhrases) && index_->MayMatch(index_->agents, words, ids, false))
    found |= kAgentPhrases;
  if ((kinds & kDiscardPhrases) && index_->MayMatch(index_->discards, words, ids, false))
    found |= kDiscardPhrases;
  if (actor_starts != nullptr) {
    *actor_starts = 0;
    // No name and no agent anywhere: none starts anywhere.
    if (found & (kSplitActorPhrases | kAgentPhrases)) {
      Index::MatchScratch scratch;
      for (size_t i = 0; i < words.size() && *actor_starts < 2; ++i)
        if (index_->MayMatchFrom(index_->agents, words, ids, i, false, &scratch) ||
            index_->MayMatchFrom(index_->actors, words, ids, i, true, &scratch))
          ++*actor_starts;
    }
  }
  return found;
}

std::vector<const Actor*> Dictionaries::FindActors(std::string_view phrase) const {
  std::vector<const Actor*> out;
  auto it = index_->actors_by_name.find(NormalizePhrase(phrase, true));
  if (it != index_->actors_by_name.end())
    for (uint32_t i : it->second) out.push_back(&actors_[i]);
  return out;
}

namespace {

// The list of `key` (normalized) in `lists`, indexed by `words` ids; an
// empty list when absent.
template <typename T>
const std::vector<const T*>& FindList(const StringIds& words,
                                      const std::vector<std::vector<const T*>>& lists,
                                      std::string_view key) {
  static const std::vector<const T*> kNone;
  uint32_t id = words.find(NormalizeWord(internal::Trim(key)));
  return id == StringIds::kNone ? kNone : lists[id];
}

}  // namespace

const std::vector<const Verb*>& Dictionaries::FindVerbs(std::string_view word) const {
  return FindList(index_->verb_words, index_->verbs_of_word, word);
}

const std::vector<const VerbPattern*>& Dictionaries::FindNominalPatterns(
    std::string_view noun) const {
  return FindList(index_->nominal_words, index_->patterns_of_noun, noun);
}

DictionaryStats Dictionaries::stats() const {
  DictionaryStats s;
  s.actors = actors_.size();
  for (const Actor& a : actors_) s.actor_names += a.names.size();
  s.agents = agents_.size();
  for (const Agent& a : agents_) s.agent_names += a.names.size();
  s.verbs = verbs_.size();
  s.verb_patterns = patterns_.size();
  s.verb_blocks = blocks_.size();
  s.synsets = synsets_;
  s.transformations = transformations_.size();
  s.discards = discards_.size();
  s.issues = issues_.size();
  s.countries = index_->country_codes.size();
  s.warnings = warnings_.size();
  s.load_seconds = load_seconds_;
  return s;
}

// ---------------------------------------------------------------------------
// Builder

DictionaryBuilder::DictionaryBuilder()
    : dicts_(new Dictionaries()), state_(std::make_unique<State>()) {}
DictionaryBuilder::~DictionaryBuilder() = default;

void DictionaryBuilder::AddWarning(std::string warning) {
  dicts_->warnings_.push_back(std::move(warning));
}
void DictionaryBuilder::set_format(std::string format) { dicts_->format_ = std::move(format); }
void DictionaryBuilder::set_load_seconds(double seconds) { dicts_->load_seconds_ = seconds; }

std::shared_ptr<const Dictionaries> DictionaryBuilder::Build() {
  Dictionaries& d = *dicts_;
  Dictionaries::Index& ix = *d.index_;
  d.synsets_ = state_->synsets.size();

  // Each phrase is indexed as written and, when different, split the way the
  // tokenizer splits text ("al-qaeda" -> "al - qaeda").
  auto insert = [&](PhraseTrie& trie, const std::string& phrase, uint32_t value) {
    trie.Insert(ix.InternPhrase(phrase), value, false);
    std::string split = SplitLikeTokenizer(phrase);
    if (split != phrase) trie.Insert(ix.InternPhrase(split), value, false);
  };
  for (uint32_t i = 0; i < d.actors_.size(); ++i) {
    Actor& a = d.actors_[i];
    std::vector<std::string> exact_lower;
    for (const std::string& raw : a.case_sensitive_names) {
      // Indexed under a marker word that only a token with exactly this
      // spelling looks up (see Index::Match).
      std::vector<uint32_t> ids{ix.Intern(kCaseMarker + raw)};
      ix.actors.Insert(ids, i, false);
      exact_lower.push_back(NormalizeWord(raw[0] == '=' ? raw.substr(1) : raw));
      ix.standalone_names = ix.standalone_names || raw[0] == '=';
    }
    for (const std::string& name : a.names) {
      ix.actors_by_name[name].push_back(i);
      if (std::find(exact_lower.begin(), exact_lower.end(), name) != exact_lower.end()) continue;
      insert(ix.actors, name, i);
    }
    if (a.is_country_entry) {
      std::string first = !a.default_code.empty() ? a.default_code
                          : a.codes.empty()       ? ""
                                                  : a.codes.front().code;
      if (internal::IsBareCountryLikeCode(first)) ix.country_codes.insert(first);
    }
  }
  for (uint32_t i = 0; i < d.agents_.size(); ++i)
    for (const std::string& name : d.agents_[i].names) insert(ix.agents, name, i);
  for (uint32_t i = 0; i < d.discards_.size(); ++i) {
    const Discard& disc = d.discards_[i];
    std::vector<uint32_t> ids = ix.InternPhrase(disc.phrase);
    ix.discards.Insert(ids, i, disc.stem);
    if (disc.stem && !ids.empty()) {
      ix.discards.max_stem_len =
          std::max(ix.discards.max_stem_len, ix.vocab.str(ids.back()).size());
      ix.discards.AddStemWord(ids.back(), ix.vocab.str(ids.back()));
    }
    std::string split = SplitLikeTokenizer(disc.phrase);
    if (split != disc.phrase) {
      std::vector<uint32_t> split_ids = ix.InternPhrase(split);
      ix.discards.Insert(split_ids, i, disc.stem);
      if (disc.stem && !split_ids.empty())
        ix.discards.AddStemWord(split_ids.back(), ix.vocab.str(split_ids.back()));
    }
  }
  for (uint32_t i = 0; i < d.issues_.size(); ++i) insert(ix.issues, d.issues_[i].phrase, i);

  // Patterns: most specific first within each verb.
  for (uint32_t v = 0; v < d.verbs_.size(); ++v) {
    Verb& verb = d.verbs_[v];
    std::stable_sort(verb.patterns.begin(), verb.patterns.end(), [&](uint32_t a, uint32_t b) {
      return MoreSpecific(d.patterns_[a], d.patterns_[b]);
    });
    auto add = [&](const std::string& w) {
      uint32_t id = ix.verb_words.intern(w);
      if (id == ix.verbs_of_word.size()) ix.verbs_of_word.emplace_back();
      std::vector<const Verb*>& list = ix.verbs_of_word[id];
      if (list.empty() || list.back() != &verb) list.push_back(&verb);
    };
    add(verb.lemma);
    for (const std::string& f : verb.forms) add(f);
  }
  for (uint32_t p = 0; p < d.patterns_.size(); ++p) {
    VerbPattern& pat = d.patterns_[p];
    pat.has_target = pat.has_source = false;
    for (const PatternElement& e : pat.elements) {
      if (e.kind == PatternElement::Kind::kTarget && !pat.has_target) {
        pat.has_target = true;
        pat.target_prep = e.prep;
      } else if (e.kind == PatternElement::Kind::kSource && !pat.has_source) {
        pat.has_source = true;
        pat.source_prep = e.prep;
      }
    }
    if (!pat.nominal) continue;
    uint32_t id = ix.nominal_words.intern(pat.predicate);
    if (id == ix.patterns_of_noun.size()) ix.patterns_of_noun.emplace_back();
    ix.patterns_of_noun[id].push_back(&pat);
  }
  for (auto& list : ix.patterns_of_noun)
    std::stable_sort(list.begin(), list.end(), [](const VerbPattern* a, const VerbPattern* b) {
      return MoreSpecific(*a, *b);
    });

  state_ = std::make_unique<State>();
  std::shared_ptr<const Dictionaries> out(dicts_.release());
  dicts_.reset(new Dictionaries());
  return out;
}

// ---------------------------------------------------------------------------
// Loading

static Status ReadFile(const std::string& path, std::string* out) {
  std::error_code ec;
  if (fs::is_directory(path, ec))
    return Status::IOError(path + ": is a directory, expected a dictionary file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open dictionary file");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": read error");
  *out = ss.str();
  return Status::OK();
}

static double Seconds(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

Status Dictionaries::LoadPetrarch(const PetrarchFiles& files,
                                  std::shared_ptr<const Dictionaries>* out) {
  auto start = std::chrono::steady_clock::now();
  DictionaryBuilder b;
  b.set_format("petrarch");
  std::string text;
  struct Kind {
    const std::vector<std::string>* paths;
    void (DictionaryBuilder::*add)(std::string_view, std::string_view);
  };
  // Verbs first is not needed; actors carry no cross-file state. Order as listed.
  const Kind kinds[] = {{&files.actors, &DictionaryBuilder::AddPetrarchActors},
                        {&files.verbs, &DictionaryBuilder::AddPetrarchVerbs},
                        {&files.agents, &DictionaryBuilder::AddPetrarchAgents},
                        {&files.discards, &DictionaryBuilder::AddPetrarchDiscards},
                        {&files.issues, &DictionaryBuilder::AddPetrarchIssues}};
  for (const Kind& k : kinds) {
    for (const std::string& path : *k.paths) {
      Status s = ReadFile(path, &text);
      if (!s.ok()) return s;
      if (internal::Trim(text).empty()) b.AddWarning(path + ":1: empty dictionary file");
      (b.*k.add)(text, path);
    }
  }
  auto built = b.Build();
  const_cast<Dictionaries&>(*built).load_seconds_ = Seconds(start);
  *out = std::move(built);
  return Status::OK();
}

// Lower-cased file name.
static std::string LowerName(const fs::path& p) {
  std::string n = p.filename().string();
  for (char& c : n) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return n;
}

static std::vector<fs::path> TextFiles(const std::string& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    std::error_code ec2;
    if (e.is_regular_file(ec2) && LowerName(e.path()).size() > 4 &&
        EndsWith(LowerName(e.path()), ".txt"))
      out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

Status Dictionaries::LoadParley(const std::string& dir, std::shared_ptr<const Dictionaries>* out) {
  auto start = std::chrono::steady_clock::now();
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound(dir + ": dictionary directory not found");
  DictionaryBuilder b;
  b.set_format("parley");
  std::string text;
  std::vector<fs::path> files = TextFiles(dir);
  // countries.txt first so that its country codes are known to the rest.
  std::stable_partition(files.begin(), files.end(),
                        [](const fs::path& p) { return LowerName(p) == "countries.txt"; });
  for (const fs::path& p : files) {
    std::string n = LowerName(p);
    std::string shown = p.string();
    auto read = [&]() -> Status {
      Status s = ReadFile(p.string(), &text);
      if (s.ok() && internal::Trim(text).empty()) b.AddWarning(shown + ":1: empty dictionary file");
      return s;
    };
    if (n == "countries.txt" || StartsWith(n, "actors") || StartsWith(n, "officials")) {
      if (Status s = read(); !s.ok()) return s;
      b.AddParleyActors(text, shown, n == "countries.txt");
    } else if (StartsWith(n, "agents")) {
      if (Status s = read(); !s.ok()) return s;
      b.AddParleyAgents(text, shown);
    } else if (StartsWith(n, "verbs")) {
      if (Status s = read(); !s.ok()) return s;
      b.AddParleyVerbs(text, shown);
    } else if (StartsWith(n, "discards")) {
      if (Status s = read(); !s.ok()) return s;
      b.AddParleyDiscards(text, shown);
    } else if (StartsWith(n, "issues")) {
      if (Status s = read(); !s.ok()) return s;
      b.AddParleyIssues(text, shown);
    } else if (StartsWith(n, "places")) {
      if (Status s = read(); !s.ok()) return s;
      b.AddParleyPlaces(text, shown);
    }
  }
  auto built = b.Build();
  const_cast<Dictionaries&>(*built).load_seconds_ = Seconds(start);
  *out = std::move(built);
  return Status::OK();
}

// True when `dir` holds parley-format files.
static bool IsParleyDir(const std::string& dir) {
  for (const fs::path& p : TextFiles(dir)) {
    std::string n = LowerName(p);
    if (n == "countries.txt" || n == "verbs.txt" || n == "agents.txt" || n == "discards.txt" ||
        n == "issues.txt" || StartsWith(n, "actors-") || StartsWith(n, "officials-"))
      return true;
  }
  return false;
}

Status Dictionaries::LoadDirectory(const std::string& dir,
                                   std::shared_ptr<const Dictionaries>* out) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound(dir + ": dictionary directory not found");
  if (IsParleyDir(dir)) return LoadParley(dir, out);
  std::vector<fs::path> files = TextFiles(dir);
  bool phoenix = false;
  for (const fs::path& p : files)
    if (StartsWith(LowerName(p), "phoenix.")) phoenix = true;
  PetrarchFiles pf;
  for (const fs::path& p : files) {
    std::string n = LowerName(p);
    if (phoenix && StartsWith(n, "petr.")) continue;  // the fictional validation set
    if (n.find("actors") != std::string::npos)
      pf.actors.push_back(p.string());
    else if (StartsWith(n, "cameo") || n.find("verbs") != std::string::npos)
      pf.verbs.push_back(p.string());
    else if (n.find("agents") != std::string::npos)
      pf.agents.push_back(p.string());
    else if (n.find("discards") != std::string::npos)
      pf.discards.push_back(p.string());
    else if (n.find("issue") != std::string::npos)
      pf.issues.push_back(p.string());
  }
  if (pf.actors.empty() && pf.verbs.empty() && pf.agents.empty() && pf.discards.empty() &&
      pf.issues.empty())
    return Status::NotFound(
        dir + ": no dictionary files (neither parley's nor PETRARCH's) in this directory");
  return LoadPetrarch(pf, out);
}

}  // namespace parley::dict
