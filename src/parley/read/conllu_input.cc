// CoNLL-U input: documents split at "# newdoc", sentences parsed by
// append_conllu_sentence() (doc/conllu.h). This reader, rather than
// ConlluReader, does the line handling so that lines are bounded and checked
// for UTF-8, every malformed sentence is reported with its own line, and a
// document over the size limit is skipped.
#include <charconv>

#include "parley/doc/conllu.h"
#include "parley/read/line_reader.h"
#include "parley/read/read_util.h"
#include "parley/read/reader.h"

namespace parley {
namespace {

class ConlluInput : public RecordReader {
 public:
  ConlluInput(std::istream* in, std::string path, const ReadOptions& options, ErrorSink errors)
      : lines_(in, options.max_document_bytes),
        path_(std::move(path)),
        max_bytes_(options.max_document_bytes),
        errors_(std::move(errors)) {}

  bool next(Document* doc) override {
    if (at_end_) return false;
    *doc = Document();
    doc->source_path = path_;
    doc_bytes_ = 0;
    too_big_ = false;
    if (has_newdoc_) {
      start_document(newdoc_, newdoc_line_, doc);
      has_newdoc_ = false;
    }
    std::string_view line;
    for (;;) {
      LineReader::Result r = lines_.next(&line);
      if (r == LineReader::kEnd || r == LineReader::kReadError) {
        if (r == LineReader::kReadError)
          report(lines_.line_number() + 1, "read error; rest of file skipped");
        flush(doc);
        at_end_ = true;
        if (finish(doc)) return true;
        if (documents_ == 0 && problems_ == 0)
          report(0, lines_.offset() == 0 ? "empty file" : "no sentences");
        return false;
      }
      uint64_t line_no = lines_.line_number();
      if (r == LineReader::kTooLong) {
        report(line_no, "line longer than the " + read_internal::human_size(max_bytes_) +
                            " document limit; sentence skipped");
        block_.clear();
        block_bad_ = true;
        continue;
      }
      if (line_no == 1) line = read_internal::strip_bom(line);
      if (line.substr(0, 8) == "# newdoc") {
        flush(doc);
        if (doc->source_line != 0 || !doc->sentences.empty() || too_big_) {
          // This line starts the next document.
          newdoc_.assign(line);
          newdoc_line_ = line_no;
          has_newdoc_ = true;
          if (finish(doc)) return true;
          *doc = Document();
          doc->source_path = path_;
          doc_bytes_ = 0;
          too_big_ = false;
          has_newdoc_ = false;
        }
        start_document(line, line_no, doc);
        continue;
      }
      doc_bytes_ += line.size() + 1;
      if (doc_bytes_ > max_bytes_ && !too_big_) {
        too_big_ = true;
        report(doc->source_line ? doc->source_line : line_no,
               "document larger than the " + read_internal::human_size(max_bytes_) +
                   " document limit; skipped");
      }
      if (too_big_) {
        block_.clear();
        continue;
      }
      if (doc->source_line == 0) doc->source_line = line_no;
      if (line.empty() || line == "\r") {
        flush(doc);
        continue;
      }
      if (block_.empty() && !block_bad_) block_line_ = line_no;
      // EWT puts "# newpar" after "# sent_id": any comment of the block counts.
      if (line.substr(0, 8) == "# newpar") new_paragraph_ = !doc->text.empty();
      // The document date as `parley parse` writes it after "# newdoc".
      if (line.substr(0, 9) == "# date = " && doc->sentences.empty() && block_.empty()) {
        read_date(line.substr(9), line_no, doc);
        continue;
      }
      if (block_bad_) continue;
      std::string what;
      uint64_t ignored;
      if (!read_internal::check_text(line, &what, &ignored)) {
        report(line_no, what + "; sentence skipped");
        block_.clear();
        block_bad_ = true;
        continue;
      }
      block_.append(line).push_back('\n');
    }
  }

 private:
  void read_date(std::string_view raw, uint64_t line_no, Document* doc) {
    bool bad = false;
    doc->date = read_internal::date_or_empty(read_internal::trim(raw), &bad);
    if (bad && errors_) errors_(read_internal::bad_date_note(path_, line_no, raw));
  }

  void start_document(std::string_view newdoc_line, uint64_t line_no, Document* doc) {
    doc->source_line = line_no;
    size_t eq = newdoc_line.find("id = ");
    std::string_view id = eq == std::string_view::npos
                              ? std::string_view()
                              : read_internal::trim(newdoc_line.substr(eq + 5));
    std::string what;
    uint64_t ignored;
    if (read_internal::check_text(id, &what, &ignored)) doc->id.assign(id);
  }

  // Parses the pending sentence block into *doc.
  void flush(Document* doc) {
    if (!block_.empty() && !too_big_) {
      Status s =
          append_conllu_sentence(block_, path_, block_line_, new_paragraph_ ? "\n\n" : " ", doc);
      if (!s.ok()) report_status(s);
    }
    block_.clear();
    block_bad_ = false;
    new_paragraph_ = false;
  }

  // Completes *doc; false when it is empty or was dropped.
  bool finish(Document* doc) {
    if (too_big_ || doc->sentences.empty()) return false;
    if (doc->id.empty()) doc->id = path_ + ":" + std::to_string(doc->source_line);
    ++documents_;
    return true;
  }

  // append_conllu_sentence() says "path:line: message"; split it back.
  void report_status(const Status& s) {
    std::string_view msg = s.message();
    uint64_t line = 0;
    if (msg.substr(0, path_.size()) == path_ && msg.size() > path_.size() &&
        msg[path_.size()] == ':') {
      std::string_view rest = msg.substr(path_.size() + 1);
      auto r = std::from_chars(rest.data(), rest.data() + rest.size(), line);
      if (r.ec == std::errc() && r.ptr < rest.data() + rest.size() && *r.ptr == ':') {
        msg = std::string_view(r.ptr + 1);
        while (!msg.empty() && msg[0] == ' ') msg.remove_prefix(1);
      } else {
        line = 0;
      }
    }
    report(line, std::string(msg) + "; sentence skipped");
  }

  void report(uint64_t line, std::string message) {
    ++problems_;
    if (errors_) errors_(ReadProblem{path_, line, std::move(message), true});
  }

  LineReader lines_;
  std::string path_;
  uint64_t max_bytes_;
  ErrorSink errors_;
  std::string block_;  // the sentence being read: its comment and word lines
  uint64_t block_line_ = 0;
  bool block_bad_ = false;  // the sentence had a bad line: skip to the blank line
  bool new_paragraph_ = false;
  std::string newdoc_;  // a "# newdoc" line that starts the next document
  uint64_t newdoc_line_ = 0;
  bool has_newdoc_ = false;
  uint64_t doc_bytes_ = 0;
  bool too_big_ = false;
  bool at_end_ = false;
  uint64_t documents_ = 0;
  uint64_t problems_ = 0;
};

}  // namespace

std::unique_ptr<RecordReader> new_conllu_input(std::istream* in, const std::string& path,
                                               const ReadOptions& options, ErrorSink errors) {
  return std::make_unique<ConlluInput>(in, path, options, std::move(errors));
}

}  // namespace parley
