// PETRARCH XML: <Sentence> records found by scanning, each parsed on its own
// with pugixml, so a big file is never held in memory and a broken record
// does not stop the others (see reader.h for the format).
#include <algorithm>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "parley/read/line_reader.h"
#include "parley/read/read_util.h"
#include "parley/read/reader.h"
#include "parley/util/date.h"
#include "parley/util/utf8.h"

namespace parley {
namespace {

using read_internal::trim;

bool at(std::string_view line, size_t pos, std::string_view what) {
  return line.substr(pos, what.size()) == what;
}

// "<Sentence" followed by white space, '>' or '/' (not "<Sentences>").
bool opens_record(std::string_view line, size_t pos) {
  if (!at(line, pos, "<Sentence")) return false;
  size_t after = pos + 9;
  if (after >= line.size()) return true;  // attributes on the next line
  char c = line[after];
  return c == ' ' || c == '\t' || c == '\r' || c == '>' || c == '/';
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// "</Sentence>" or "</Sentence  >"; *end is just after the '>'.
bool closes_record(std::string_view line, size_t pos, size_t* end) {
  if (!at(line, pos, "</Sentence")) return false;
  size_t i = pos + 10;
  while (i < line.size() && is_space(line[i])) ++i;
  if (i >= line.size() || line[i] != '>') return false;
  *end = i + 1;
  return true;
}

// PETRARCH wraps sentences across lines: a white-space run holding one line
// break becomes a space, one holding a blank line becomes "\n\n"; the text is
// trimmed.
std::string collapse_layout(std::string_view s) {
  s = trim(s);
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    if (!is_space(s[i])) {
      out.push_back(s[i++]);
      continue;
    }
    size_t j = i;
    int newlines = 0;
    while (j < s.size() && is_space(s[j])) newlines += s[j++] == '\n';
    if (newlines == 0)
      out.append(s.substr(i, j - i));
    else if (newlines == 1)
      out.push_back(' ');
    else
      out.append("\n\n");
    i = j;
  }
  return out;
}

// The character data of an element (text and CDATA children, concatenated).
std::string element_text(const pugi::xml_node& node) {
  std::string out;
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
      out.append(child.value());
  }
  return out;
}

class XmlReader : public RecordReader {
 public:
  XmlReader(std::istream* in, std::string path, const ReadOptions& options, ErrorSink errors)
      : lines_(in, options.max_document_bytes),
        path_(std::move(path)),
        max_bytes_(options.max_document_bytes),
        errors_(std::move(errors)) {}

  bool next(Document* doc) override {
    while (scan()) {
      if (make_document(doc)) {
        ++documents_;
        return true;
      }
    }
    return false;
  }

 private:
  // Scans on until a record is complete (true, record_ holds it) or the input
  // ends (false).
  bool scan() {
    for (;;) {
      if (pos_ > line_.size()) {
        if (!next_line()) return finish_at_end();
        continue;
      }
      if (in_comment_ || in_cdata_) {
        std::string_view close = in_comment_ ? "-->" : "]]>";
        size_t end = line_.find(close, pos_);
        if (end == std::string_view::npos) {
          end_line();
          continue;
        }
        in_comment_ = in_cdata_ = false;
        pos_ = end + close.size();
        continue;
      }
      size_t lt = line_.find('<', pos_);
      if (lt == std::string_view::npos) {
        end_line();
        continue;
      }
      if (at(line_, lt, "<!--")) {
        in_comment_ = true;
        pos_ = lt + 4;
      } else if (at(line_, lt, "<![CDATA[")) {
        in_cdata_ = true;
        pos_ = lt + 9;
      } else if (opens_record(line_, lt)) {
        if (in_record_) {
          // The open record ends where the next one starts.
          take_segment(lt);
          bool ready = close_record(/*closed=*/false, "before the next <Sentence>");
          begin_record(lt);
          if (ready) return true;
          continue;
        }
        begin_record(lt);
        pos_ = lt + 9;
      } else if (size_t close_end; in_record_ && closes_record(line_, lt, &close_end)) {
        take_segment(close_end);
        pos_ = close_end;
        segment_start_ = pos_;
        if (close_record(/*closed=*/true, "")) return true;
      } else if (in_record_ && at(line_, lt, "</Sentences>")) {
        take_segment(lt);
        pos_ = lt + 12;
        if (close_record(/*closed=*/false, "before </Sentences>")) return true;
      } else {
        pos_ = lt + 1;
      }
    }
  }

  // Reads the next line into line_; false at the end of input.
  bool next_line() {
    for (;;) {
      std::string_view line;
      LineReader::Result r = lines_.next(&line);
      if (r == LineReader::kEnd) return false;
      if (r == LineReader::kReadError) {
        report(lines_.line_number() + 1, "read error; rest of file skipped");
        return false;
      }
      if (r == LineReader::kTooLong) {
        report(lines_.line_number(),
               "line longer than the " + read_internal::human_size(max_bytes_) +
                   " document limit; skipped" + (in_record_ ? " with its record" : ""));
        in_record_ = false;
        record_.clear();
        continue;
      }
      line_ = line;
      pos_ = 0;
      segment_start_ = 0;
      // '#' comment lines between records (PETRARCH files have them; they are
      // not XML) are skipped.
      if (!in_record_ && !in_comment_ && !in_cdata_) {
        std::string_view t = trim(line_);
        if (!t.empty() && t[0] == '#') continue;
      }
      return true;
    }
  }

  // The current line has been scanned to its end.
  void end_line() {
    if (in_record_) {
      take_segment(line_.size());
      append('\n');
    }
    pos_ = line_.size() + 1;
  }

  void begin_record(size_t lt) {
    in_record_ = true;
    record_.clear();
    record_too_big_ = false;
    record_line_ = lines_.line_number();
    segment_start_ = lt;
    pos_ = lt + 9;
  }

  // Appends line_[segment_start_, end) to the open record.
  void take_segment(size_t end) {
    if (end > segment_start_) append(line_.substr(segment_start_, end - segment_start_));
    segment_start_ = end;
  }

  void append(std::string_view s) {
    if (record_too_big_) return;
    if (record_.size() + s.size() > max_bytes_) {
      record_too_big_ = true;
      record_.clear();
      record_.shrink_to_fit();
      return;
    }
    record_.append(s);
  }
  void append(char c) { append(std::string_view(&c, 1)); }

  // Ends the open record; true when it is ready to become a document (in
  // ready_), false when it was reported and dropped.
  bool close_record(bool closed, const char* where) {
    in_record_ = false;
    ready_line_ = record_line_;
    if (record_too_big_) {
      report(record_line_, "record larger than the " + read_internal::human_size(max_bytes_) +
                               " document limit; skipped");
      return false;
    }
    ready_.swap(record_);
    record_.clear();
    // A self-closed <Sentence .../> followed by its children (the PETRARCH-2
    // validation file) becomes an ordinary element.
    size_t tag_end = open_tag_end(ready_);
    if (tag_end == std::string::npos) {
      report(record_line_, "malformed XML record: unterminated <Sentence> tag; skipped");
      return false;
    }
    bool self_closed = tag_end > 0 && ready_[tag_end - 1] == '/';
    if (self_closed) {
      ready_.erase(tag_end - 1, 1);
      if (!closed) ready_.append("</Sentence>");
    } else if (!closed) {
      report(record_line_,
             std::string("truncated XML record: no </Sentence> ") + where + "; skipped");
      return false;
    }
    return true;
  }

  // Offset of the '>' ending the record's opening tag, npos when there is none.
  static size_t open_tag_end(const std::string& record) {
    char quote = 0;
    for (size_t i = 9; i < record.size(); ++i) {
      char c = record[i];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      } else if (c == '<') {
        return std::string::npos;
      }
    }
    return std::string::npos;
  }

  bool finish_at_end() {
    if (in_record_) {  // end_line() has already taken the last line into record_
      in_record_ = false;
      if (close_record(/*closed=*/false, "before the end of the file")) {
        at_end_ = true;
        return true;
      }
    }
    if (!at_end_ && documents_ == 0 && problems_ == 0) {
      report(0, lines_.offset() == 0 ? "empty file" : "no <Sentence> records");
    }
    at_end_ = true;
    return false;
  }

  bool make_document(Document* doc) {
    uint64_t line = ready_line_;
    std::string what;
    uint64_t line_offset = 0;
    if (!read_internal::check_text(ready_, &what, &line_offset)) {
      report(line + line_offset, what + "; record skipped");
      return false;
    }
    pugi::xml_document xml;
    pugi::xml_parse_result parsed =
        xml.load_buffer(ready_.data(), ready_.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!parsed) {
      size_t offset =
          std::min(static_cast<size_t>(std::max<ptrdiff_t>(parsed.offset, 0)), ready_.size());
      uint64_t at_line =
          line + static_cast<uint64_t>(std::count(ready_.begin(), ready_.begin() + offset, '\n'));
      report(at_line,
             std::string("malformed XML record: ") + parsed.description() + "; record skipped");
      return false;
    }
    pugi::xml_node sentence = xml.child("Sentence");
    pugi::xml_node text_node = sentence.child("Text");
    if (!text_node) {
      report(line, "XML record has no <Text>; skipped");
      return false;
    }
    std::string text = collapse_layout(element_text(text_node));
    pugi::xml_node parse = sentence.child("Parse");
    std::string parse_text(trim(element_text(parse)));
    if (text.empty() && parse_text.empty()) {
      // Records with an empty <Text> but a <Parse> are kept: the validation
      // suites code them from the parse.
      report(line, "XML record has an empty <Text> and no <Parse>; skipped");
      return false;
    }
    if (!read_internal::check_text(text, &what, &line_offset)) {  // e.g. from &#xD800;
      report(line, what + " in <Text>; record skipped");
      return false;
    }
    *doc = Document();
    doc->source_path = path_;
    doc->source_line = line;
    doc->text = std::move(text);
    for (pugi::xml_attribute attr : sentence.attributes()) {
      std::string_view name = attr.name();
      if (name == "id") {
        doc->id = attr.value();
      } else if (name == "date") {
        // PETRARCH's own YYMMDD / YYYYMMDD first, then any other date form.
        bool bad = false;
        if (auto petrarch = normalize_petrarch_date(attr.value()))
          doc->date = *petrarch;
        else
          doc->date = read_internal::date_or_empty(attr.value(), &bad);
        if (bad) {
          if (errors_) errors_(read_internal::bad_date_note(path_, line, attr.value()));
          doc->metadata.emplace_back("date", attr.value());
        }
      } else {
        doc->metadata.emplace_back(std::string(name), attr.value());
      }
    }
    if (parse) doc->metadata.emplace_back("parse", std::move(parse_text));
    for (pugi::xml_node coding : sentence.children("EventCoding")) {
      nlohmann::ordered_json attrs = nlohmann::ordered_json::object();
      for (pugi::xml_attribute attr : coding.attributes()) attrs[attr.name()] = attr.value();
      doc->metadata.emplace_back(
          "eventcoding",
          attrs.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
    }
    if (doc->id.empty()) doc->id = path_ + ":" + std::to_string(line);
    // Character references can spell what is not UTF-8 (&#xD800;).
    bool valid = is_valid_utf8(doc->id) && doc->id.find('\0') == std::string::npos;
    for (const auto& [key, value] : doc->metadata) valid = valid && is_valid_utf8(value);
    if (!valid) {
      report(line, "invalid UTF-8 from a character reference; record skipped");
      return false;
    }
    return true;
  }

  void report(uint64_t line, std::string message) {
    ++problems_;
    if (errors_) errors_(ReadProblem{path_, line, std::move(message), true});
  }

  LineReader lines_;
  std::string path_;
  uint64_t max_bytes_;
  ErrorSink errors_;

  std::string_view line_;     // the line being scanned (valid until lines_.next)
  size_t pos_ = 1;            // scan position in line_; > size: read the next line
  size_t segment_start_ = 0;  // start of the part of line_ not yet in record_
  bool in_comment_ = false;
  bool in_cdata_ = false;
  bool in_record_ = false;
  bool record_too_big_ = false;
  bool at_end_ = false;
  std::string record_;  // the open record so far
  uint64_t record_line_ = 0;
  std::string ready_;  // a complete record
  uint64_t ready_line_ = 0;
  uint64_t documents_ = 0;
  uint64_t problems_ = 0;
};

}  // namespace

std::unique_ptr<RecordReader> new_xml_reader(std::istream* in, const std::string& path,
                                             const ReadOptions& options, ErrorSink errors) {
  return std::make_unique<XmlReader>(in, path, options, std::move(errors));
}

}  // namespace parley
