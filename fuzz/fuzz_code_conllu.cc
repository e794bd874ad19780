// libFuzzer target: CoNLL-U documents carrying any parse (cycles, several
// roots, unknown labels and tags, words without a parse) coded with parley's
// dictionaries, as `parley code` and `parley validate --given-parse` code
// parses from outside. The coder (and its parse repairs) must never crash or
// hang, and every event must point into its document's text.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "parley/code/coder.h"
#include "parley/code/event.h"
#include "parley/dict/dictionary.h"
#include "parley/read/reader.h"

namespace {

void check(bool ok) {
  if (!ok) std::abort();
}

const parley::code::Coder& TheCoder() {
  static const parley::code::Coder* coder = [] {
    std::shared_ptr<const parley::dict::Dictionaries> dicts;
    parley::Status s =
        parley::dict::Dictionaries::LoadDirectory(parley::dict::DefaultDataDir(), &dicts);
    if (!s.ok()) {
      std::fprintf(stderr, "fuzz_code_conllu: %s\n", s.ToString().c_str());
      std::abort();
    }
    return new parley::code::Coder(dicts, parley::code::CoderOptions());
  }();
  return *coder;
}

bool Inside(const parley::code::ByteSpan& s, size_t size) {
  return s.first <= s.second && s.second <= size;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  TheCoder();  // load the dictionaries once, outside the timed runs
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  parley::ReadOptions options;
  options.max_document_bytes = 4096;
  auto reader = parley::new_record_reader(parley::InputFormat::kConllu, &in, "fuzz", options,
                                          [](const parley::ReadProblem&) {});
  parley::Document doc;
  std::vector<parley::code::Event> events;
  while (reader->next(&doc)) {
    events.clear();
    TheCoder().CodeDocument(doc, &events);
    for (const parley::code::Event& e : events)
      check(Inside(e.source_span, doc.text.size()) && Inside(e.target_span, doc.text.size()) &&
            Inside(e.verb_span, doc.text.size()));
  }
  return 0;
}
