// libFuzzer target: the .csv and .tsv readers on arbitrary bytes must never crash,
// and every document it returns must satisfy the Document invariants.
#include <cstddef>
#include <cstdint>

#include "fuzz_read_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  parley::fuzz::read_all(parley::InputFormat::kCsv, data, size);
  parley::fuzz::read_all(parley::InputFormat::kTsv, data, size);
  return 0;
}
