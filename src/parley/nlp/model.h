// The English analysis model: tagger, lemmatizer/morphology and parser in one
// versioned binary file. Training (nlp/train.h) and inference (nlp/pipeline.h)
// share this class.
//
// File format (little endian):
//   "PARLEYM\0"  8-byte magic
//   uint32       format version (kModelVersion)
//   uint64       payload size in bytes
//   uint64       payload checksum (64-bit FNV-1a over 8-byte words)
//   payload      description string, tagger, lemmatizer, parser
// Load() rejects a missing file, a wrong magic, another version, a size or
// checksum mismatch (truncated or damaged file) with a Status naming the file.
//
// A loaded Model is read-only: any number of threads may use it at once.
#pragma once

#include <memory>
#include <string>

#include "parley/nlp/lemmatizer.h"
#include "parley/nlp/parser.h"
#include "parley/nlp/tagger.h"
#include "parley/util/status.h"

namespace parley::nlp {

// Version 2 added the tagger's second pass, version 3 stores the number of
// tagger passes, version 4 stores the perceptrons' inference layout (hash
// slots, dense and sparse int16 rows; see perceptron.h) so that loading is a
// read and checks; older files still load (converted on load). Version 5
// stores the parser's transition system (see parser.h) before it.
inline constexpr uint32_t kModelVersion = 5;
inline constexpr uint32_t kOldestModelVersion = 1;

class Model {
 public:
  Tagger tagger;
  Lemmatizer lemmatizer;
  Parser parser;
  std::string description;  // provenance: data and command that trained it

  Status Save(const std::string& path) const;
  static Status Load(const std::string& path, std::unique_ptr<Model>* out);

  // The model used when none is given: $PARLEY_MODEL when set, else
  // models/en_ewt.parley in the source tree (PARLEY_SOURCE_DIR).
  static std::string DefaultPath();
};

}  // namespace parley::nlp
