#include "parley/nlp/tagger.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <set>

#include "parley/nlp/hash.h"

namespace parley::nlp {

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

int word_case(std::string_view form) {
  if (form.empty()) return 0;
  const char c = form[0];
  if (c >= 'a' && c <= 'z') return 1;
  if (c < 'A' || c > 'Z') return 0;
  int letters = 0;
  for (char x : form) {
    if (x >= 'a' && x <= 'z') return 2;
    if (x >= 'A' && x <= 'Z') ++letters;
  }
  return letters >= 2 ? 3 : 2;
}

namespace {

// sentence_case() of n words whose word_case() values are case_of(0..n-1):
// the tagger has them already, so it does not classify every word twice.
template <typename CaseOf>
int case_pattern(size_t n, CaseOf case_of) {
  int lower = 0, capitalized = 0, capitals = 0;
  for (size_t i = 0; i < n; ++i) {
    switch (case_of(i)) {
      case 1:
        ++lower;
        break;
      case 2:
        ++capitalized;
        break;
      case 3:
        ++capitals;
        break;
    }
  }
  int pattern = 0;
  if (capitals >= 2 && lower == 0 && capitalized == 0)
    pattern = 1;
  else if (capitalized + capitals >= 2 && capitalized + capitals > lower)
    pattern = 2;
  else if (capitalized + capitals >= 2 && capitalized + capitals == lower)
    pattern = 3;
  if (n > 0 && case_of(n - 1) != 0) pattern += 4;
  return pattern;
}

}  // namespace

int sentence_case(const std::vector<std::string_view>& forms) {
  return case_pattern(forms.size(), [&](size_t i) { return word_case(forms[i]); });
}

namespace {

// The letters of U+00C0..U+00FF without their accents ('*': no letter, kept).
constexpr char kLatin1Base[] = "AAAAAAACEEEEIIIIDNOOOOO*OUUUUYTsaaaaaaaceeeeiiiidnooooo*ouuuuyty";

// `f` with the accented letters of Latin-1 (two UTF-8 bytes, C3 80..BF)
// written without accents: "chargé" -> "charge". "" when it has none.
std::string WithoutAccents(std::string_view f) {
  std::string out;
  for (size_t i = 0; i < f.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(f[i]);
    if (c == 0xC3 && i + 1 < f.size()) {
      const unsigned char d = static_cast<unsigned char>(f[i + 1]);
      if (d >= 0x80 && d <= 0xBF && kLatin1Base[d - 0x80] != '*') {
        if (out.empty()) out.assign(f.substr(0, i));
        out += kLatin1Base[d - 0x80];
        ++i;
        continue;
      }
    }
    if (!out.empty()) out += f[i];
  }
  return out;
}

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

// Key of a word's case class in the ambiguity table (by its lower case).
uint64_t case_key(uint64_t lower) { return hash_combine(lower, 0xCA5E5); }

// A lower-cased word's occurrences in training, for its case class.
struct CaseCounts {
  int n = 0;    // occurrences
  int cap = 0;  // capitalized, not sentence-initial
  int low = 0;  // lower case first
};

// word_case() of an occurrence as CaseCounts counts it: a sentence-initial
// capital says nothing of the word.
int counted_case(std::string_view form, size_t i) {
  int c = word_case(form);
  return c == 2 && i == 0 ? 0 : c;
}

void add_case(CaseCounts* c, int kase, int sign) {
  c->n += sign;
  c->cap += kase == 2 ? sign : 0;
  c->low += kase == 1 ? sign : 0;
}

// The case class of a word: how often it is capitalized (no evidence,
// always, never, less or more than half of the times it is seen capitalized
// or lower case) and how often it is seen (1, 2-4, 5+); 0 when never seen.
// (With the fraction of its occurrences tagged PROPN in 4 buckets as well:
// dev UPOS -0.05, XPOS -0.07, Lemmas -0.03, LAS +0.05; the ambiguity classes
// already tell.)
uint64_t case_class(const CaseCounts& c) {
  if (c.n <= 0) return 0;
  const int written = c.cap + c.low;
  const int capb = written == 0 ? 0 : c.low == 0 ? 1 : c.cap == 0 ? 2 : c.cap * 2 < written ? 3 : 4;
  const int nb = c.n == 1 ? 0 : c.n < 5 ? 1 : 2;
  return static_cast<uint64_t>(1 + capb + 20 * nb);
}

}  // namespace

struct Tagger::WordInfo {
  uint64_t form, lower, shape, amb, form_amb;
  uint64_t pre[3], suf[4];
  uint64_t flags;
  uint64_t casecls;  // case_class() or kNone (feature set 1)
  uint64_t kase;     // word_case() plus 4 x sentence_case() (feature set 1)
};

void Tagger::index_tags() {
  ids_.vbz = tag_id("VERB\tVBZ");
  ids_.vbd = tag_id("VERB\tVBD");
  ids_.vbn = tag_id("VERB\tVBN");
  ids_.vbp = tag_id("VERB\tVBP");
  ids_.nn = tag_id("NOUN\tNN");
  ids_.nns = tag_id("NOUN\tNNS");
  ids_.jj = tag_id("ADJ\tJJ");
}

int Tagger::tag_id(std::string_view tag) const {
  for (size_t i = 0; i < tags_.size(); ++i)
    if (tags_[i] == tag) return static_cast<int>(i);
  return -1;
}

void Tagger::prepare(const std::vector<std::string_view>& forms,
                     std::vector<WordInfo>* info) const {
  info->resize(forms.size());
  std::string plain;
  for (size_t i = 0; i < forms.size(); ++i) {
    std::string_view f = forms[i];
    std::string lower = ascii_lower(f);
    uint64_t lower_hash = hash_string(lower);
    const uint64_t* amb = ambiguity_.find(lower_hash);
    // An unseen word with accents is read as the word without them when
    // training saw that one ("chargé d'affaires": "charge").
    if (amb == nullptr && std::any_of(f.begin(), f.end(), [](char c) { return c & 0x80; })) {
      plain = WithoutAccents(f);
      const uint64_t plain_hash = hash_string(ascii_lower(plain));
      if (const uint64_t* seen = plain.empty() ? nullptr : ambiguity_.find(plain_hash)) {
        f = plain;
        lower = ascii_lower(f);
        lower_hash = plain_hash;
        amb = seen;
      }
    }
    WordInfo& w = (*info)[i];
    w.form = hash_string(f);
    w.lower = lower_hash;
    w.shape = hash_string(word_shape(f));
    w.amb = amb ? *amb : kNone;
    amb = ambiguity_.find(hash_combine(w.form, 0xCA5E));
    w.form_amb = amb ? *amb : kNone;
    for (int k = 0; k < 3; ++k) w.pre[k] = affix(lower, k + 1, false, 100 + k);
    for (int k = 0; k < 4; ++k) w.suf[k] = affix(lower, k + 1, true, 200 + k);
    bool has_digit = false, has_hyphen = false, has_upper = false;
    for (char c : f) {
      if (c >= '0' && c <= '9') has_digit = true;
      if (c == '-') has_hyphen = true;
      if (c >= 'A' && c <= 'Z') has_upper = true;
    }
    w.flags = (has_digit ? 1 : 0) | (has_hyphen ? 2 : 0) | (has_upper ? 4 : 0) | (i == 0 ? 8 : 0) |
              (std::min<size_t>(f.size(), 12) << 4);
  }
  if (feature_set_ < 1) return;
  for (size_t i = 0; i < forms.size(); ++i) {
    WordInfo& w = (*info)[i];
    const uint64_t* c = ambiguity_.find(case_key(w.lower));
    w.casecls = c ? *c : kNone;
    w.kase = static_cast<uint64_t>(word_case(forms[i]));
  }
  const uint64_t pattern = static_cast<uint64_t>(
      case_pattern(forms.size(), [&](size_t i) { return static_cast<int>((*info)[i].kase); }));
  for (WordInfo& w : *info) w.kase += 4 * pattern;
}

int Tagger::features(const std::vector<WordInfo>& info, int i, int prev1, int prev2,
                     const int* right, int feature_set, uint64_t* out) {
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
  if (feature_set >= 1) {
    // Case: is a capitalized word a name or a capitalized noun, adjective or
    // participle (titles, headlines, signatures)? The word's case class from
    // training, the sentence's case pattern (w.kase / 4) and the neighbours'
    // case. Variants tried (EWT dev UPOS, seed 1; these: 95.38; some with a
    // PROPN fraction in the case class): for capitalized words only 95.16,
    // without the sentence pattern 95.24, without `first` 95.24, with the
    // next word's case class 95.24, with the case class and the tags either
    // side in the second pass 95.32.
    auto kase = [](const WordInfo* x) -> uint64_t { return x ? x->kase & 3 : 4; };
    const uint64_t first = w.flags & 8;
    out[k++] = feature_key(43, w.casecls);
    out[k++] = feature_key(44, w.casecls, w.kase, first);
    // Set 2 drops this one (the word's case and the sentence's pattern with
    // its shape and sentence-initial position): set 1's dev gains mostly
    // stay, and the coder's suites from raw text keep set 0's counts, which
    // set 1 lowered ("Ethiopia departs from ..." tagged NOUN NOUN; tagger.h).
    if (feature_set == 1) out[k++] = feature_key(46, w.kase, w.shape, first);
    out[k++] = feature_key(47, w.casecls, w.kase & 3, kase(m1) * 5 + kase(p1));
  }
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
bool InSet(std::string_view x, std::initializer_list<std::string_view> set) {
  for (std::string_view y : set)
    if (x == y) return true;
  return false;
}
}  // namespace

bool Tagger::truecase_title(const std::vector<std::string_view>& forms,
                            std::vector<std::string>* out) const {
  if (feature_set_ < 1 || sentence_case(forms) % 4 != 2) return false;
  // Seen in training in lower case more than capitalized mid-sentence, or
  // unseen and ending in "s" like a headline's verb ("Retakes").
  auto never_capitalized = [&](std::string_view f) {
    const uint64_t* c = ambiguity_.find(case_key(hash_string(ascii_lower(f))));
    if (c == nullptr || *c == kNone || *c == 0) return f.size() >= 4 && f.back() == 's';
    const uint64_t v = *c - 1;
    return v % 20 == 2 || v % 20 == 3;
  };
  // Title case: such words capitalized, and no word of four letters or more
  // written in lower case (title case keeps only short words low).
  int lowered = 0;
  for (std::string_view f : forms) {
    if (f.size() >= 4 && word_case(f) == 1) return false;
    if (word_case(f) == 2 && never_capitalized(f)) ++lowered;
  }
  if (lowered == 0) return false;
  out->assign(forms.begin(), forms.end());
  for (size_t i = 0; i < forms.size(); ++i)
    if (word_case(forms[i]) == 2 && never_capitalized(forms[i])) (*out)[i] = ascii_lower(forms[i]);
  return true;
}

void Tagger::tag(const std::vector<std::string_view>& forms, std::vector<int>* tags,
                 float second_pass_margin) const {
  thread_local std::vector<std::string> truecased;
  thread_local std::vector<std::string_view> truecased_views;
  thread_local std::vector<int> retagged;
  tag_forms(forms, tags, second_pass_margin);
  retag_plural_nouns(forms, tags);
  // A headline in title case ("Israel Strikes(PROPN) Iranian Nuclear
  // Sites") is tagged again with its common words in lower case, and that
  // tagging kept when it finds more finite verbs (below). (Finite ones only:
  // EWT's names and headings in title case, "Hidden Nook", "New Scientist
  // Space", are tagged best as written, and counting participles too loses
  // 0.04 UPOS on EWT test.)
  // A closing reporting clause (", the opposition said.") has its own verb:
  // the sentence's main clause is what stands before it.
  const size_t main_end = reported_clause_start(forms, *tags);
  // (and a clause opened by "after", "when", "because"... has its own verb:
  // "Hezbollah fired(VBN) rockets at Israel after an Israeli strike killed
  // one of its commanders" has no verb before it)
  const size_t clause_end = subordinate_clause_start(forms, *tags, main_end);
  auto has_verb = [&](const std::vector<int>& t) {  // a finite verb or a modal
    for (size_t i = 0; i < clause_end; ++i) {
      if (parenthetical_report(forms, i)) continue;
      std::string_view tag = tags_[t[i]];
      std::string_view xpos = tag.substr(tag.find('\t') + 1);
      if ((tag.rfind("VERB", 0) == 0 || tag.rfind("AUX", 0) == 0) &&
          (xpos == "VBZ" || xpos == "VBP" || xpos == "VBD" || xpos == "MD"))
        return true;
    }
    return false;
  };
  // (A title-case line whose verb was read as a noun before a later word
  // read as a verb, "Venezuela Frees(NNS) Detained(VBD) Americans", is
  // tagged again too; the lower-case tagging is kept when it finds more
  // finite verbs, or as many from an earlier word.)
  auto verbs = [&](const std::vector<int>& t, size_t* first) {
    int count = 0;
    *first = forms.size();
    for (size_t i = 0; i < clause_end; ++i) {
      std::string_view tag = tags_[t[i]];
      std::string_view xpos = tag.substr(tag.find('\t') + 1);
      if ((tag.rfind("VERB", 0) == 0 || tag.rfind("AUX", 0) == 0) &&
          (xpos == "VBZ" || xpos == "VBP" || xpos == "VBD" || xpos == "MD")) {
        ++count;
        *first = std::min(*first, i);
      }
    }
    return count;
  };
  const bool verb = has_verb(*tags);
  // (a cheap test first: most sentences have a lower-case word of four
  // letters or more early on, which no title-case line has)
  auto maybe_title = [&] {
    for (std::string_view f : forms)
      if (f.size() >= 4 && f[0] >= 'a' && f[0] <= 'z') return false;
    return true;
  };
  if (main_end == forms.size() && maybe_title() && truecase_title(forms, &truecased)) {
    truecased_views.assign(truecased.begin(), truecased.end());
    tag_forms(truecased_views, &retagged, second_pass_margin);
    size_t first = 0, first_retagged = 0;
    const int count = verbs(*tags, &first), count_retagged = verbs(retagged, &first_retagged);
    // (or a verb right after a subject pronoun where the title case has
    // none: "Ukraine Says It Hit(JJ) Russian Refinery")
    auto pronoun_verb = [&](const std::vector<int>& t) {
      for (size_t i = 0; i + 1 < clause_end; ++i)
        if (InSet(truecased_views[i], {"it", "they", "he", "she", "we"}) &&
            (tags_[t[i + 1]].rfind("VERB", 0) == 0 || tags_[t[i + 1]].rfind("AUX", 0) == 0))
          return true;
      return false;
    };
    if (count_retagged > count || (count_retagged == count && first_retagged < first) ||
        (count_retagged == count && pronoun_verb(retagged) && !pronoun_verb(*tags))) {
      tags->swap(retagged);
      return;
    }
    // (still verbless: "China Sanctions(NNS) US Defense Firms": a lowered
    // "-s" word right after the opening name, before a noun phrase, is the
    // headline's verb)
    if (count == 0 && count_retagged == 0 && retag_headline_verb(truecased_views, &retagged)) {
      tags->swap(retagged);
      return;
    }
  }
  if (verb) return;
  retag_verbless_sentence(forms, tags, clause_end);
}

bool Tagger::retag_headline_verb(const std::vector<std::string_view>& forms,
                                 std::vector<int>* tags) const {
  const int vbz = ids_.vbz, vbp = ids_.vbp;
  auto xpos = [&](size_t i) {
    std::string_view tag = tags_[(*tags)[i]];
    return tag.substr(tag.find('\t') + 1);
  };
  auto name = [&](size_t i) {
    return i < forms.size() && (xpos(i) == "NNP" || xpos(i) == "NNPS") && word_case(forms[i]) >= 2;
  };
  // The first word after the opening names ("Thailand, Cambodia Sign": two
  // subjects, a plural verb).
  size_t i = 0;
  bool plural = false;
  while (name(i) || (i > 0 && (forms[i] == "," || forms[i] == "and") && name(i + 1))) {
    plural = plural || !name(i);
    ++i;
  }
  if (vbz < 0 || vbp < 0 || i == 0 || i + 1 >= forms.size()) return false;
  std::string_view f = forms[i];
  if (word_case(f) != 1 || f.size() < 3 || !InSet(xpos(i), {"NNS", "NN", "VB", "JJ"}) ||
      !InSet(xpos(i + 1), {"NNP", "NNPS", "NN", "NNS", "JJ", "DT", "CD", "PRP$"}))
    return false;
  if (!plural && f.size() >= 4 && f.back() == 's' && xpos(i) != "VB")
    (*tags)[i] = vbz;
  else if (plural && f.back() != 's')
    (*tags)[i] = vbp;
  else
    return false;
  return true;
}

// "Indian police arrested Kashmiri separatists(VBZ)", "Gunmen(VBN) on
// motorcycles killed": a word in "-ists" (separatists, Islamists,
// journalists) or "-men" (gunmen, tribesmen) tagged as a verb is a plural
// noun, unless it is one of the few verbs so spelled.
void Tagger::retag_plural_nouns(const std::vector<std::string_view>& forms,
                                std::vector<int>* tags) const {
  // Case-insensitive suffix test without allocating: it runs on every word.
  auto ends_with = [](std::string_view f, std::string_view suffix) {
    if (f.size() < suffix.size()) return false;
    for (size_t k = 0; k < suffix.size(); ++k)
      if (std::tolower(static_cast<unsigned char>(f[f.size() - suffix.size() + k])) != suffix[k])
        return false;
    return true;
  };
  int nns = -1;
  // "US warships(VBZ) destroyed(VBD) a boat": a lower-case "-s" word tagged
  // as a present verb between a name or adjective and a past-tense verb is
  // the plural noun the verb's subject is.
  const int vbz = ids_.vbz, vbd = ids_.vbd, vbn = ids_.vbn;
  for (size_t i = 1; i + 1 < forms.size(); ++i) {
    std::string_view f = forms[i];
    // (or a regular past participle: "U.S. envoys(VBZ) pressed(VBN) Russia";
    // not the verbs a participle follows: "Smith gets elected")
    const bool participle_after =
        (*tags)[i + 1] == vbn && forms[i + 1].size() >= 4 &&
        forms[i + 1].substr(forms[i + 1].size() - 2) == "ed" &&
        !InSet(f, {"gets", "becomes", "seems", "looks", "feels", "remains", "stays", "appears",
                   "goes", "sounds", "keeps"});
    if ((*tags)[i] != vbz || ((*tags)[i + 1] != vbd && !participle_after) || f.size() < 4 ||
        f.back() != 's' || word_case(f) != 1)
      continue;
    std::string_view before = tags_[(*tags)[i - 1]];
    before = before.substr(before.find('\t') + 1);
    if (before != "NNP" && before != "JJ") continue;
    if (nns < 0) nns = ids_.nns;
    if (nns >= 0) (*tags)[i] = nns;
  }
  // "US strikes(VBZ) on alleged drug boats off Venezuela killed(VBD) 11
  // people": an act's plural opening the sentence after a name or adjective,
  // before a preposition, is the subject of the past-tense verb that follows
  // in the same clause (no comma, verb or subordinator between).
  for (size_t i = 1; i + 2 < forms.size(); ++i) {
    if ((*tags)[i] != vbz ||
        !InSet(forms[i], {"strikes", "attacks", "raids", "airstrikes", "talks", "protests",
                          "clashes", "sanctions", "tariffs", "threats"}))
      continue;
    bool opening = true;  // words [0, i) are a name phrase
    for (size_t k = 0; k < i && opening; ++k) {
      std::string_view t = tags_[(*tags)[k]];
      opening = InSet(t.substr(t.find('\t') + 1), {"NNP", "NNPS", "JJ", "DT", "HYPH"});
    }
    std::string_view next = tags_[(*tags)[i + 1]];
    if (!opening || next.substr(next.find('\t') + 1) != "IN") continue;
    for (size_t j = i + 2; j < forms.size(); ++j) {
      std::string_view t = tags_[(*tags)[j]];
      std::string_view xpos = t.substr(t.find('\t') + 1);
      if ((*tags)[j] == vbd) {
        if (nns < 0) nns = ids_.nns;
        if (nns >= 0) (*tags)[i] = nns;
        break;
      }
      if (InSet(xpos, {"VBZ", "VBP", "VBD", "MD", ",", "WDT", "WP", "WRB", ":"}) ||
          InSet(forms[j], {"that", "after", "as", "when", "while", "because", "before", "since",
                           "until", "if"}))
        break;
    }
  }
  // "Ukraine shot(NN) down 400 drones": an irregular past form tagged as a
  // noun after an opening name, before its particle, is the verb, whatever
  // other clause has one ("that Moscow fired"; Pipeline::retag_past_noun
  // takes the same shape after any noun, in verbless sentences only).
  const int nn = ids_.nn;
  for (size_t i = 1; vbd >= 0 && i + 2 < forms.size(); ++i) {
    if ((*tags)[i] != nn || !InSet(forms[i + 1], {"down", "up", "off", "back", "out"}) ||
        !InSet(forms[i], {"shot", "struck", "hit", "cut", "shut", "beat", "set", "put", "sent",
                          "held", "broke", "took"}))
      continue;
    bool opening = true;  // words [0, i) are a name phrase
    for (size_t k = 0; k < i && opening; ++k) {
      std::string_view t = tags_[(*tags)[k]];
      opening = InSet(t.substr(t.find('\t') + 1), {"NNP", "NNPS", "POS", "JJ", "DT"});
    }
    if (opening) (*tags)[i] = vbd;
  }
  // "Venezuela freed six detained(VBD) Americans on Saturday": a regular
  // past form between a number and a plural noun, right after a finite
  // verb, is the participle modifying the noun, not a verb whose subject is
  // the number.
  auto xpos_at = [&](size_t k) {
    std::string_view t = tags_[(*tags)[k]];
    return t.substr(t.find('\t') + 1);
  };
  for (size_t i = 2; vbn >= 0 && i + 1 < forms.size(); ++i) {
    std::string_view f = forms[i];
    if ((*tags)[i] != vbd || f.size() < 5 || f.substr(f.size() - 2) != "ed" ||
        xpos_at(i - 1) != "CD" || !InSet(xpos_at(i + 1), {"NNS", "NNPS"}) ||
        !InSet(xpos_at(i - 2), {"VBD", "VBZ", "VBP"}))
      continue;
    (*tags)[i] = vbn;
  }
  // "five years after crowds trashed(VBN) its embassy": a regular "-ed"
  // form between a noun phrase opened by a subordinator and the start of
  // another noun phrase is the clause's past tense (a participle modifying
  // the noun would not take an object).
  for (size_t i = 2; vbd >= 0 && i + 1 < forms.size(); ++i) {
    std::string_view f = forms[i];
    if ((*tags)[i] != vbn || f.size() < 5 || f.substr(f.size() - 2) != "ed" ||
        !InSet(xpos_at(i - 1), {"NNS", "NNPS", "NNP", "NN"}) ||
        !InSet(xpos_at(i + 1), {"DT", "PRP$", "CD"}))
      continue;
    size_t k = i - 1;  // the noun phrase is [k, i)
    while (k > 0 && i - k < 5 && InSet(xpos_at(k - 1), {"NNS", "NNPS", "NNP", "NN", "JJ", "DT"}))
      --k;
    if (k == 0 || !InSet(ascii_lower(forms[k - 1]), {"after", "before", "since", "when", "because",
                                                     "while", "until", "once", "as"}))
      continue;
    (*tags)[i] = vbd;
  }
  // "Algeria expelled 12 diplomats, and France retaliated(VBN) by
  // expelling 12": a regular "-ed" form right after a name phrase that
  // opens a clause (after "and" or a comma) is its past tense, unless an
  // auxiliary or a verb of causing stands before ("has Katrina changed",
  // "have Winter removed") or a "by" agent follows ("and Iran, backed by").
  for (size_t i = 2; vbd >= 0 && i < forms.size(); ++i) {
    std::string_view f = forms[i];
    if ((*tags)[i] != vbn || f.size() < 5 || f.substr(f.size() - 2) != "ed" ||
        !InSet(xpos_at(i - 1), {"NNP", "NNPS"}))
      continue;
    size_t k = i - 1;  // the name phrase is [k, i)
    while (k > 0 && InSet(xpos_at(k - 1), {"NNP", "NNPS"})) --k;
    if (k == 0 || !InSet(forms[k - 1], {"and", ","})) continue;
    bool helped = false;
    for (size_t j = k >= 5 ? k - 5 : 0; j < k && !helped; ++j)
      helped = tags_[(*tags)[j]].rfind("AUX", 0) == 0 ||
               InSet(ascii_lower(forms[j]), {"have", "has", "had", "get", "got", "see", "saw",
                                             "want", "wanted", "let", "make", "made"});
    if (helped) continue;
    if (i + 2 < forms.size() && forms[i + 1] == "by" && xpos_at(i + 2) != "VBG") continue;
    (*tags)[i] = vbd;
  }
  // "China's military(JJ) held(VBN) drills", "Myanmar's military(JJ)
  // bombed": "military" after an owner or an article, before a verb, is the
  // noun.
  const int jj = ids_.jj;
  for (size_t i = 1; nn >= 0 && i + 1 < forms.size(); ++i) {
    if ((*tags)[i] != jj || (forms[i] != "military" && forms[i] != "Military") ||
        tags_[(*tags)[i + 1]].rfind("VERB", 0) != 0)
      continue;
    std::string_view before = tags_[(*tags)[i - 1]];
    before = before.substr(before.find('\t') + 1);
    if (before == "POS" || before == "DT" || before == "PRP$") (*tags)[i] = nn;
  }
  // "chargé d'affaires(VBZ)": a French elision ("d'") opens no verb.
  for (size_t i = 1; nn >= 0 && i < forms.size(); ++i) {
    std::string_view f = forms[i];
    if (f.size() < 4 || (f[0] != 'd' && f[0] != 'D') || f[1] != '\'' ||
        tags_[(*tags)[i]].rfind("VERB", 0) != 0)
      continue;
    if (nns < 0) nns = ids_.nns;
    (*tags)[i] = f.back() == 's' && nns >= 0 ? nns : nn;
  }
  for (size_t i = 0; i < forms.size(); ++i) {
    std::string_view f = forms[i];
    if (f.size() < 5) continue;
    const bool ists = f.size() >= 6 && ends_with(f, "ists");
    const bool men = !ists && ends_with(f, "men");
    // (or as an adjective or auxiliary: "Gunmen(JJ) abducted dozens of
    // students", "Islamists(AUX) attacked")
    const std::string_view tag = tags_[(*tags)[i]];
    if ((!ists && !men) || !(tag.compare(0, 4, "VERB") == 0 || tag.compare(0, 3, "ADJ") == 0 ||
                             tag.compare(0, 3, "AUX") == 0))
      continue;
    const std::string lower = ascii_lower(f);
    if (ists && InSet(lower, {"exists", "insists", "persists", "resists", "assists", "consists",
                              "subsists", "desists", "enlists", "twists", "coexists", "preexists",
                              "relists", "blacklists", "shortlists", "whitelists"}))
      continue;
    if (men && InSet(lower, {"specimen", "abdomen", "regimen", "stamen", "acumen", "examen"}))
      continue;
    if (nns < 0) nns = ids_.nns;
    if (nns >= 0) (*tags)[i] = nns;
  }
}

// "..., the opposition said.": the index of the comma opening a closing
// clause of at most five words with a finite verb of reporting, else the
// sentence's length.
size_t Tagger::reported_clause_start(const std::vector<std::string_view>& forms,
                                     const std::vector<int>& tags) const {
  // (the reporter's phrase may be long and the report dated: ", the
  // Ukrainian air force said on Monday.")
  const size_t n = forms.size();
  for (size_t c = n >= 10 ? n - 10 : 0; c + 2 < n; ++c) {
    if (forms[c] != ",") continue;
    for (size_t i = c + 1; i < n; ++i) {
      std::string_view tag = tags_[tags[i]];
      std::string_view xpos = tag.substr(tag.find('\t') + 1);
      if (InSet(forms[i], {"said", "says", "told", "reported", "added", "claimed"}) &&
          (xpos == "VBD" || xpos == "VBZ"))
        return c;
      if (xpos.substr(0, 2) == "VB" || xpos == "MD") break;  // another clause
    }
  }
  return n;
}

bool Tagger::parenthetical_report(const std::vector<std::string_view>& forms, size_t k) {
  if (k + 1 >= forms.size() || forms[k + 1] != "," ||
      !InSet(forms[k], {"said", "says", "told", "reported", "added", "claimed"}))
    return false;
  for (size_t c = k >= 5 ? k - 5 : 0; c < k; ++c)
    if (forms[c] == ",") return true;
  return false;
}

size_t Tagger::subordinate_clause_start(const std::vector<std::string_view>& forms,
                                        const std::vector<int>& tags, size_t n) const {
  // The first subordinating word after the subject's place (third word on)
  // with a finite verb after it, before n; n when there is none.
  auto finite = [&](size_t i) {
    std::string_view tag = tags_[tags[i]];
    std::string_view xpos = tag.substr(tag.find('\t') + 1);
    return xpos == "VBZ" || xpos == "VBP" || xpos == "VBD" || xpos == "MD";
  };
  for (size_t k = 2; k + 2 < n; ++k) {
    // (a verb before any subordinator is the main clause's, unless it is a
    // report set off by commas: "..., rights groups said, as ...")
    if (finite(k) && !parenthetical_report(forms, k)) return n;
    std::string_view tag = tags_[tags[k]];
    std::string_view xpos = tag.substr(tag.find('\t') + 1);
    // (or a relative pronoun: "riot police used(VBN) water cannon to disperse
    // protesters who threw fireworks")
    const bool subordinator =
        (xpos == "IN" || xpos == "WRB") &&
        InSet(forms[k], {"after", "before", "when", "while", "because", "since", "until", "as"});
    const bool relative = (xpos == "WP" || xpos == "WDT") && InSet(forms[k], {"who", "which"});
    if (!subordinator && !relative) continue;
    for (size_t i = k + 1; i < n; ++i)
      if (finite(i)) return k;
    return n;
  }
  return n;
}

// "The African Union suspended(VBN) Guinea-Bissau after the military
// seized(VBN) power.": a sentence (capitalized, ending in a period, six
// words or more) tagged without a finite verb, whose "-ed" participles
// stand between a noun before them and the start of a noun phrase after
// them, between a plural noun and "from", or between a name and a
// preposition of asking or meeting, has them as its past-tense
// verbs. (A verbless fragment's participle is mostly followed by another
// preposition or nothing: "Photos taken in 2005.")
void Tagger::retag_verbless_sentence(const std::vector<std::string_view>& forms,
                                     std::vector<int>* tags, size_t n) const {
  // (capitalized, or a dateline in capitals: "KABUL - Pakistani jets ...")
  // (five words will do before a closing report: "Ethiopian troops
  // crossed(VBN) into Eritrea, the government in Asmara said.")
  const size_t min_words = n < forms.size() ? 5 : 6;
  if (n < min_words || forms.back() != "." || word_case(forms[0]) < 2) return;
  const int vbd = ids_.vbd, vbn = ids_.vbn, jj = ids_.jj;
  if (vbd < 0 || vbn < 0) return;
  auto xpos = [&](size_t i) {
    std::string_view tag = tags_[(*tags)[i]];
    return tag.substr(tag.find('\t') + 1);
  };
  auto noun = [&](size_t i) { return InSet(xpos(i), {"NN", "NNS", "NNP", "NNPS"}); };
  // (or a number's qualifier: "strikes killed(VBN) at least 104 people")
  auto phrase_start = [&](size_t i) {
    return InSet(xpos(i), {"DT", "NN", "NNS", "NNP", "NNPS", "JJ", "CD", "PRP$", "PRP"}) ||
           (i + 1 < forms.size() &&
            ((forms[i] == "at" && forms[i + 1] == "least") ||
             (forms[i] == "more" && forms[i + 1] == "than") ||
             (InSet(forms[i], {"nearly", "almost", "some", "about", "around"}) &&
              xpos(i + 1) == "CD")));
  };
  // (its "of" phrases too: "Hundreds of people protested(VBN) in Tbilisi")
  auto opening_noun_phrase = [&](size_t end) {  // words [0, end) are a noun phrase
    for (size_t k = 0; k < end; ++k)
      if (!InSet(xpos(k),
                 {"NNP", "NNPS", "NN", "NNS", "JJ", "DT", "POS", "HYPH", ",", "CD", "CC"}) &&
          !(forms[k] == "of" && k > 0))
        return false;
    return true;
  };
  for (size_t i = 1; i + 1 < n; ++i) {
    std::string_view f = forms[i];
    // (a regular "-ed" form, or an irregular one the past tense shares)
    const bool past_form =
        (f.size() >= 4 && f.substr(f.size() - 2) == "ed") ||
        InSet(f, {"held", "met",  "sent", "told",  "made",    "led",   "fought", "struck",
                  "shot", "hit",  "left", "kept",  "brought", "built", "found",  "lost",
                  "paid", "sold", "won",  "spent", "sought",  "laid",  "fled"});
    // (a regular "-ed" form tagged as an adjective too, after the opening
    // noun phrase and before a noun phrase: "Gunmen abducted(JJ) dozens of")
    const bool adjective = (*tags)[i] == jj && f.size() >= 4 && f.substr(f.size() - 2) == "ed" &&
                           opening_noun_phrase(i) && phrase_start(i + 1);
    // (or an irregular past read as a preposition or noun after the opening
    // noun phrase: "Georgian riot police beat(IN) demonstrators")
    const bool misread = InSet(f, {"beat", "shot", "hit", "struck", "cut", "shut", "put"}) &&
                         InSet(xpos(i), {"IN", "NN", "JJ", "RB", "VBP"}) &&
                         opening_noun_phrase(i) && phrase_start(i + 1);
    if (((*tags)[i] != vbn && !adjective && !misread) || (!past_form && !misread)) continue;
    // (or by a phrase naming where from: "Indian and Chinese troops
    // disengaged from two friction points")
    const bool from_phrase = forms[i + 1] == "from" && InSet(xpos(i - 1), {"NNS", "NNPS"});
    // (or after a name, by the preposition of a verb of asking or meeting:
    // "Lee Jae-myung called for dialogue", "Trump met with Putin")
    // Only after a sentence-opening noun phrase: "time spent with us",
    // "A ... menu executed with", "Kindly confirm ... Meeting scheduled for"
    // (EWT) are fragments; "on" after a name or as the target of fire only
    // ("Photo taken on Monday.", "Security forces fired on protesters").
    const bool named_asker =
        opening_noun_phrase(i) &&
        ((InSet(xpos(i - 1), {"NN", "NNP"}) && InSet(forms[i + 1], {"for", "with", "against"})) ||
         (InSet(xpos(i - 1), {"NNP", "NNPS"}) && forms[i + 1] == "on") ||
         (noun(i - 1) && InSet(f, {"fired", "cracked"}) && InSet(forms[i + 1], {"on", "at"})) ||
         // (a verb of deciding before its infinitive: "The two sides agreed to")
         (noun(i - 1) && forms[i + 1] == "to" &&
          InSet(f, {"agreed", "decided", "refused", "vowed", "pledged", "threatened", "promised",
                    "failed", "planned", "tried", "attempted", "offered", "voted", "moved"})) ||
         // (a verb of responding before its means: "Afghan forces retaliated by")
         (noun(i - 1) && InSet(forms[i + 1], {"by", "with"}) &&
          InSet(f, {"retaliated", "responded", "reacted", "hit"})) ||
         // (a verb without an object before a phrase of place or time:
         // "Congolese troops and M23 rebels clashed near Uvira")
         (noun(i - 1) && xpos(i + 1) == "IN" &&
          InSet(f, {"clashed", "fought", "withdrew", "retreated", "protested", "marched", "rallied",
                    "gathered", "arrived", "died", "fled", "landed", "crashed", "crossed",
                    "advanced", "pushed", "poured"})));
    if (noun(i - 1) && (phrase_start(i + 1) || from_phrase || named_asker)) (*tags)[i] = vbd;
  }
}

void Tagger::tag_forms(const std::vector<std::string_view>& forms, std::vector<int>* tags,
                       float second_pass_margin) const {
  // Per-thread buffers: tagging allocates nothing after the first sentences.
  thread_local std::vector<WordInfo> info;
  thread_local std::vector<int> first;
  thread_local std::vector<float> margin;  // the first pass's
  prepare(forms, &info);
  first.assign(forms.size(), 0);
  margin.assign(forms.size(), 0);
  tags->assign(forms.size(), 0);
  uint64_t feats[kMaxTaggerFeatures];
  const int passes = model2_.num_classes() > 0 ? 2 : 1;
  for (int pass = 0; pass < passes; ++pass) {
    std::vector<int>& out = pass + 1 == passes ? *tags : first;
    const LinearModel& m = pass == 0 ? model_ : model2_;
    int p1 = -1, p2 = -1;
    for (size_t i = 0; i < forms.size(); ++i) {
      // Argmax of the exact sums, as score() would give.
      int best;
      if (pass == 1 && margin[i] >= second_pass_margin) {
        best = first[i];
      } else {
        int nf = features(info, static_cast<int>(i), p1, p2, pass ? first.data() : nullptr,
                          feature_set_, feats);
        best = pass == 0 && passes == 2 ? m.best_class(feats, nf, &margin[i])
                                        : m.best_class(feats, nf);
      }
      out[i] = best;
      p2 = p1;
      p1 = best;
    }
  }
}

void Tagger::train(const std::vector<std::string>& tag_names,
                   const std::vector<TaggedSentence>& sentences, int iterations,
                   std::mt19937_64* rng, const std::function<void(int)>& progress, float min_weight,
                   int members) {
  members = std::max(1, members);
  tags_ = tag_names;
  index_tags();
  // Ambiguity classes from words seen at least twice.
  std::unordered_map<uint64_t, std::map<int, int>> seen;
  // Keys: the lower-cased form, and (form, 0xCA5E) for the exact form.
  for (const auto& s : sentences)
    for (size_t i = 0; i < s.forms.size(); ++i) {
      seen[hash_string(ascii_lower(s.forms[i]))][s.tags[i]]++;
      seen[hash_combine(hash_string(s.forms[i]), 0xCA5E)][s.tags[i]]++;
    }
  // The ambiguity class of `counts` less one occurrence of tag `without`
  // (-1: none): the tags of at least 5% of the occurrences; 0 when fewer
  // than two occurrences are left.
  auto ambiguity_class = [](const std::map<int, int>& counts, int without) -> uint64_t {
    int total = 0;
    for (auto& [t, c] : counts) total += c - (t == without);
    if (total < 2) return 0;
    uint64_t h = 0x77;
    for (auto& [t, c] : counts)
      if ((c - (t == without)) * 20 >= total) h = hash_combine(h, static_cast<uint64_t>(t));
    return h;
  };
  std::vector<std::pair<uint64_t, uint64_t>> amb;
  for (const auto& [word, counts] : seen) {
    uint64_t h = ambiguity_class(counts, -1);
    if (h != 0) amb.emplace_back(word, h);
  }
  // Case classes (feature set 1), by lower-cased word; stored in the same
  // table under case_key().
  std::unordered_map<uint64_t, CaseCounts> case_counts;
  if (feature_set_ >= 1) {
    for (const auto& s : sentences)
      for (size_t i = 0; i < s.forms.size(); ++i)
        add_case(&case_counts[hash_string(ascii_lower(s.forms[i]))], counted_case(s.forms[i], i),
                 1);
    for (const auto& [word, counts] : case_counts)
      amb.emplace_back(case_key(word), case_class(counts));
  }
  std::sort(amb.begin(), amb.end());
  ambiguity_.assign(amb);
  const int num_tags = static_cast<int>(tags_.size());
  // The members' means of each pass, summed as they finish (one member:
  // unused).
  LinearTrainer mean(num_tags), mean2(num_tags);
  std::vector<int> first;
  std::vector<size_t> order(sentences.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<WordInfo> info;
  std::vector<std::string_view> forms;
  std::vector<float> scores(tags_.size());
  uint64_t feats[kMaxTaggerFeatures];
  for (int member = 0; member < members; ++member) {
    LinearTrainer trainer(num_tags), trainer2(num_tags);
    for (int it = 0; it < iterations; ++it) {
      deterministic_shuffle(&order, rng);
      for (size_t idx : order) {
        const TaggedSentence& s = sentences[idx];
        forms.assign(s.forms.begin(), s.forms.end());
        prepare(forms, &info);
        // Leave-one-out ambiguity classes: a training word's class (and its
        // exact spelling's) leaves out the occurrence being tagged. Words
        // seen once in training then look as unknown words do at tagging
        // time, and a rare word's class need not hold its gold tag; with the
        // full counts the weights learnt to trust the classes more than they
        // deserve on new text (dev UPOS +0.13, XPOS +0.20).
        for (size_t i = 0; i < forms.size(); ++i) {
          WordInfo& w = info[i];
          uint64_t h = ambiguity_class(seen[w.lower], s.tags[i]);
          w.amb = h != 0 ? h : kNone;
          h = ambiguity_class(seen[hash_combine(w.form, 0xCA5E)], s.tags[i]);
          w.form_amb = h != 0 ? h : kNone;
          if (feature_set_ >= 1) {
            // The same for the case class.
            CaseCounts c = case_counts[w.lower];
            add_case(&c, counted_case(forms[i], i), -1);
            h = case_class(c);
            w.casecls = h != 0 ? h : kNone;
          }
        }
        first.assign(forms.size(), 0);
        for (int pass = 0; pass < 2; ++pass) {
          LinearTrainer& t = pass == 0 ? trainer : trainer2;
          int p1 = -1, p2 = -1;
          for (size_t i = 0; i < forms.size(); ++i) {
            int nf = features(info, static_cast<int>(i), p1, p2, pass ? first.data() : nullptr,
                              feature_set_, feats);
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
      const bool last = it + 1 == iterations;
      if (members == 1) {
        if (progress || last) {
          const float keep = last ? min_weight : 0.0f;
          trainer.compile(&model_, keep);
          trainer2.compile(&model2_, keep);
        }
        if (progress) progress(it);
        continue;
      }
      // Several members: the first member's epochs, then the mean so far at
      // the end of each later member.
      if (last) {
        const float factor = 1.0f / static_cast<float>(members);
        mean.add_averaged(trainer, factor);
        mean2.add_averaged(trainer2, factor);
      }
      if (!progress || (member > 0 && !last)) continue;
      const LinearTrainer& shown = last ? mean : trainer;
      const LinearTrainer& shown2 = last ? mean2 : trainer2;
      shown.compile(&model_, 0.0f);
      shown2.compile(&model2_, 0.0f);
      progress(member * iterations + it);
    }
  }
  if (members > 1) {
    mean.compile(&model_, min_weight);
    mean2.compile(&model2_, min_weight);
  }
}

void Tagger::save(BinaryWriter* w) const {
  w->strings(tags_);
  w->pairs(ambiguity_.sorted_pairs());
  uint32_t passes = model2_.num_classes() > 0 ? 2 : 1;
  w->pod(passes | static_cast<uint32_t>(feature_set_) << 8);
  model_.save(w);
  if (passes == 2) model2_.save(w);
}

bool Tagger::load(BinaryReader* r, int format_version) {
  std::vector<std::pair<uint64_t, uint64_t>> amb;
  if (!r->strings(&tags_) || !r->pairs(&amb)) return false;
  index_tags();
  // Version 1: one pass; version 2: two passes; from version 3 the count is stored.
  uint32_t passes = format_version == 1 ? 1 : 2;
  if (format_version >= 3 && !r->pod(&passes)) return false;
  feature_set_ = static_cast<int>(passes >> 8);
  passes &= 0xff;
  if (passes < 1 || passes > 2 || feature_set_ > kFeatureSet) return false;
  if (!model_.load(r)) return false;
  model2_ = LinearModel();
  if (passes == 2 && !model2_.load(r)) return false;
  ambiguity_.assign(amb);
  return model_.num_classes() == static_cast<int>(tags_.size()) &&
         (passes == 1 || model2_.num_classes() == model_.num_classes()) && !tags_.empty();
}

}  // namespace parley::nlp
