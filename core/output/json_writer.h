// A JSON document written straight into a string, value by value: what to_json needs, no
// tree of nodes built first (that tree cost more time and memory than the whole check for a
// long report). Writes compact JSON; strings are UTF-8 with '"', '\' and control characters
// escaped, and any invalid UTF-8 replaced by U+FFFD, so the output is always valid JSON.
// Written as UTF-8, or all in ASCII with \uXXXX escapes (JsonText::Ascii): what the wasm
// hands to JavaScript, where decoding ASCII costs a memcpy and decoding UTF-8 with Chinese
// in it took longer than writing the JSON.
// Bytes gather in a small buffer of the writer's own and reach the string in large pieces:
// appending to a std::string piece by piece cost more than everything else it does.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "text/utf8.h"

namespace gk::output {

enum class JsonText { Utf8, Ascii };

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out, JsonText text = JsonText::Utf8) : out_(out), ascii_(text == JsonText::Ascii) {}
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;
  ~JsonWriter() { flush(); }

  // Hands what is written so far to the string (before reading it or writing it directly).
  void flush() {
    out_.append(buf_, used_);
    used_ = 0;
  }

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // The key of the next member of the open object.
  // Keys are our own ASCII names: written as they are.
  void key(std::string_view k) {
    separate();
    put('"');
    put(k);
    put("\":", 2);
    after_key_ = true;
  }

  void value(std::string_view s) {
    separate();
    string(s);
  }
  void value(const char* s) { value(std::string_view(s)); }
  void value(const std::string& s) { value(std::string_view(s)); }
  void value(bool b) {
    separate();
    if (b) put("true", 4);
    else put("false", 5);
  }
  void value(std::int64_t n) {
    separate();
    if (n < 0) {
      put('-');
      digits(0 - static_cast<std::uint64_t>(n));
    } else {
      digits(static_cast<std::uint64_t>(n));
    }
  }
  void value(std::size_t n) {
    separate();
    digits(n);
  }
  void value(int n) { value(static_cast<std::int64_t>(n)); }
  // A number already written as JSON (e.g. an exact decimal).
  // A member: its key, then its value.
  template <typename T>
  void field(std::string_view k, const T& v) {
    key(k);
    value(v);
  }
  void raw_number(std::string_view digits) {
    separate();
    put(digits);
  }
  void null() {
    separate();
    put("null", 4);
  }

 private:
  void open(char c) {
    separate();
    put(c);
    first_.push_back(true);
  }
  void close(char c) {
    first_.pop_back();
    put(c);
  }
  // A comma before every element but the first of its array or object (none after a key).
  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (first_.empty()) return;
    if (!first_.back()) put(',');
    first_.back() = false;
  }
  void put(char c) {
    if (used_ == kBuffer) flush();
    buf_[used_++] = c;
  }
  void put(const char* p, std::size_t n) {
    if (n > kBuffer - used_) {
      flush();
      if (n > kBuffer) {
        out_.append(p, n);
        return;
      }
    }
    std::memcpy(buf_ + used_, p, n);
    used_ += n;
  }
  void put(std::string_view s) { put(s.data(), s.size()); }
  void digits(std::uint64_t n) {
    char d[20];
    std::size_t k = sizeof d;
    do {
      d[--k] = static_cast<char>('0' + n % 10);
      n /= 10;
    } while (n != 0);
    put(d + k, sizeof d - k);
  }
  void string(std::string_view s);
  // \uXXXX, or a surrogate pair beyond the Basic Multilingual Plane.
  void escaped(char32_t cp) {
    if (cp >= 0x10000) {
      cp -= 0x10000;
      escaped(0xD800 + (cp >> 10));
      escaped(0xDC00 + (cp & 0x3FF));
      return;
    }
    const char u[6] = {'\\', 'u', kHex[(cp >> 12) & 15], kHex[(cp >> 8) & 15], kHex[(cp >> 4) & 15], kHex[cp & 15]};
    put(u, sizeof u);
  }

  static constexpr char kHex[] = "0123456789abcdef";
  static constexpr std::size_t kBuffer = 8192;
  std::string& out_;
  const bool ascii_;
  std::vector<bool> first_;
  bool after_key_ = false;
  std::size_t used_ = 0;
  char buf_[kBuffer];
};

inline void JsonWriter::string(std::string_view s) {
  put('"');
  std::size_t i = 0;
  std::size_t clean = 0;  // start of the bytes checked and not yet copied: copied in one go
  auto copy_clean = [&] {
    if (i > clean) put(s.data() + clean, i - clean);
  };
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c >= 0x20 && c != '"' && c != '\\') {
        ++i;
        continue;
      }
      copy_clean();
      switch (c) {
        case '"': put("\\\"", 2); break;
        case '\\': put("\\\\", 2); break;
        case '\b': put("\\b", 2); break;
        case '\f': put("\\f", 2); break;
        case '\n': put("\\n", 2); break;
        case '\r': put("\\r", 2); break;
        case '\t': put("\\t", 2); break;
        default:
          put("\\u00", 4);
          put(kHex[c >> 4]);
          put(kHex[c & 15]);
      }
      clean = ++i;
      continue;
    }
    // A multi-byte sequence: copied when valid, else one U+FFFD per maximal invalid part.
    std::size_t j = i;
    if (text::utf8_sequence(s, i, &j) > 0) {
      if (ascii_) {
        copy_clean();
        std::size_t k = i;
        escaped(text::next_code_point(s, k));
        clean = j;
      }
      i = j;
    } else {
      copy_clean();
      if (ascii_) escaped(0xFFFD);
      else put("\xEF\xBF\xBD", 3);
      i = j > i + 1 ? j : i + 1;
      clean = i;
    }
  }
  copy_clean();
  put('"');
}

}  // namespace gk::output
