// libFuzzer target: the .jsonl reader on arbitrary bytes must never crash,
// and every document it returns must satisfy the Document invariants. Also
// checks that the fast flat-object parser agrees with nlohmann-json whenever
// it accepts a line.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "fuzz_read_common.h"
#include "parley/read/flat_json.h"

namespace {

void check_flat_parser(std::string_view line) {
  std::vector<parley::JsonField> fields;
  if (!parley::parse_flat_json_object(line, &fields)) return;
  nlohmann::ordered_json value = nlohmann::ordered_json::parse(line.begin(), line.end(), nullptr,
                                                               /*allow_exceptions=*/false);
  parley::fuzz::check(value.is_object() && value.size() == fields.size());
  size_t i = 0;
  for (auto it = value.begin(); it != value.end(); ++it, ++i) {
    const parley::JsonField& f = fields[i];
    parley::fuzz::check(it.key() == f.key);
    if (it->is_string()) {
      parley::fuzz::check(f.kind == parley::JsonField::kString &&
                          it->get<std::string>() == f.value);
    } else {
      parley::fuzz::check(f.kind != parley::JsonField::kString);
      parley::fuzz::check(it->is_null() == (f.kind == parley::JsonField::kNull));
      parley::fuzz::check(it->is_number_unsigned() == (f.kind == parley::JsonField::kUnsigned));
      parley::fuzz::check(it->dump() == f.value);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  size_t pos = 0;
  while (pos <= input.size()) {
    size_t nl = input.find('\n', pos);
    if (nl == std::string_view::npos) nl = input.size();
    std::string_view line = input.substr(pos, nl - pos);
    if (parley::is_valid_utf8(line)) check_flat_parser(line);
    pos = nl + 1;
  }
  parley::fuzz::read_all(parley::InputFormat::kJsonl, data, size);
  return 0;
}
