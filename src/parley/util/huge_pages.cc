#include "parley/util/huge_pages.h"

#include <sys/mman.h>

#include <cstdint>

namespace parley {

std::shared_ptr<char> AllocateHugePages(size_t bytes) {
  constexpr size_t kHuge = size_t{2} << 20;
  // Rounded up to whole huge pages, plus one for the alignment.
  const size_t mapped = (bytes + kHuge - 1) / kHuge * kHuge + kHuge;
  void* map = ::mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (map == MAP_FAILED) return nullptr;
  char* base = static_cast<char*>(map);
  char* aligned =
      reinterpret_cast<char*>((reinterpret_cast<uintptr_t>(base) + kHuge - 1) & ~(kHuge - 1));
#ifdef MADV_HUGEPAGE
  ::madvise(aligned, mapped - static_cast<size_t>(aligned - base), MADV_HUGEPAGE);
#endif
  return std::shared_ptr<char>(aligned, [base, mapped](char*) { ::munmap(base, mapped); });
}

std::shared_ptr<char> AllocateLargeTable(size_t bytes) {
  std::shared_ptr<char> memory = AllocateHugePages(bytes);
  if (memory == nullptr) memory.reset(new char[bytes + 1](), std::default_delete<char[]>());
  return memory;
}

}  // namespace parley
