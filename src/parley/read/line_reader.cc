#include "parley/read/line_reader.h"

#include <algorithm>
#include <cstring>

namespace parley {
namespace {
// Reads start small (tests, fuzzers and short inputs stay cheap) and grow to
// kMaxChunk while the input keeps filling them.
constexpr size_t kFirstChunk = size_t{16} << 10;
constexpr size_t kMaxChunk = size_t{1} << 20;
}  // namespace

LineReader::LineReader(std::istream* in, uint64_t max_line)
    : in_(in), max_line_(max_line), chunk_(kFirstChunk) {}

bool LineReader::fill() {
  if (eof_ || error_) return false;
  // Move the unread tail to the front, then make room for one more chunk.
  if (begin_ > 0) {
    std::memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (buf_.size() < end_ + chunk_) buf_.resize(end_ + chunk_);
  in_->read(buf_.data() + end_, static_cast<std::streamsize>(chunk_));
  size_t got = static_cast<size_t>(in_->gcount());
  if (got == chunk_ && chunk_ < kMaxChunk) chunk_ *= 2;
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
  // A seekable stream (a file) tells its size: refuse a big one without
  // reading it, read the rest in one go.
  std::streampos here = in->tellg();
  if (here != std::streampos(-1)) {
    in->seekg(0, std::ios::end);
    std::streampos end = in->tellg();
    in->clear();
    in->seekg(here);
    if (end != std::streampos(-1) && end >= here) {
      uint64_t size = static_cast<uint64_t>(end - here);
      if (size > limit) {
        *too_big = true;
        return false;
      }
      out->resize(size);
      in->read(out->data(), static_cast<std::streamsize>(size));
      out->resize(static_cast<size_t>(in->gcount()));
      if (in->bad()) return false;
      if (!*in || in->peek() == std::char_traits<char>::eof()) return !in->bad();
      // The file grew since: go on with the loop below.
    }
  }
  in->clear(in->rdstate() & ~std::ios::failbit);
  size_t chunk = kFirstChunk;
  for (;;) {
    size_t old = out->size();
    if (old + chunk > limit + 1) chunk = static_cast<size_t>(limit + 1 - old);
    out->resize(old + chunk);
    in->read(out->data() + old, static_cast<std::streamsize>(chunk));
    if (chunk < kMaxChunk) chunk *= 2;
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
