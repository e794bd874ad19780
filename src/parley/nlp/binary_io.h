// Little-endian binary serialization for model files. BinaryReader checks
// every read against the end of the buffer, so a truncated file gives a
// clear error instead of garbage.
//
// Large arrays can be used in place (BinaryReader::view) when the buffer
// outlives the reader: the writer pads them to their alignment (align()),
// counted from the array's offset in the file, so that they are aligned in
// a page-aligned mapping of the file.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace parley::nlp {

class BinaryWriter {
 public:
  // `origin`: the offset in the file at which this buffer will be written.
  explicit BinaryWriter(size_t origin = 0) : origin_(origin) {}

  template <typename T>
  void pod(const T& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    buf_.append(reinterpret_cast<const char*>(&v), sizeof(T));
  }
  void str(std::string_view s) {
    pod<uint32_t>(static_cast<uint32_t>(s.size()));
    buf_.append(s.data(), s.size());
  }
  template <typename T>
  void vec(const std::vector<T>& v) {
    array(v.data(), v.size());
  }
  template <typename T>
  void array(const T* data, size_t n) {
    static_assert(std::is_trivially_copyable_v<T>);
    pod<uint64_t>(n);
    buf_.append(reinterpret_cast<const char*>(data), n * sizeof(T));
  }
  // An array that BinaryReader::view can use in place: its count, zero
  // padding to alignof(T) in the file, its elements.
  template <typename T>
  void aligned_array(const T* data, size_t n) {
    static_assert(std::is_trivially_copyable_v<T>);
    pod<uint64_t>(n);
    while ((origin_ + buf_.size()) % alignof(T) != 0) buf_.push_back('\0');
    buf_.append(reinterpret_cast<const char*>(data), n * sizeof(T));
  }
  // Key/value pairs, stored as two arrays.
  template <typename K, typename V>
  void pairs(const std::vector<std::pair<K, V>>& v) {
    std::vector<K> keys;
    std::vector<V> values;
    keys.reserve(v.size());
    values.reserve(v.size());
    for (const auto& [k, x] : v) keys.push_back(k), values.push_back(x);
    vec(keys);
    vec(values);
  }
  void strings(const std::vector<std::string>& v) {
    pod<uint32_t>(static_cast<uint32_t>(v.size()));
    for (const auto& s : v) str(s);
  }
  std::string& buffer() { return buf_; }

 private:
  size_t origin_;
  std::string buf_;
};

class BinaryReader {
 public:
  // `version`: the format version of the file being read, for readers of
  // parts whose layout changed between versions (0 when irrelevant).
  // `origin`: the offset of data[0] in the file. `owner`, when set, keeps
  // the buffer alive: view() then hands out pointers into it.
  BinaryReader(const char* data, size_t size, int version = 0, size_t origin = 0,
               std::shared_ptr<const void> owner = nullptr)
      : begin_(data),
        p_(data),
        end_(data + size),
        origin_(origin),
        version_(version),
        owner_(std::move(owner)) {}
  bool ok() const { return ok_; }
  int version() const { return version_; }
  size_t remaining() const { return static_cast<size_t>(end_ - p_); }
  // The owner of the buffer (see view()), or null.
  const std::shared_ptr<const void>& owner() const { return owner_; }

  template <typename T>
  bool pod(T* v) {
    if (!ok_ || remaining() < sizeof(T)) return ok_ = false;
    std::memcpy(v, p_, sizeof(T));
    p_ += sizeof(T);
    return true;
  }
  bool str(std::string* s) {
    uint32_t n = 0;
    if (!pod(&n) || remaining() < n) return ok_ = false;
    s->assign(p_, n);
    p_ += n;
    return true;
  }
  template <typename T>
  bool vec(std::vector<T>* v) {
    uint64_t n = 0;
    if (!pod(&n) || n > remaining() / sizeof(T)) return ok_ = false;
    v->resize(n);
    if (n > 0) std::memcpy(v->data(), p_, n * sizeof(T));  // data() may be null when empty
    p_ += n * sizeof(T);
    return true;
  }
  // An array written by BinaryWriter::aligned_array. *data points into the
  // buffer when it has an owner and the array is aligned in memory;
  // otherwise the elements are copied into *copy and *data points there.
  template <typename T>
  bool view(const T** data, uint64_t* n, std::vector<T>* copy) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (!pod(n)) return false;
    while ((origin_ + static_cast<size_t>(p_ - begin_)) % alignof(T) != 0) {
      if (p_ == end_ || *p_ != '\0') return ok_ = false;
      ++p_;
    }
    if (*n > remaining() / sizeof(T)) return ok_ = false;
    if (owner_ && reinterpret_cast<uintptr_t>(p_) % alignof(T) == 0) {
      *data = reinterpret_cast<const T*>(p_);
    } else {
      copy->resize(*n);
      if (*n > 0) std::memcpy(copy->data(), p_, *n * sizeof(T));  // data() may be null
      *data = copy->data();
    }
    p_ += *n * sizeof(T);
    return true;
  }
  template <typename K, typename V>
  bool pairs(std::vector<std::pair<K, V>>* v) {
    std::vector<K> keys;
    std::vector<V> values;
    if (!vec(&keys) || !vec(&values) || keys.size() != values.size()) return ok_ = false;
    v->clear();
    v->reserve(keys.size());
    for (size_t i = 0; i < keys.size(); ++i) v->emplace_back(keys[i], values[i]);
    return true;
  }
  bool strings(std::vector<std::string>* v) {
    uint32_t n = 0;
    if (!pod(&n) || n > remaining() / 4) return ok_ = false;
    v->resize(n);
    for (auto& s : *v)
      if (!str(&s)) return false;
    return true;
  }

 private:
  const char* begin_;
  const char* p_;
  const char* end_;
  size_t origin_;
  int version_;
  bool ok_ = true;
  std::shared_ptr<const void> owner_;
};

}  // namespace parley::nlp
