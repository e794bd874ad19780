#include "parley/read/text_reader.h"

#include <array>
#include <cstring>

#include "parley/read/line_reader.h"
#include "parley/read/read_util.h"
#include "parley/util/date.h"

namespace parley {
namespace {

using read_internal::trim;

// Lines longer than this are ordinary text without looking further.
constexpr size_t kMaxSpecialLine = 200;

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}
bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Removes `prefix` (lower case) and returns true when `lowered` starts with it.
bool take_prefix(std::string_view* lowered, std::string_view prefix) {
  if (!starts_with(*lowered, prefix)) return false;
  lowered->remove_prefix(prefix.size());
  return true;
}

// "KABUL", "KABUL (Parley Wire)", "Kabul, Afghanistan": a place before a dateline.
bool is_dateline_place(std::string_view s) {
  s = trim(s);
  if (s.empty() || s.size() > 60) return false;
  if (!is_upper(s[0]) && static_cast<unsigned char>(s[0]) < 0x80) return false;
  int words = 1;
  for (char c : s) {
    if (is_digit(c) || c == '.' || c == ':' || c == ';' || c == '!' || c == '?') return false;
    if (c == ' ') ++words;
  }
  return words <= 6;
}

std::optional<std::string> date_line(std::string_view line) {
  if (auto d = normalize_date(line)) return d;
  std::string lowered = to_lower(line);
  std::string_view rest = lowered;
  for (std::string_view prefix :
       {"first published", "last updated", "published", "updated", "posted", "date"}) {
    if (take_prefix(&rest, prefix)) {
      rest = trim(rest);
      if (take_prefix(&rest, ":")) rest = trim(rest);
      if (take_prefix(&rest, "on ")) rest = trim(rest);
      if (auto d = normalize_date(line.substr(line.size() - rest.size()))) return d;
      break;
    }
  }
  // A dateline: "KABUL, 21 August, 2018", "Kabul, Afghanistan, August 21, 2018".
  size_t comma = 0;
  for (int i = 0; i < 4; ++i) {
    comma = line.find(',', comma);
    if (comma == std::string_view::npos) break;
    if (!is_dateline_place(line.substr(0, comma))) break;
    if (auto d = normalize_date(line.substr(comma + 1))) return d;
    ++comma;
  }
  return std::nullopt;
}

// "3 min read", "5 minute read", "3-minute read", "Reading time: 4 minutes".
bool is_read_time(std::string_view line) {
  std::string lowered = to_lower(line);
  std::string_view s = lowered;
  bool prefixed = false;
  for (std::string_view prefix :
       {"estimated reading time", "reading time", "read time", "time to read"}) {
    if (take_prefix(&s, prefix)) {
      s = trim(s);
      take_prefix(&s, ":");
      s = trim(s);
      prefixed = true;
      break;
    }
  }
  size_t i = 0;
  while (i < s.size() && is_digit(s[i])) ++i;
  if (i == 0 || i > 3) return false;
  s.remove_prefix(i);
  while (!s.empty() && (s[0] == ' ' || s[0] == '-')) s.remove_prefix(1);
  bool unit = false;
  for (std::string_view u : {"minutes", "minute", "mins", "min"}) {
    if (take_prefix(&s, u)) {
      unit = true;
      break;
    }
  }
  if (!unit) return false;
  take_prefix(&s, ".");
  s = trim(s);
  if (s.empty()) return prefixed;
  return s == "read" || s == "reading" || s == "read time";
}

// "By Jane Doe", "By Jane Doe and John Smith, Reuters", "Reporting by ...".
bool is_byline(std::string_view line) {
  std::string lowered = to_lower(line);
  std::string_view s = lowered;
  for (std::string_view footer :
       {"reporting by ", "additional reporting by ", "writing by ", "editing by ", "compiled by ",
        "written by ", "words by ", "story by "}) {
    if (starts_with(s, footer)) return true;
  }
  if (!take_prefix(&s, "by ")) return false;
  if (line.size() > 100) return false;
  // Every word after "By" is a name word (capitalized, possibly with
  // initials, hyphens, apostrophes) or a connector.
  std::string_view rest = trim(line.substr(3));
  if (rest.empty()) return false;
  int words = 0;
  size_t pos = 0;
  while (pos < rest.size()) {
    size_t end = rest.find(' ', pos);
    if (end == std::string_view::npos) end = rest.size();
    std::string_view w = rest.substr(pos, end - pos);
    pos = end + 1;
    if (w.empty()) continue;
    while (!w.empty() && (w.back() == ',' || w.back() == ';')) w.remove_suffix(1);
    if (w.empty() || w == "|" || w == "&" || w == "-" || w == "and" || w == "de" || w == "van" ||
        w == "von" || w == "der" || w == "al" || w == "bin" || w == "in" || w == "for")
      continue;
    ++words;
    unsigned char first = static_cast<unsigned char>(w[0]);
    if (!(is_upper(w[0]) || first >= 0x80 || w[0] == '(')) return false;
    if (w.back() == '.' && w.size() > 3 && !ends_with(w, "Jr.") && !ends_with(w, "Sr."))
      return false;  // a full stop after a long word ends a sentence
  }
  return words >= 1 && words <= 10;
}

// "Photo: Reuters", "(AP Photo/Jane Doe)", "AFP/Getty Images", "Image source, Getty Images".
bool is_photo_credit(std::string_view line) {
  if (line.size() > 150) return false;
  std::string lowered = to_lower(line);
  std::string_view s = lowered;
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') s = trim(s.substr(1, s.size() - 2));
  for (std::string_view prefix : {"photo:",         "photo by ",    "photo credit",
                                  "photos:",        "photo/",       "photograph:",
                                  "photograph by ", "photographs:", "picture:",
                                  "pictures:",      "picture by ",  "image:",
                                  "image by ",      "image credit", "image source",
                                  "images:",        "credit:",      "file photo",
                                  "ap photo",       "afp photo",    "reuters photo",
                                  "epa photo",      "reuters/",     "afp/",
                                  "epa/",           "epa-efe/",     "ap/",
                                  "xinhua/",        "anadolu/"}) {
    if (starts_with(s, prefix)) return true;
  }
  if (ends_with(s, "getty images") || ends_with(s, "via reuters") || ends_with(s, "/reuters") ||
      ends_with(s, "/ap") || ends_with(s, "/afp") || ends_with(s, "/epa") ||
      ends_with(s, "shutterstock"))
    return s.find(". ") == std::string_view::npos;  // not a sentence that ends so
  for (std::string_view infix : {" photo/", "photo:"}) {
    if (s.find(infix) != std::string_view::npos && s.size() < 80) return true;
  }
  return false;
}

class TextReader : public RecordReader {
 public:
  TextReader(std::istream* in, std::string path, const ReadOptions& options, ErrorSink errors)
      : in_(in),
        path_(std::move(path)),
        max_bytes_(options.max_document_bytes),
        errors_(std::move(errors)) {}

  bool next(Document* doc) override {
    if (done_) return false;
    done_ = true;
    std::string data;
    bool too_big = false;
    if (!read_all_bounded(in_, max_bytes_, &data, &too_big)) {
      report(0, too_big ? "larger than the " + read_internal::human_size(max_bytes_) +
                              " document limit; file skipped"
                        : std::string("read error; file skipped"));
      return false;
    }
    std::string_view body = read_internal::strip_bom(data);
    if (trim(body).empty()) {
      report(0, data.empty() ? "empty file" : "no text (only white space); file skipped");
      return false;
    }
    std::string what;
    uint64_t line_offset = 0;
    if (!read_internal::check_text(body, &what, &line_offset)) {
      report(line_offset + 1, what + "; file skipped");
      return false;
    }
    *doc = Document();
    doc->id = path_;
    doc->source_path = path_;
    if (body.size() == data.size()) {
      doc->text = std::move(data);
    } else {
      doc->text.assign(body);
    }
    annotate_article(doc);
    return true;
  }

 private:
  void report(uint64_t line, std::string message) {
    if (errors_) errors_(ReadProblem{path_, line, std::move(message), true});
  }

  std::istream* in_;
  std::string path_;
  uint64_t max_bytes_;
  ErrorSink errors_;
  bool done_ = false;
};

}  // namespace

ArticleLine classify_article_line(std::string_view line, std::string* date) {
  line = trim(line);
  if (line.empty() || line.size() > kMaxSpecialLine) return ArticleLine::kText;
  if (auto d = date_line(line)) {
    *date = *d;
    return ArticleLine::kDate;
  }
  if (is_read_time(line)) return ArticleLine::kReadTime;
  if (is_byline(line)) return ArticleLine::kByline;
  if (is_photo_credit(line)) return ArticleLine::kPhotoCredit;
  return ArticleLine::kText;
}

void annotate_article(Document* doc) {
  const std::string& text = doc->text;
  bool have_title = false;
  size_t pos = 0;
  std::string date;
  while (pos < text.size()) {
    const char* nl =
        static_cast<const char*>(std::memchr(text.data() + pos, '\n', text.size() - pos));
    size_t end = nl ? static_cast<size_t>(nl - text.data()) : text.size();
    std::string_view raw(text.data() + pos, end - pos);
    std::string_view line = trim(raw);
    size_t line_start = pos + static_cast<size_t>(line.data() - raw.data());
    pos = end + 1;
    if (line.empty()) continue;
    if (!have_title) {
      doc->title.assign(line);
      have_title = true;
      continue;
    }
    ArticleLine kind = classify_article_line(line, &date);
    if (kind == ArticleLine::kText) continue;
    if (kind == ArticleLine::kDate && doc->date.empty()) doc->date = date;
    doc->no_code.push_back(
        Span{static_cast<uint32_t>(line_start), static_cast<uint32_t>(line_start + line.size())});
  }
}

std::unique_ptr<RecordReader> new_text_reader(std::istream* in, const std::string& path,
                                              const ReadOptions& options, ErrorSink errors) {
  return std::make_unique<TextReader>(in, path, options, std::move(errors));
}

}  // namespace parley
