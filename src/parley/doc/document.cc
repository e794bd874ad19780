#include "parley/doc/document.h"

namespace parley {

bool Document::in_no_code(uint32_t start, uint32_t end) const {
  for (const Span& s : no_code) {
    if (start < s.end && s.start < end) return true;
  }
  return false;
}

}  // namespace parley
