// LineReader: lines of an input stream with bounded memory.
//
// Reads the stream in large chunks and hands out one line at a time (without
// its '\n'; a final line without '\n' counts). A line longer than max_line is
// not kept: next() reports kTooLong for it and skips to the next line, so
// memory stays at max_line plus one chunk whatever the input.
#pragma once

#include <cstdint>
#include <istream>
#include <string>
#include <string_view>

namespace parley {

class LineReader {
 public:
  enum Result { kLine, kTooLong, kEnd, kReadError };

  LineReader(std::istream* in, uint64_t max_line);

  // On kLine, *line holds the line, valid until the next call. On kTooLong,
  // line_number() names the skipped line. kEnd and kReadError are final.
  Result next(std::string_view* line);

  // 1-based number of the line last returned (or skipped).
  uint64_t line_number() const { return line_no_; }
  // Bytes consumed so far (lines plus their '\n').
  uint64_t offset() const { return consumed_; }

 private:
  // Appends up to one chunk from the stream; false at end of input or error.
  bool fill();

  std::istream* in_;
  uint64_t max_line_;
  size_t chunk_;  // bytes asked for by the next read
  std::string buf_;
  size_t begin_ = 0;  // unread data is buf_[begin_, end_)
  size_t end_ = 0;
  uint64_t line_no_ = 0;
  uint64_t consumed_ = 0;
  bool eof_ = false;
  bool error_ = false;
};

// Reads the whole stream into *out, stopping with false (and *too_big set)
// once more than `limit` bytes were read; false with *too_big unset on a read
// error. Reads at most limit + one chunk.
bool read_all_bounded(std::istream* in, uint64_t limit, std::string* out, bool* too_big);

}  // namespace parley
