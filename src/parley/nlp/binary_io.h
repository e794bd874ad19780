// Little-endian binary serialization for model files. BinaryReader checks
// every read against the end of the buffer, so a truncated file gives a
// clear error instead of garbage.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace parley::nlp {

class BinaryWriter {
 public:
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
    static_assert(std::is_trivially_copyable_v<T>);
    pod<uint64_t>(v.size());
    buf_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  // Key/value pairs, stored as two arrays.
  template <typename K, typename V>
  void pairs(const std::vector<std::pair<K, V>>& v) {
    std::vector<K> keys;
    std::vector<V> values;
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
  std::string buf_;
};

class BinaryReader {
 public:
  BinaryReader(const char* data, size_t size) : p_(data), end_(data + size) {}
  bool ok() const { return ok_; }
  size_t remaining() const { return static_cast<size_t>(end_ - p_); }

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
    std::memcpy(v->data(), p_, n * sizeof(T));
    p_ += n * sizeof(T);
    return true;
  }
  template <typename K, typename V>
  bool pairs(std::vector<std::pair<K, V>>* v) {
    std::vector<K> keys;
    std::vector<V> values;
    if (!vec(&keys) || !vec(&values) || keys.size() != values.size()) return ok_ = false;
    v->clear();
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
  const char* p_;
  const char* end_;
  bool ok_ = true;
};

}  // namespace parley::nlp
