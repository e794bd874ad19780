// libFuzzer target: arbitrary bytes (valid UTF-8 or not) through the tokenizer
// and sentence splitter. It must not crash, and every sentence, token and word
// must lie inside the text, in order, with words tiling their token.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "parley/nlp/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  parley::Document doc;
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  if (size > 4)
    doc.no_code.push_back({static_cast<uint32_t>(size / 4), static_cast<uint32_t>(size / 2)});
  parley::tokenize(&doc);
  uint32_t last = 0;
  for (const parley::Sentence& s : doc.sentences) {
    if (s.tokens.empty() || s.start > s.end || s.end > doc.text.size()) std::abort();
    uint32_t word = 0;
    for (const parley::Token& t : s.tokens) {
      if (t.start >= t.end || t.end > doc.text.size() || t.start < last) std::abort();
      if (t.first_word != word || t.word_count == 0) std::abort();
      uint32_t pos = t.start;
      for (uint32_t k = 0; k < t.word_count; ++k) {
        if (word + k >= s.words.size()) std::abort();
        const parley::Word& w = s.words[word + k];
        if (w.start != pos || w.end <= w.start || w.end > t.end) std::abort();
        if (w.form != doc.text.substr(w.start, w.end - w.start)) std::abort();
        pos = w.end;
      }
      if (pos != t.end) std::abort();
      word += t.word_count;
      last = t.end;
    }
    if (word != s.words.size()) std::abort();
  }
  return 0;
}
