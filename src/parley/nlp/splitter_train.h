// Training of the sentence-boundary model (splitter_model.h) on gold CoNLL-U:
// an averaged perceptron over the candidate boundaries of each gold
// document's rebuilt raw text, labelled by the gold sentence starts.
// Deterministic: same files, same epochs, same weights.
#pragma once

#include <ostream>
#include <string>

#include "parley/util/status.h"

namespace parley {

// Trains for `epochs` passes over `train_path`, reports boundary precision,
// recall and F1 on `dev_path` after each one (to *log), keeps the best epoch
// and writes its weights as the C++ include file `out_path`
// (src/parley/nlp/splitter_weights.inc).
Status train_splitter(const std::string& train_path, const std::string& dev_path, int epochs,
                      const std::string& out_path, std::ostream* log);

}  // namespace parley
