// Word lists the English tokenizer consults. They are small, compiled in (no
// load time) and written for parley from the conventions of UD English EWT:
// which words take their period with them, which hyphen prefixes stay attached
// to the word, which unit letters split off a number, which fused forms are
// multiword tokens, which abbreviations never end a sentence, and which words
// are likely to start one.
#pragma once

#include <cstdint>
#include <string_view>

namespace parley::tokenizer_tables {

// "Gen", "Sept", "etc", "vs" (the word before its period; case-sensitive,
// with a lowercase fallback for all-lowercase entries such as "etc").
bool is_abbreviation(std::string_view word_without_period);

// Abbreviations that stand before a name or a number and so never end a
// sentence: "Mr", "Dr", "Gen", "St", "No", "vs", "e.g" ...
bool is_title_abbreviation(std::string_view word_without_period);

// Hyphenated prefixes EWT keeps inside the word: "e" (e-mail), "non", "anti",
// "pre", "re", "co" ... (case-insensitive).
bool is_hyphen_prefix(std::string_view segment);

// Unit letters that EWT splits off a number: "am", "pm", "m", "k", "bn" ...
bool is_unit(std::string_view letters);

// Fused forms without apostrophe that EWT treats as multiword tokens:
// "cannot" -> can|not, "gonna" -> gon|na, "dont" -> do|nt. Writes the byte
// offsets where a new word starts into cuts[0..*n) (at most 3).
void fused_word_split(std::string_view token, uint32_t* cuts, int* n);

// A cheap test, without false negatives, that `token` may be one of those
// fused forms (by its length and its first and last letters): most words
// are ruled out with no call and one branch.
struct FusedIndex {
  uint32_t lengths[32];  // by (first letter | 0x20) & 31: bit L for a form of length L
  uint32_t last[32];     // by first letter: bit (last letter | 0x20) & 31
};
extern const FusedIndex kFusedIndex;
inline bool may_be_fused(std::string_view token) {
  if (token.size() < 2 || token.size() > 8) return false;
  const unsigned first = (static_cast<unsigned char>(token[0]) | 0x20) & 31;
  const unsigned last = (static_cast<unsigned char>(token.back()) | 0x20) & 31;
  return (kFusedIndex.lengths[first] >> token.size()) & (kFusedIndex.last[first] >> last) & 1;
}

// Capitalized words that usually start a sentence ("The", "I", "But", "We").
bool is_sentence_starter(std::string_view word);

}  // namespace parley::tokenizer_tables
