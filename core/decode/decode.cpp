#include "decode/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>

#include "text/ascii.h"
#include "text/utf8.h"
#include "text/valid_utf8.h"

namespace gk::decode {

using text::append_utf8, text::append_valid_utf8, text::iequals_at, text::ifind, text::kUtf8Bom, text::starts_with,
    text::valid_utf8_prefix;

namespace {

constexpr char32_t kReplacement = 0xFFFD;
constexpr std::size_t kUtf8Dominance = 4;

// Strict UTF-8 to UTF-8: each maximal invalid subpart becomes one U+FFFD (the WHATWG rule).
// Returns the number of invalid subparts; `multibyte` counts the valid non-ASCII sequences.
std::size_t decode_utf8(std::string_view b, Decoded& out, std::size_t* multibyte = nullptr) {
  out.text.reserve(out.text.size() + b.size());
  return append_valid_utf8(out.text, b, out.replacements, multibyte);
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

struct CallbackState {
  std::size_t invalid = 0;
};

// Counts unreadable byte sequences and writes one U+FFFD for each.
void count_and_substitute(const void* context, UConverterToUnicodeArgs* args, const char*,
                          int32_t, UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset/close/clone: nothing to do
  auto* state = static_cast<CallbackState*>(const_cast<void*>(context));
  ++state->invalid;
  *err = U_ZERO_ERROR;
  UChar sub = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &sub, 1, 0, err);
}

// Converts with ICU's converter (GB18030, which reads GBK and GB2312 too, or UTF-16);
// returns the number of unreadable sequences, or -1 if the converter is not available.
long decode_with_icu(std::string_view b, const char* name, Decoded& out) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> cnv(ucnv_open(name, &status));
  if (U_FAILURE(status)) return -1;
  CallbackState state;
  ucnv_setToUCallBack(cnv.get(), count_and_substitute, &state, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return -1;

  // Convert in chunks so memory stays proportional to the input.
  std::u16string buffer(64 * 1024, u'\0');
  const char* src = b.data();
  const char* src_end = b.data() + b.size();
  out.text.reserve(b.size() + b.size() / 2);
  for (;;) {
    UChar* target = reinterpret_cast<UChar*>(&buffer[0]);
    UChar* target_end = target + buffer.size();
    status = U_ZERO_ERROR;
    ucnv_toUnicode(cnv.get(), &target, target_end, &src, src_end, nullptr, true, &status);
    const UChar* p = reinterpret_cast<const UChar*>(buffer.data());
    for (; p < target; ++p) {
      char32_t cp = *p;
      if (cp >= 0xD800 && cp <= 0xDBFF && p + 1 < target && p[1] >= 0xDC00 && p[1] <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (p[1] - 0xDC00);
        ++p;
      } else if (cp >= 0xD800 && cp <= 0xDFFF) {
        cp = kReplacement;  // lone surrogate from broken UTF-16
      }
      if (cp == kReplacement) out.replacements.push_back(out.text.size());
      append_utf8(out.text, cp);
    }
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    break;
  }
  return static_cast<long>(state.invalid);
}

// UTF-16 without a byte order mark: read a sample both ways and keep the reading whose
// code units are text a report holds (ASCII, CJK, CJK and full-width punctuation) when
// the other reading is not.
bool plausible_unit(char16_t u) {
  return (u >= 0x20 && u < 0x7F) || u == '\t' || u == '\n' || u == '\r' || (u >= 0x4E00 && u <= 0x9FFF) ||
         (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF) || (u >= 0x2000 && u <= 0x206F) ||
         (u >= 0x3400 && u <= 0x4DBF) || u == 0xA0;
}

const char* guess_utf16(std::string_view b) {
  constexpr std::size_t kSample = 1 << 16;
  std::size_t n = std::min(b.size(), kSample) & ~std::size_t(1);
  if (n < 4) return nullptr;
  std::size_t le = 0, be = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    auto lo = static_cast<unsigned char>(b[i]), hi = static_cast<unsigned char>(b[i + 1]);
    le += plausible_unit(static_cast<char16_t>(lo | (hi << 8)));
    be += plausible_unit(static_cast<char16_t>(hi | (lo << 8)));
  }
  std::size_t units = n / 2;
  if (le * 10 >= units * 9 && be * 2 < units) return "UTF-16LE";
  if (be * 10 >= units * 9 && le * 2 < units) return "UTF-16BE";
  return nullptr;
}

// The charset detector's best supported guess, or nullptr.
const char* detect(std::string_view b) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&status);
  if (U_FAILURE(status)) return nullptr;
  // The detector samples the input; a bounded prefix keeps detection linear and fast.
  std::size_t sample = b.size() < (1u << 16) ? b.size() : (1u << 16);
  ucsdet_setText(det, b.data(), static_cast<int32_t>(sample), &status);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det, &count, &status);
  const char* result = nullptr;
  for (int32_t i = 0; U_SUCCESS(status) && i < count && result == nullptr; ++i) {
    const char* name = ucsdet_getName(matches[i], &status);
    if (name == nullptr) continue;
    if (std::strcmp(name, "GB18030") == 0) result = "GB18030";
    else if (std::strcmp(name, "UTF-8") == 0) result = "UTF-8";
    else if (std::strcmp(name, "UTF-16LE") == 0) result = "UTF-16LE";
    else if (std::strcmp(name, "UTF-16BE") == 0) result = "UTF-16BE";
  }
  ucsdet_close(det);
  return result;
}

}  // namespace

Decoded decode_as_utf8(std::string_view b) {
  Decoded out;
  out.encoding = "UTF-8";
  decode_utf8(b, out);
  return out;
}

// Control bytes other than blanks are rare in text in any of our encodings (UTF-16 aside,
// which is recognised first); many of them mean the input is not text.
bool mostly_control_bytes(std::string_view b) {
  constexpr std::size_t kSample = 1 << 16;
  std::size_t n = std::min(b.size(), kSample), control = 0;
  for (std::size_t i = 0; i < n; ++i) {
    auto c = static_cast<unsigned char>(b[i]);
    control += c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
  }
  return n > 0 && control * 10 > n;
}

Decoded decode(std::string_view b) {
  Decoded out;

  if (starts_with(b, kUtf8Bom)) {
    out.encoding = "UTF-8";
    out.bom = true;
    decode_utf8(b.substr(kUtf8Bom.size()), out);
    return out;
  }
  if (starts_with(b, "\xFF\xFE") || starts_with(b, "\xFE\xFF")) {
    out.encoding = b[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    out.bom = true;
    decode_with_icu(b.substr(2), out.encoding.c_str(), out);
    return out;
  }

  Decoded utf8;
  utf8.encoding = "UTF-8";
  std::size_t multibyte = 0;
  std::size_t utf8_invalid = decode_utf8(b, utf8, &multibyte);
  if (utf8_invalid == 0) return utf8;
  // Mostly valid UTF-8 with a few bad bytes (a GBK fragment pasted in, a damaged file) is
  // UTF-8: other encodings almost never form valid UTF-8 sequences by chance.
  if (multibyte >= kUtf8Dominance * utf8_invalid) return utf8;

  if (const char* u16 = guess_utf16(b)) {
    out.encoding = u16;
    decode_with_icu(b, u16, out);
    return out;
  }
  if (mostly_control_bytes(b)) {
    out.not_text = true;
    return out;
  }

  // Not UTF-8: ask the detector, then let the readable bytes decide between what is left.
  const char* guess = detect(b);
  if (guess != nullptr && std::strcmp(guess, "UTF-8") == 0) return utf8;
  Decoded gb;
  gb.encoding = "GB18030";
  long gb_invalid = decode_with_icu(b, "GB18030", gb);
  if (gb_invalid >= 0 && (guess != nullptr || static_cast<std::size_t>(gb_invalid) < utf8_invalid))
    return gb;
  return utf8;
}

namespace {

// The charset a <meta charset> or <meta http-equiv content="...; charset=..."> names in
// the page's first bytes, if it is one we read: the GB family or UTF-8.
const char* meta_charset(std::string_view b) {
  std::string_view head = b.substr(0, 4096);
  for (std::size_t m = ifind(head, "<meta"); m != std::string_view::npos; m = ifind(head, "<meta", m + 5)) {
    std::size_t end = head.find('>', m);
    std::string_view tag = head.substr(m, end == std::string_view::npos ? std::string_view::npos : end - m);
    std::size_t c = ifind(tag, "charset");
    if (c == std::string_view::npos) continue;
    std::size_t i = c + 7;
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '=' || tag[i] == '"' || tag[i] == '\'')) ++i;
    std::size_t j = i;
    while (j < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[j])) || tag[j] == '-' || tag[j] == '_')) ++j;
    std::string_view name = tag.substr(i, j - i);
    auto is = [&](std::string_view w) { return name.size() == w.size() && iequals_at(name, 0, w); };
    if (is("gbk") || is("gb2312") || is("gb18030") || is("x-gbk") || is("cp936") || is("windows-936") ||
        is("euc-cn") || is("csgb2312"))
      return "GB18030";
    if (is("utf-8") || is("utf8")) return "UTF-8";
    return nullptr;  // other charsets: left to detection
  }
  return nullptr;
}

}  // namespace

std::optional<Decoded> decode_by_meta_charset(std::string_view page) {
  if (starts_with(page, kUtf8Bom)) return std::nullopt;  // the byte order mark names the encoding
  const char* charset = meta_charset(page);
  if (charset == nullptr || std::strcmp(charset, "GB18030") != 0) return std::nullopt;
  Decoded utf8;
  std::size_t multibyte = 0;
  if (decode_utf8(page, utf8, &multibyte) == 0 && multibyte > 0) return std::nullopt;
  Decoded gb;
  gb.encoding = "GB18030";
  if (decode_with_icu(page, "GB18030", gb) < 0) return std::nullopt;
  return gb;
}

Decoded decode_owned(std::string&& bytes) {
  // The common case, UTF-8 text without a byte order mark: the bytes are the text, kept
  // without a copy.
  if (!starts_with(bytes, kUtf8Bom) && valid_utf8_prefix(bytes, 0, nullptr) == bytes.size() && !bytes.empty()) {
    Decoded out;
    out.encoding = "UTF-8";
    out.text = std::move(bytes);
    return out;
  }
  Decoded out = decode(std::string_view(bytes));
  bytes = std::string();  // freed before the check goes on
  return out;
}

Decoded decode_as_utf8_owned(std::string&& bytes) {
  if (valid_utf8_prefix(bytes, 0, nullptr) == bytes.size()) {
    Decoded out;
    out.encoding = "UTF-8";
    out.text = std::move(bytes);
    return out;
  }
  Decoded out = decode_as_utf8(std::string_view(bytes));
  bytes = std::string();
  return out;
}

}  // namespace gk::decode
