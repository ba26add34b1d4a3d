// The table-driven GB18030 and UTF-16 decoders (core/decode/charsets.h) against ICU's
// converters with the callback decode.cpp used to install: the same text and the same
// count of unreadable sequences for every one- and two-byte input, every four-byte
// sequence's first three bytes with a sweep of the fourth, and random byte strings built
// from the bytes that matter (leads, digits, 0x80, 0xFF, surrogates).
#include <catch2/catch.hpp>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include <random>
#include <string>
#include <vector>

#include "decode/charsets.h"
#include "text/utf8.h"

namespace {

struct Count {
  std::size_t invalid = 0;
};

void substitute(const void* ctx, UConverterToUnicodeArgs* args, const char*, int32_t, UConverterCallbackReason reason,
                UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;
  ++static_cast<Count*>(const_cast<void*>(ctx))->invalid;
  *err = U_ZERO_ERROR;
  UChar sub = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &sub, 1, 0, err);
}

struct Decoding {
  std::string text;
  std::size_t invalid = 0;
  bool operator==(const Decoding& o) const { return text == o.text && invalid == o.invalid; }
};

Decoding with_icu(const std::string& bytes, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open(charset, &status);
  REQUIRE(U_SUCCESS(status));
  Count count;
  ucnv_setToUCallBack(cnv, substitute, &count, nullptr, nullptr, &status);
  std::u16string buffer(bytes.size() * 2 + 16, u'\0');
  UChar* target = reinterpret_cast<UChar*>(&buffer[0]);
  const char* source = bytes.data();
  ucnv_toUnicode(cnv, &target, target + buffer.size(), &source, bytes.data() + bytes.size(), nullptr, true, &status);
  ucnv_close(cnv);
  Decoding d;
  for (const UChar* p = reinterpret_cast<const UChar*>(buffer.data()); p < target; ++p) {
    char32_t cp = *p;
    if (cp >= 0xD800 && cp <= 0xDBFF && p + 1 < target && p[1] >= 0xDC00 && p[1] <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (p[1] - 0xDC00);
      ++p;
    }
    gk::append_utf8(d.text, cp);
  }
  d.invalid = count.invalid;
  return d;
}

Decoding ours(const std::string& bytes, const char* charset) {
  Decoding d;
  std::vector<std::size_t> replacements;
  std::string cs = charset;
  d.invalid = cs == "GB18030" ? gk::decode_gb18030(bytes, d.text, replacements)
                              : gk::decode_utf16(bytes, cs == "UTF-16BE", d.text, replacements);
  for (std::size_t r : replacements) REQUIRE(d.text.compare(r, 3, "\xEF\xBF\xBD") == 0);
  return d;
}

// Counts disagreements (REQUIRE on each of millions of inputs would be slow to report).
std::size_t differences(const std::vector<std::string>& inputs, const char* charset, std::string& first) {
  std::size_t n = 0;
  for (const std::string& b : inputs) {
    if (ours(b, charset) == with_icu(b, charset)) continue;
    if (n++ == 0) {
      static const char* hex = "0123456789ABCDEF";
      for (unsigned char c : b) first += std::string{hex[c >> 4], hex[c & 15], ' '};
    }
  }
  return n;
}

}  // namespace

TEST_CASE("GB18030 decoding matches ICU for every one- and two-byte input", "[decode][charsets]") {
  std::vector<std::string> inputs;
  for (int x = 0; x < 256; ++x) {
    inputs.push_back(std::string(1, static_cast<char>(x)));
    for (int y = 0; y < 256; ++y) {
      std::string b{static_cast<char>(x), static_cast<char>(y)};
      inputs.push_back(b);
      inputs.push_back(b + "A");
    }
  }
  std::string first;
  CHECK(differences(inputs, "GB18030", first) == 0);
  INFO(first);
}

TEST_CASE("GB18030 four-byte sequences match ICU", "[decode][charsets]") {
  std::vector<std::string> inputs;
  for (int b1 = 0x81; b1 <= 0xFE; ++b1)
    for (int b2 = 0x30; b2 <= 0x39; ++b2)
      for (int b3 = 0x81; b3 <= 0xFE; ++b3)
        for (int b4 = 0x30 + (b1 + b3) % 3; b4 <= 0x39; b4 += 3)
          inputs.push_back(std::string{static_cast<char>(b1), static_cast<char>(b2), static_cast<char>(b3),
                                       static_cast<char>(b4)});
  std::string first;
  CHECK(differences(inputs, "GB18030", first) == 0);
  INFO(first);
}

TEST_CASE("GB18030 and UTF-16 match ICU on random byte strings", "[decode][charsets]") {
  std::mt19937 rng(20240601);
  const unsigned char interesting[] = {0x00, 0x0A, 0x30, 0x35, 0x39, 0x3A, 0x40, 0x41, 0x7E, 0x7F, 0x80, 0x81,
                                       0x84, 0x90, 0xA0, 0xD8, 0xDB, 0xDC, 0xDF, 0xE3, 0xFE, 0xFF};
  std::vector<std::string> inputs;
  for (int k = 0; k < 200000; ++k) {
    std::string b;
    int length = 1 + static_cast<int>(rng() % 10);
    for (int i = 0; i < length; ++i)
      b += static_cast<char>(rng() % 3 ? interesting[rng() % sizeof interesting] : rng() % 256);
    inputs.push_back(b);
  }
  for (const char* charset : {"GB18030", "UTF-16LE", "UTF-16BE"}) {
    std::string first;
    CHECK(differences(inputs, charset, first) == 0);
    INFO(charset << ": " << first);
  }
}
