// Document: one article and every annotation the pipeline adds to it.
//
// The Document owns the original text and never changes it. Every sentence,
// token and word refers back into it by byte offsets [start, end), so any
// later record (an actor, an event) can show its evidence in the source text.
// Stages annotate the same Document in turn (spaCy style): the tokenizer fills
// sentences/tokens/words, the tagger fills upos/xpos/feats/lemma, the parser
// fills head/deprel.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace parley {

// A syntactic word in the Universal Dependencies sense: the unit that is
// tagged and parsed. Usually one word per token; a multiword token such as
// "don't" holds two words ("do", "n't"), each with its own byte span inside
// the token's span.
struct Word {
  uint32_t start = 0;  // byte offset into Document::text
  uint32_t end = 0;
  std::string form;  // normally text[start, end); may differ (e.g. gold CoNLL-U input)
  std::string lemma;
  std::string upos;
  std::string xpos;
  std::string feats;  // UD features "A=B|C=D", empty when none
  int head = -1;      // 1-based index of the head word in the sentence, 0 = root, -1 = unparsed
  std::string deprel;
  std::string misc;  // MISC column kept from CoNLL-U input, without SpaceAfter
};

// A surface token: a maximal span of text that the tokenizer keeps together.
// Words [first_word, first_word + word_count) of the sentence belong to it.
struct Token {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t first_word = 0;
  uint32_t word_count = 1;
  bool space_after = true;  // false when the next token follows with no white space
};

struct Sentence {
  uint32_t start = 0;  // byte span of the sentence in Document::text
  uint32_t end = 0;
  std::vector<Token> tokens;
  std::vector<Word> words;
  // False for lines that are kept in the text but must not be coded
  // (bylines, "3 min read", photo credits, datelines).
  bool codable = true;
  std::string sent_id;  // from CoNLL-U input when present
};

// A byte range of the document text, e.g. a photo credit not to be coded.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
};

struct Document {
  std::string id;
  std::string date;  // "YYYY-MM-DD" or empty when unknown
  std::string title;
  std::vector<std::pair<std::string, std::string>> metadata;  // other input fields, in input order
  std::string text;                                           // the original text, never modified
  std::vector<Span> no_code;  // spans kept in the text but not to be coded
  std::vector<Sentence> sentences;

  // Where the document came from, for error messages: "dir/news.jsonl", line 12.
  std::string source_path;
  uint64_t source_line = 0;

  std::string_view slice(uint32_t start, uint32_t end) const {
    return std::string_view(text).substr(start, end - start);
  }
  // True when [start, end) overlaps a no_code span.
  bool in_no_code(uint32_t start, uint32_t end) const;
};

}  // namespace parley
