// Sentence splitting over the raw tokens of the tokenizer (internal to
// tokenizer.cc; exposed for tests and the benchmark).
//
// A sentence ends at a blank line (always); at sentence-final punctuation
// (. ! ? ... and runs of them) together with the closing quotes and brackets
// that follow it, when the next token can start a sentence; after an
// abbreviation or an initial only when the next word is a likely sentence
// start; and at a single line break after a short line without final
// punctuation (headlines, datelines, bylines).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace parley {
namespace tokenizer_internal {

enum CharKind : uint8_t {
  kSpace,
  kNewline,
  kUpper,
  kLower,
  kDigit,
  kLetter,
  kPunct,
  kCombining,
};

struct RawToken {
  enum Flags : uint8_t {
    kWord = 1,         // starts with a letter or digit (may hold clitics)
    kAbbrev = 2,       // a word whose last byte is an abbreviation's period
    kFinal = 4,        // . ! ? ... and runs of them
    kOpen = 8,         // opening quote or bracket
    kClose = 16,       // closing quote or bracket
    kApostrophe = 32,  // a word that may hold an apostrophe (where clitics split off)
  };
  uint32_t start = 0;
  uint32_t end = 0;
  uint8_t flags = 0;
  uint8_t breaks = 0;  // line breaks before the token: 0, 1, or 2 (a blank line)
  bool space_before = false;
};

// Splits text into raw tokens (no sentences, no multiword splitting).
void scan_tokens(const std::string& text, std::vector<RawToken>* out);

// boundary[j] != 0: a sentence ends before token j (boundary[n] = 1).
// kForced marks blank lines, which always end a sentence.
constexpr uint8_t kForced = 2;

// The hand-written rules alone (also a feature of the model).
void rule_boundaries(const std::string& text, const std::vector<RawToken>& t,
                     std::vector<uint8_t>* boundary);

// Whether the model is asked about a boundary before token j (0 < j < size).
bool is_candidate(const std::string& text, const std::vector<RawToken>& t, size_t j);

// Rules, then the averaged-perceptron model `weights` (none: rules only),
// left to right, asking the model about every candidate (split_sentences
// skips a few kinds it never calls boundaries; see splitter.cc).
void decide_boundaries(const std::string& text, const std::vector<RawToken>& t,
                       const float* weights, std::vector<uint8_t>* boundary);

}  // namespace tokenizer_internal

// Decides the sentence boundaries over `tokens` (made by scan_tokens from
// `text`): fills *ends with the index one past the last token of each
// sentence. An abbreviation that ends a sentence loses its period to a token
// of its own, as in EWT ("etc ." at the end of a sentence), so *tokens may grow.
void split_sentences(const std::string& text, std::vector<tokenizer_internal::RawToken>* tokens,
                     std::vector<uint32_t>* ends);

}  // namespace parley
