#include "parley/doc/document.h"

#include <gtest/gtest.h>

namespace parley {
namespace {

TEST(Document, SliceReturnsByteRange) {
  Document doc;
  doc.text = "Russia said the Taliban accepted.";
  EXPECT_EQ(doc.slice(0, 6), "Russia");
  EXPECT_EQ(doc.slice(16, 23), "Taliban");
}

TEST(Document, NoCodeSpansOverlap) {
  Document doc;
  doc.text = "Photo: Reuters\nKabul talks resume.";
  doc.no_code.push_back({0, 14});
  EXPECT_TRUE(doc.in_no_code(7, 14));
  EXPECT_FALSE(doc.in_no_code(15, 20));
}

}  // namespace
}  // namespace parley
