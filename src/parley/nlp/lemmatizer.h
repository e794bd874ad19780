// Lemmatizer and morphological features, both learned from a treebank.
//
// Lemmas: a (form, tag) -> lemma table from training, then (lower-cased form,
// tag); for words not in the table, an edit script ("lower-case, strip 3
// bytes, append 'e'") picked by the longest known suffix of the form under
// the same tag. Scripts are counted over word types, so they model how
// unseen words behave rather than frequent irregulars.
//
// Then rules trained or fixed: numbers with thousands separators drop them
// ("1,100" -> "1100"); a script result that is no known lemma gives way to a
// shorter suffix's or to a spelling repair that is ("modelling" -> "model",
// "timed" -> "time"); a word seen in training under other tags with one
// lemma keeps it when the scripts give no lemma seen in lower case ("sold"
// tagged as a noun -> "sell"); name tags keep the
// form's case; digits alone are their own lemma; elongated spellings
// ("sooooo") take the lemma of the word they stretch when it is known
// ("so"); a script that appends four bytes or more and gives no known lemma
// ("Capt." -> "Captember") gives way to the form, as do scripts leaving less than two bytes or
// cutting letters after punctuation; a lemma seen only as a name ("Tim") does not stop the
// repairs ("timed" -> "time"); hashtags and addresses keep their form; an unseen word (six
// letters or more, not a name) in which two neighbouring letters swapped give a word seen with
// the tag takes that word's lemma ("lenght" -> "length"); an 'e' too many that a script leaves
// goes when the word without it is a known lemma ("potatoe" -> "potato"); a capitalized word
// seen ten times or more and never as a name, but tagged with a name tag, keeps its usual lemma
// ("Who" -> "who"). The extra data lives under reserved keys of the form table (known lemmas,
// lemmas seen in lower case, form-only lemmas, frequent capitalized forms, case-keeping tags), so
// the file format is unchanged and older models still load (without those rules' data).
//
// Features (UD FEATS): the same scheme, a (lower-cased form, tag) table and
// then the most frequent FEATS for the tag and longest known suffix.
//
// Read-only after training; safe to share between threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parley/nlp/binary_io.h"
#include "parley/nlp/perceptron.h"

namespace parley::nlp {

struct LemmaExample {
  std::string form;
  int tag;
  std::string lemma;
  std::string feats;
};

class Lemmatizer {
 public:
  void train(const std::vector<LemmaExample>& examples);
  std::string lemma(std::string_view form, int tag) const;
  const std::string& feats(std::string_view form, int tag) const;
  // *lemma = lemma(form, tag), *feats = feats(form, tag), from a per-thread
  // cache of recent (form, tag) pairs when it has them.
  void annotate(std::string_view form, int tag, std::string* lemma, std::string* feats) const;
  // Whether a contracted auxiliary ("'s", "'d", also with U+2019) is "have"
  // by the word after it (adverbs left out by the caller), which its own
  // (form, tag) cannot tell: before "been", "got", "gotten" or "had" ("it's
  // been", "he'd had"), where the tag mostly says "be" or "would" (on EWT
  // train all 14 such auxiliaries are "have").
  static bool contracted_have(std::string_view form, std::string_view next);

  void save(BinaryWriter* w) const;
  bool load(BinaryReader* r);

 private:
  // (tag, suffix) -> value id: the longest known suffix wins.
  struct SuffixTable {
    KeyTable<uint32_t> best;
    uint32_t lookup(std::string_view lower, int tag, uint32_t fallback) const;
  };
  std::string apply_script(std::string_view form, uint32_t script) const;

  KeyTable<uint32_t> form_lemma_;   // hash(form, tag) -> lemma id
  KeyTable<uint32_t> lower_lemma_;  // hash(lower, tag) -> lemma id
  std::vector<std::string> lemmas_;
  std::vector<std::string> scripts_;  // "mode\tstrip\tappend"
  SuffixTable lemma_rules_;
  KeyTable<uint32_t> lower_feats_;  // hash(lower, tag) -> feats id
  std::vector<std::string> feats_;
  SuffixTable feats_rules_;
  // Identifies the tables for the caches of annotate(): unique in the
  // process, new on every train() and load(); copies share it (and the
  // tables). 0: no tables yet.
  uint64_t cache_id_ = 0;
};

}  // namespace parley::nlp
