// A JSON document written straight into a string, value by value: what to_json needs, no
// tree of nodes built first (that tree cost more time and memory than the whole check for a
// long report). Writes compact JSON; strings are UTF-8 with '"', '\' and control characters
// escaped, and any invalid UTF-8 replaced by U+FFFD, so the output is always valid JSON.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/utf8.h"

namespace gk {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // The key of the next member of the open object.
  // Keys are our own ASCII names: written as they are.
  void key(std::string_view k) {
    separate();
    out_ += '"';
    out_ += k;
    out_ += "\":";
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
    out_ += b ? "true" : "false";
  }
  void value(std::int64_t n) {
    separate();
    out_ += std::to_string(n);
  }
  void value(std::size_t n) {
    separate();
    out_ += std::to_string(n);
  }
  void value(int n) { value(static_cast<std::int64_t>(n)); }
  // A number already written as JSON (e.g. an exact decimal).
  void raw_number(std::string_view digits) {
    separate();
    out_ += digits;
  }
  void null() {
    separate();
    out_ += "null";
  }

 private:
  void open(char c) {
    separate();
    out_ += c;
    first_.push_back(true);
  }
  void close(char c) {
    first_.pop_back();
    out_ += c;
  }
  // A comma before every element but the first of its array or object (none after a key).
  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (first_.empty()) return;
    if (!first_.back()) out_ += ',';
    first_.back() = false;
  }
  void string(std::string_view s);

  std::string& out_;
  std::vector<bool> first_;
  bool after_key_ = false;
};

inline void JsonWriter::string(std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  out_ += '"';
  std::size_t i = 0;
  std::size_t clean = 0;  // start of the bytes checked and not yet copied: copied in one go
  auto flush = [&] {
    if (i > clean) out_.append(s.data() + clean, i - clean);
  };
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c >= 0x20 && c != '"' && c != '\\') {
        ++i;
        continue;
      }
      flush();
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default:
          out_ += "\\u00";
          out_ += kHex[c >> 4];
          out_ += kHex[c & 15];
      }
      clean = ++i;
      continue;
    }
    // A multi-byte sequence: copied when valid, else one U+FFFD per maximal invalid part.
    std::size_t j = i;
    if (utf8_sequence(s, i, &j) > 0) {
      i = j;
    } else {
      flush();
      out_ += "\xEF\xBF\xBD";
      i = j > i + 1 ? j : i + 1;
      clean = i;
    }
  }
  flush();
  out_ += '"';
}

}  // namespace gk
