#include <gtest/gtest.h>

#include <string>

#include "parley/util/flat_hash.h"

namespace parley {
namespace {

TEST(U64Map, InsertsFindsAndKeepsTheFirstValue) {
  U64Map m;
  EXPECT_EQ(m.get(0, 7), 7u);                                // empty map
  EXPECT_EQ(m.try_emplace(0, 1), std::make_pair(1u, true));  // key 0 is a key like any other
  EXPECT_EQ(m.try_emplace(0, 2), std::make_pair(1u, false));
  for (uint64_t k = 1; k <= 10000; ++k) m.try_emplace(k << 32 | (k * 7), static_cast<uint32_t>(k));
  EXPECT_EQ(m.size(), 10001u);
  EXPECT_EQ(m.get(0, 99), 1u);
  for (uint64_t k = 1; k <= 10000; ++k) ASSERT_EQ(m.get(k << 32 | (k * 7), 0), k);
  EXPECT_EQ(m.get(uint64_t{5} << 32, 99), 99u);
}

TEST(StringIds, DenseIdsInInsertionOrder) {
  StringIds ids;
  EXPECT_EQ(ids.find("a"), StringIds::kNone);
  EXPECT_EQ(ids.intern("a"), 0u);
  EXPECT_EQ(ids.intern(""), 1u);  // the empty string is a string
  EXPECT_EQ(ids.intern("a"), 0u);
  for (int i = 0; i < 5000; ++i) ids.intern("word" + std::to_string(i));
  EXPECT_EQ(ids.size(), 5002u);
  EXPECT_EQ(ids.find(""), 1u);
  EXPECT_EQ(ids.find("word4999"), 5001u);
  EXPECT_EQ(ids.str(5001), "word4999");
  EXPECT_EQ(ids.find("word5000"), StringIds::kNone);
}

}  // namespace
}  // namespace parley
