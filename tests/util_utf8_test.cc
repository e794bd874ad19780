#include <gtest/gtest.h>

#include <string>

#include "parley/util/utf8.h"

namespace parley {
namespace {

constexpr size_t npos = std::string_view::npos;

TEST(Utf8, AcceptsWellFormedText) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("plain ASCII text that is longer than eight bytes"));
  EXPECT_TRUE(is_valid_utf8("Côte d’Ivoire — «Kabul» 喀布尔 \xF0\x9F\x98\x80"));
  EXPECT_TRUE(is_valid_utf8("\xEF\xBF\xBD"));      // U+FFFD
  EXPECT_TRUE(is_valid_utf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF
}

TEST(Utf8, FindsTheFirstBadByte) {
  EXPECT_EQ(find_invalid_utf8("abc\xFF"), 3u);
  EXPECT_EQ(find_invalid_utf8("0123456789\x80xyz"), 10u);  // lone continuation byte
  EXPECT_EQ(find_invalid_utf8("ab\xC3"), 2u);              // truncated at the end
  EXPECT_EQ(find_invalid_utf8("ab\xC3x"), 2u);             // bad continuation
  EXPECT_EQ(find_invalid_utf8("\xC0\xAF"), 0u);            // overlong '/'
  EXPECT_EQ(find_invalid_utf8("\xE0\x80\xAF"), 0u);        // overlong 3-byte
  EXPECT_EQ(find_invalid_utf8("\xED\xA0\x80"), 0u);        // surrogate U+D800
  EXPECT_EQ(find_invalid_utf8("\xF4\x90\x80\x80"), 0u);    // above U+10FFFF
  EXPECT_EQ(find_invalid_utf8("\xF5\x80\x80\x80"), 0u);
  EXPECT_EQ(find_invalid_utf8("ok \xE2\x82\xAC then \xE2\x82"), 12u);  // euro, then truncated
  EXPECT_EQ(find_invalid_utf8(std::string("nul\0is valid", 12)), npos);
}

}  // namespace
}  // namespace parley
