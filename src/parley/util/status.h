// Status: the result of an operation that can fail, in the LevelDB style.
// Errors never cross module boundaries as exceptions: a function that can fail
// returns a Status (or takes one by pointer) and the caller decides what to do.
#pragma once

#include <string>
#include <utility>

namespace parley {

class Status {
 public:
  enum class Code { kOk, kNotFound, kInvalidInput, kIOError, kUsage };

  Status() = default;
  static Status OK() { return Status(); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status InvalidInput(std::string msg) {
    return Status(Code::kInvalidInput, std::move(msg));
  }
  static Status IOError(std::string msg) { return Status(Code::kIOError, std::move(msg)); }
  static Status Usage(std::string msg) { return Status(Code::kUsage, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  // The message alone, e.g. "news.jsonl:12: malformed JSON: unexpected end of input".
  const std::string& message() const { return message_; }
  std::string ToString() const { return ok() ? "OK" : message_; }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace parley
