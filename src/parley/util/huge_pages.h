// Memory backed by 2 MB pages, for large read-mostly tables looked up at
// random (model weights and their filter). With 4 KB pages most lookups in
// a table of tens of MB also miss the TLB; with 2 MB pages a 25 MB model
// needs 13 TLB entries. Measured on an AMD EPYC VM (BENCHMARKS.md, session
// 9): no gain on one quiet core, 1.09x with two threads, 1.1-1.3x on one core
// while the other core was busy compiling.
#pragma once

#include <cstddef>
#include <memory>

namespace parley {

// `bytes` of zeroed memory aligned to 2 MB and marked for transparent huge
// pages (MADV_HUGEPAGE), or null when the mapping fails. Where the kernel
// gives no huge pages (THP "never") the memory still works, with small ones.
std::shared_ptr<char> AllocateHugePages(size_t bytes);

// AllocateHugePages, or ordinary zeroed heap memory when that fails.
std::shared_ptr<char> AllocateLargeTable(size_t bytes);

}  // namespace parley
