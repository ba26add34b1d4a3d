// Small UTF-8 helpers shared by the text layer and the readers.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace gk::text {

// Whether b continues a UTF-8 sequence (10xxxxxx) rather than starting a code point.
inline bool is_continuation_byte(unsigned char b) { return (b & 0xC0) == 0x80; }

// The bytes of the UTF-8 sequence that `lead` starts (1 for a stray continuation byte).
inline std::size_t utf8_length(unsigned char lead) {
  return lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
}

// The code points of valid UTF-8 s.
inline std::size_t count_code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += !is_continuation_byte(c);
  return n;
}

// Whether s has more than `limit` code points, counted only as far as needed.
inline bool more_code_points_than(std::string_view s, std::size_t limit) {
  if (s.size() <= limit) return false;
  std::size_t n = 0;
  for (unsigned char c : s)
    if (!is_continuation_byte(c) && ++n > limit) return true;
  return false;
}

// Decodes the code point starting at s[i] and advances i past it. The text is valid UTF-8
// (the decoder guarantees it), so no error handling is needed beyond staying in bounds.
inline char32_t next_code_point(std::string_view s, std::size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { ++i; return c; }
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  char32_t cp = c & (0x3F >> extra);
  ++i;
  for (int k = 0; k < extra && i < s.size(); ++k, ++i)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return cp;
}

// Byte offset of the code point before byte i of s (valid UTF-8); 0 at the start.
inline std::size_t previous_boundary(std::string_view s, std::size_t i) {
  if (i == 0) return 0;
  --i;
  while (i > 0 && is_continuation_byte(s[i])) --i;
  return i;
}

// The code point at or before byte i of s (valid UTF-8); 0 at the ends.
inline char32_t code_point_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  return next_code_point(s, i);
}
inline char32_t code_point_before(std::string_view s, std::size_t i) {
  if (i == 0) return 0;
  return code_point_at(s, previous_boundary(s, i));
}

// The length of the strict UTF-8 sequence at s[i] (no overlongs, surrogates or code points
// past U+10FFFF), or 0 when it is invalid; `end` receives where the maximal subpart read
// ends (what one U+FFFD replaces). For bytes not yet known to be UTF-8.
inline std::size_t utf8_sequence(std::string_view s, std::size_t i, std::size_t* end) {
  auto c = static_cast<unsigned char>(s[i]);
  int need = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) need = 1;
  else if (c >= 0xE0 && c <= 0xEF) { need = 2; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
  else if (c >= 0xF0 && c <= 0xF4) { need = 3; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
  std::size_t j = i + 1;
  bool ok = need > 0;
  for (int k = 0; ok && k < need; ++k, ++j) {
    if (j >= s.size()) { ok = false; break; }
    auto d = static_cast<unsigned char>(s[j]);
    if (d < (k == 0 ? lo : 0x80) || d > (k == 0 ? hi : 0xBF)) { ok = false; break; }
  }
  *end = j;
  return ok ? j - i : 0;
}

// Whether the bytes of the literal `lit` (a character or a short word) start at s[i],
// compared inline: a call to memcmp costs more than comparing a few bytes.
template <std::size_t N>
inline bool has_at(std::string_view s, std::size_t i, const char (&lit)[N]) {
  constexpr std::size_t n = N - 1;
  if (i > s.size() || s.size() - i < n) return false;
  for (std::size_t k = 0; k < n; ++k)
    if (s[i + k] != lit[k]) return false;
  return true;
}

// Where the literal `lit` first occurs in s from `from` on (npos if nowhere): its first
// byte found by memchr, the rest compared inline (what find() does, without a call to
// memcmp for each candidate: the lead bytes of CJK text recur every few bytes).
template <std::size_t N>
inline std::size_t find_bytes(std::string_view s, const char (&lit)[N], std::size_t from = 0) {
  while (from < s.size()) {
    const void* hit = std::memchr(s.data() + from, lit[0], s.size() - from);
    if (hit == nullptr) break;
    const std::size_t i = static_cast<std::size_t>(static_cast<const char*>(hit) - s.data());
    if (has_at(s, i, lit)) return i;
    from = i + 1;
  }
  return std::string_view::npos;
}

inline bool contains(std::string_view s, std::string_view w) { return s.find(w) != std::string_view::npos; }
// The byte order mark of UTF-8 text.
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

inline bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}
inline bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Writes the UTF-8 bytes of cp into out[0..4) and returns how many.
inline std::size_t utf8_encode(char32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

inline void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// True for the white space a report may carry between or inside cells: ASCII blanks,
// no-break and ideographic spaces, zero-width characters left by Word.
inline bool is_blank(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0xFEFF ||
         cp == 0x202F || cp == 0x205F;
}

// Whether a CJK Unified Ideograph of the main block (U+4E00..U+9FFF: E4 B8 80 .. E9 BF BF)
// starts at s[i], told from its bytes: it is its own NFKC, and can be copied or passed over
// without decoding it.
inline bool cjk_ideograph_at(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  return c >= 0xE4 && c <= 0xE9 && i + 2 < s.size() && (c != 0xE4 || static_cast<unsigned char>(s[i + 1]) >= 0xB8) &&
         is_continuation_byte(s[i + 1]) && is_continuation_byte(s[i + 2]);
}

inline bool is_cjk_ideograph(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x20000 && cp <= 0x2FFFF) || (cp >= 0xF900 && cp <= 0xFAFF);
}

}  // namespace gk::text
