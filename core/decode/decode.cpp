#include "decode/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>

#include "extract/extract.h"
#include "text/utf8.h"

namespace gk {

namespace {

constexpr char32_t kReplacement = 0xFFFD;
constexpr std::size_t kUtf8Dominance = 4;

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

BinaryKind sniff_binary(std::string_view b) {
  if (starts_with(b, "%PDF")) return BinaryKind::Pdf;
  if (starts_with(b, std::string_view("PK\x03\x04", 4))) return BinaryKind::Zip;
  if (starts_with(b, std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))) return BinaryKind::OleDoc;
  if (starts_with(b, "\x89PNG") || starts_with(b, "\xFF\xD8\xFF") || starts_with(b, "GIF8"))
    return BinaryKind::Image;
  if (starts_with(b, "\x1F\x8B") || starts_with(b, "7z\xBC\xAF") || starts_with(b, "Rar!")) return BinaryKind::Other;
  return BinaryKind::None;
}

// The length of b's longest valid UTF-8 prefix; `multibyte` counts its non-ASCII sequences.
std::size_t valid_utf8_prefix(std::string_view b, std::size_t from, std::size_t* multibyte) {
  std::size_t i = from;
  const auto* p = reinterpret_cast<const unsigned char*>(b.data());
  while (i < b.size()) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    // The common case, a three-byte sequence led by E1..EC or EE..EF (no overlong or
    // surrogate bounds to mind): CJK text is nearly all of it.
    if (c >= 0xE1 && c != 0xED && c <= 0xEF && i + 2 < b.size() && (p[i + 1] & 0xC0) == 0x80 &&
        (p[i + 2] & 0xC0) == 0x80) {
      if (multibyte != nullptr) ++*multibyte;
      i += 3;
      continue;
    }
    std::size_t end = 0;
    std::size_t n = utf8_sequence(b, i, &end);
    if (n == 0) break;
    if (multibyte != nullptr) ++*multibyte;
    i += n;
  }
  return i;
}

// Strict UTF-8 to UTF-8: each maximal invalid subpart becomes one U+FFFD (the WHATWG rule).
// Returns the number of invalid subparts; `multibyte` counts the valid non-ASCII sequences.
// Valid stretches are copied whole.
std::size_t decode_utf8(std::string_view b, Decoded& out, std::size_t* multibyte = nullptr) {
  std::size_t invalid = 0;
  out.text.reserve(out.text.size() + b.size());
  std::size_t i = 0;
  while (i < b.size()) {
    std::size_t valid = valid_utf8_prefix(b, i, multibyte);
    out.text.append(b.data() + i, valid - i);
    i = valid;
    if (i >= b.size()) break;
    std::size_t end = 0;
    utf8_sequence(b, i, &end);
    out.replacements.push_back(out.text.size());
    append_utf8(out.text, kReplacement);
    ++invalid;
    i = end > i + 1 ? end : i + 1;
  }
  return invalid;
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

static Decoded decode_text(std::string_view b) {
  Decoded out;

  if (starts_with(b, "\xEF\xBB\xBF")) {
    out.encoding = "UTF-8";
    out.bom = true;
    decode_utf8(b.substr(3), out);
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
    out.binary = BinaryKind::Other;
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

bool iequals_at(std::string_view s, std::size_t i, std::string_view word) {
  if (i + word.size() > s.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    char c = s[i + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != word[k]) return false;
  }
  return true;
}

std::size_t ifind(std::string_view s, std::string_view word, std::size_t from = 0) {
  for (std::size_t i = from; i + word.size() <= s.size(); ++i)
    if (iequals_at(s, i, word)) return i;
  return std::string_view::npos;
}

// HTML: markup first, and one of the tags a page or a clipboard fragment starts with near
// the start. Works on UTF-8 text and on the bytes of any ASCII-compatible encoding.
bool looks_like_html(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) ++i;
  if (i >= s.size() || s[i] != '<') return false;
  std::string_view head = s.substr(i, 1024);
  for (std::string_view tag : {"<!doctype html", "<html", "<table", "<meta"})
    if (ifind(head, tag) != std::string_view::npos) return true;
  return false;
}

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

std::vector<std::size_t> replacement_offsets(const std::string& text) {
  std::vector<std::size_t> out;
  for (std::size_t i = text.find("\xEF\xBF\xBD"); i != std::string::npos; i = text.find("\xEF\xBF\xBD", i + 3))
    out.push_back(i);
  return out;
}

// Replaces the decoded page by the text extracted from it. A U+FFFD the decoding wrote is
// looked up again in the extracted text, where it now sits.
Decoded from_html(Decoded d) {
  d.input = InputKind::Html;
  Extraction e = extract_html(d.text);
  if (e.failure != Extraction::Failure::None) {
    d.binary = BinaryKind::Corrupt;
    d.problem = e.problem;
    d.text.clear();
    d.replacements.clear();
    return d;
  }
  bool replaced = !d.replacements.empty();
  // The text checked is valid UTF-8 whatever the extractor wrote (libtidy, the HTML parser
  // used before ours, split a multi-byte character next to a stray '<', found by
  // fuzz/fuzz_decode): invalid sequences become U+FFFD and are reported like the input's own.
  Decoded clean;
  replaced = decode_utf8(e.text, clean) > 0 || replaced;
  d.text = std::move(clean.text);
  d.replacements = replaced ? replacement_offsets(d.text) : std::vector<std::size_t>{};
  return d;
}

Decoded from_docx(std::string_view b) {
  Decoded d;
  d.input = InputKind::Docx;
  Extraction e = extract_docx(b);
  switch (e.failure) {
    case Extraction::Failure::None: {
      d.encoding = "UTF-8";
      Decoded clean;  // valid UTF-8, whatever the extractor wrote (as for HTML)
      if (decode_utf8(e.text, clean) > 0) d.replacements = std::move(clean.replacements);
      d.text = std::move(clean.text);
      return d;
    }
    case Extraction::Failure::NotDocx: d.binary = BinaryKind::Zip; d.input = InputKind::Text; break;
    case Extraction::Failure::Encrypted: d.binary = BinaryKind::EncryptedDocx; break;
    case Extraction::Failure::Corrupt: d.binary = BinaryKind::Corrupt; break;
  }
  d.problem = std::move(e.problem);
  return d;
}

// Word and WPS store a password-protected .docx as an OLE container whose directory names
// the streams EncryptionInfo and EncryptedPackage (in UTF-16LE).
bool ole_is_encrypted_package(std::string_view b) {
  static const std::string name = [] {
    std::string n;
    for (char c : std::string_view("EncryptionInfo")) { n += c; n += '\0'; }
    return n;
  }();
  return b.find(name) != std::string_view::npos;
}

}  // namespace

const char* input_kind_name(InputKind kind) {
  switch (kind) {
    case InputKind::Html: return "html";
    case InputKind::Docx: return "docx";
    case InputKind::Text: break;
  }
  return "text";
}

Decoded decode(std::string_view b) {
  Decoded out;
  out.binary = sniff_binary(b);
  if (out.binary == BinaryKind::Zip) return from_docx(b);
  if (out.binary == BinaryKind::OleDoc && ole_is_encrypted_package(b)) out.binary = BinaryKind::EncryptedDocx;
  if (out.binary != BinaryKind::None) return out;

  std::string_view raw = starts_with(b, "\xEF\xBB\xBF") ? b.substr(3) : b;
  if (looks_like_html(raw)) {
    // The page's own <meta charset> decides, as in a browser; valid UTF-8 with CJK text in
    // it is a page re-saved as UTF-8 that kept its old meta.
    const char* charset = raw.size() == b.size() ? meta_charset(raw) : nullptr;
    if (charset != nullptr && std::strcmp(charset, "GB18030") == 0) {
      Decoded utf8;
      std::size_t multibyte = 0;
      if (decode_utf8(b, utf8, &multibyte) > 0 || multibyte == 0) {
        Decoded gb;
        gb.encoding = "GB18030";
        if (decode_with_icu(b, "GB18030", gb) >= 0) return from_html(std::move(gb));
      }
    }
  }
  Decoded text = decode_text(b);
  if (text.binary == BinaryKind::None && looks_like_html(text.text)) return from_html(std::move(text));
  return text;
}

Decoded decode_owned(std::string&& bytes) {
  // The common case, UTF-8 text that is not a page and has no byte order mark: the bytes
  // are the text, kept without a copy.
  if (sniff_binary(bytes) == BinaryKind::None && !starts_with(bytes, "\xEF\xBB\xBF") && !looks_like_html(bytes) &&
      valid_utf8_prefix(bytes, 0, nullptr) == bytes.size() && !bytes.empty()) {
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

Decoded decode_html_utf8(std::string_view b) {
  if (starts_with(b, "\xEF\xBB\xBF")) b.remove_prefix(3);
  return from_html(decode_as_utf8(b));
}

}  // namespace gk
