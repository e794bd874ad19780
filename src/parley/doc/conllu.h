// CoNLL-U reading and writing (https://universaldependencies.org/format.html).
//
// Reading builds Documents whose text is rebuilt from the word forms and
// SpaceAfter=No, so every Word and Token gets byte offsets into that text like
// words found by the tokenizer. Documents are split at "# newdoc"; "# newpar"
// starts a new paragraph (a blank line in the rebuilt text). Multiword token
// lines ("3-4 don't") become one Token over several Words.
#pragma once

#include <istream>
#include <string>
#include <string_view>

#include "parley/doc/document.h"
#include "parley/util/status.h"

namespace parley {

// Streams Documents out of a CoNLL-U input. Malformed sentences are reported
// as Status errors naming the line and skipped; reading goes on.
class ConlluReader {
 public:
  // `path` is only used in messages. The stream must outlive the reader.
  ConlluReader(std::istream* in, std::string path);

  // Reads the next document into *doc. Returns false at the end of input.
  // A malformed sentence sets *error (when given) and is skipped; the
  // document still holds the sentences read correctly.
  bool next(Document* doc, Status* error);

  // Documents are split at "# newdoc" by default; with split_documents=false
  // the whole input is one document (useful for files without newdoc).
  void set_one_document_per_sentence(bool v) { one_per_sentence_ = v; }

 private:
  bool read_line(std::string* line);
  std::istream* in_;
  std::string path_;
  uint64_t line_no_ = 0;
  std::string pending_;  // a "# newdoc" line read ahead
  bool has_pending_ = false;
  bool one_per_sentence_ = false;
};

// Parses one sentence block (comment and word lines, no blank line) whose
// first line is line `first_line` of `path`, appending its text to doc->text
// (preceded by `separator` when the text is not empty) and its Sentence to
// doc->sentences. Returns an error naming path:line on malformed input.
Status append_conllu_sentence(std::string_view block, const std::string& path, uint64_t first_line,
                              std::string_view separator, Document* doc);

// Writes every sentence of the document as CoNLL-U (# sent_id, # text, word
// lines with multiword token ranges and SpaceAfter=No). Unset fields print "_".
// A document with an id starts with "# newdoc id = ID" and, when its date is
// known, "# date = YYYY-MM-DD", so documents written one after another read
// back (parley's CoNLL-U reader) as the same documents with the same dates.
void write_conllu(const Document& doc, std::string* out);

}  // namespace parley
