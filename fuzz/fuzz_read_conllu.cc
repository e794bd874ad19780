// libFuzzer target: the .conllu reader on arbitrary bytes must never crash,
// and every document it returns must satisfy the Document invariants.
#include <cstddef>
#include <cstdint>

#include "fuzz_read_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  parley::fuzz::read_all(parley::InputFormat::kConllu, data, size);
  return 0;
}
