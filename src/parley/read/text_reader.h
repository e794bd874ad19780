// Plain-text articles: one document per file (see reader.h for the format).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "parley/read/reader.h"

namespace parley {

// What a single line of an article is, when it is not ordinary text.
enum class ArticleLine { kText, kDate, kReadTime, kByline, kPhotoCredit };

// Classifies one line (without its line break). For kDate, *date receives the
// normalized date. Exposed for tests.
ArticleLine classify_article_line(std::string_view line, std::string* date);

// Fills title, date and no_code of a document whose text is set.
void annotate_article(Document* doc);

}  // namespace parley
