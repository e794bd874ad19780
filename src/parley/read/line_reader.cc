#include "parley/read/line_reader.h"

#include <algorithm>
#include <cstring>

namespace parley {
namespace {
constexpr size_t kChunk = size_t{1} << 20;
}

LineReader::LineReader(std::istream* in, uint64_t max_line) : in_(in), max_line_(max_line) {}

bool LineReader::fill() {
  if (eof_ || error_) return false;
  // Move the unread tail to the front, then make room for one more chunk.
  if (begin_ > 0) {
    std::memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (buf_.size() < end_ + kChunk) buf_.resize(end_ + kChunk);
  in_->read(buf_.data() + end_, static_cast<std::streamsize>(kChunk));
  size_t got = static_cast<size_t>(in_->gcount());
  end_ += got;
  if (in_->bad())
    error_ = true;
  else if (!*in_)
    eof_ = true;
  return got > 0;
}

LineReader::Result LineReader::next(std::string_view* line) {
  size_t scanned = begin_;  // bytes before this offset hold no '\n'
  for (;;) {
    const char* nl =
        static_cast<const char*>(std::memchr(buf_.data() + scanned, '\n', end_ - scanned));
    if (nl != nullptr) {
      size_t len = static_cast<size_t>(nl - (buf_.data() + begin_));
      ++line_no_;
      consumed_ += len + 1;
      *line = std::string_view(buf_.data() + begin_, len);
      begin_ += len + 1;
      if (len > max_line_) return kTooLong;  // can only happen within one chunk
      return kLine;
    }
    scanned = end_;
    if (end_ - begin_ > max_line_) {
      // Too long: drop what we have and skip to the next '\n'.
      ++line_no_;
      consumed_ += end_ - begin_;
      begin_ = end_ = 0;
      for (;;) {
        if (!fill()) {
          return kTooLong;  // the long line ran to the end of input (or an error)
        }
        const char* skip_nl = static_cast<const char*>(std::memchr(buf_.data(), '\n', end_));
        if (skip_nl != nullptr) {
          size_t len = static_cast<size_t>(skip_nl - buf_.data());
          consumed_ += len + 1;
          begin_ = len + 1;
          return kTooLong;
        }
        consumed_ += end_;
        begin_ = end_ = 0;
      }
    }
    size_t before = end_ - begin_;
    if (!fill()) {
      if (error_) return kReadError;
      if (end_ > begin_) {  // last line without '\n'
        size_t len = end_ - begin_;
        ++line_no_;
        consumed_ += len;
        *line = std::string_view(buf_.data() + begin_, len);
        begin_ = end_;
        return kLine;
      }
      return kEnd;
    }
    scanned = begin_ + before;  // fill() may have moved the data to the front
  }
}

bool read_all_bounded(std::istream* in, uint64_t limit, std::string* out, bool* too_big) {
  out->clear();
  *too_big = false;
  for (;;) {
    size_t old = out->size();
    out->resize(old + kChunk);
    in->read(out->data() + old, static_cast<std::streamsize>(kChunk));
    out->resize(old + static_cast<size_t>(in->gcount()));
    if (out->size() > limit) {
      *too_big = true;
      out->clear();
      out->shrink_to_fit();
      return false;
    }
    if (in->bad()) return false;
    if (!*in) return true;
  }
}

}  // namespace parley
