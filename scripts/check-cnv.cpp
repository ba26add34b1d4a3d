// Checks that two ICU data packages hold the same converter: every byte sequence of up to
// two bytes, every four-byte sequence of GB18030's shape (lead, digit, lead, digit), every
// code point, and random byte streams convert alike, replacement characters and the bytes
// they stand for included. scripts/build-icu-wasm.sh runs it on the original gb18030.cnv
// and the one makeconv --small rebuilt from it (scripts/cnv-to-ucm.py).
//
// Usage: check-cnv PACKAGE-A PACKAGE-B CONVERTER   (packages as paths without ".dat")
#include <unicode/ucnv.h>

#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace {

struct Converter {
  UConverter* cnv = nullptr;
  Converter(const char* package, const char* name) {
    UErrorCode status = U_ZERO_ERROR;
    cnv = ucnv_openPackage(package, name, &status);
    if (U_FAILURE(status)) {
      std::fprintf(stderr, "check-cnv: cannot open %s from %s: %s\n", name, package, u_errorName(status));
      std::exit(2);
    }
  }
  ~Converter() { ucnv_close(cnv); }

  // UTF-16 of the bytes, each unreadable sequence as U+FFFD, with the source offset of
  // each unit (so the bytes a replacement stands for are compared too).
  std::u16string to_unicode(const std::string& bytes, std::vector<int32_t>& offsets) {
    ucnv_reset(cnv);
    std::u16string out(bytes.size() * 2 + 4, u'\0');
    offsets.assign(out.size(), -1);
    const char* src = bytes.data();
    UChar* target = reinterpret_cast<UChar*>(&out[0]);
    UErrorCode status = U_ZERO_ERROR;
    ucnv_toUnicode(cnv, &target, target + out.size(), &src, bytes.data() + bytes.size(), offsets.data(), true,
                   &status);
    if (U_FAILURE(status)) return u"<error>";
    out.resize(static_cast<std::size_t>(target - reinterpret_cast<UChar*>(&out[0])));
    offsets.resize(out.size());
    return out;
  }

  // The bytes for one code point, or "" if there are none.
  std::string from_unicode(UChar32 c) {
    ucnv_reset(cnv);
    UChar units[2];
    int32_t n = 0;
    if (c > 0xFFFF) {
      units[n++] = static_cast<UChar>(0xD7C0 + (c >> 10));
      units[n++] = static_cast<UChar>(0xDC00 | (c & 0x3FF));
    } else {
      units[n++] = static_cast<UChar>(c);
    }
    char buf[16];
    UErrorCode status = U_ZERO_ERROR;
    ucnv_setFromUCallBack(cnv, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    status = U_ZERO_ERROR;
    int32_t len = ucnv_fromUChars(cnv, buf, sizeof buf, units, n, &status);
    if (U_FAILURE(status)) return std::string();
    return std::string(buf, static_cast<std::size_t>(len));
  }
};

long failures = 0;

void compare(Converter& a, Converter& b, const std::string& bytes) {
  std::vector<int32_t> oa, ob;
  std::u16string ua = a.to_unicode(bytes, oa), ub = b.to_unicode(bytes, ob);
  if (ua == ub && oa == ob) return;
  if (++failures <= 10) {
    std::fprintf(stderr, "check-cnv: bytes");
    for (unsigned char c : bytes.substr(0, 16)) std::fprintf(stderr, " %02X", c);
    std::fprintf(stderr, " convert differently\n");
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: check-cnv PACKAGE-A PACKAGE-B CONVERTER\n");
    return 2;
  }
  Converter a(argv[1], argv[3]), b(argv[2], argv[3]);
  long sequences = 0, code_points = 0;
  for (int x = 0; x < 256; ++x) {
    compare(a, b, std::string(1, static_cast<char>(x)));
    for (int y = 0; y < 256; ++y) compare(a, b, std::string{static_cast<char>(x), static_cast<char>(y)});
    sequences += 257;
  }
  for (int b1 = 0x81; b1 <= 0xFE; ++b1)
    for (int b2 = 0x30; b2 <= 0x39; ++b2)
      for (int b3 = 0x81; b3 <= 0xFE; ++b3)
        for (int b4 = 0x30; b4 <= 0x39; ++b4, ++sequences)
          compare(a, b, std::string{static_cast<char>(b1), static_cast<char>(b2), static_cast<char>(b3),
                                    static_cast<char>(b4)});
  // Streams of bytes from the ranges GB18030 uses, cut anywhere.
  std::mt19937 rng(18030);
  const unsigned char pool[] = {0x00, 0x0A, 0x20, 0x30, 0x35, 0x39, 0x3A, 0x40, 0x7E, 0x7F, 0x80,
                                0x81, 0x82, 0x84, 0x85, 0x90, 0xA1, 0xB0, 0xD7, 0xE3, 0xFE, 0xFF};
  for (int k = 0; k < 20000; ++k, ++sequences) {
    std::string s(1 + rng() % 64, '\0');
    for (char& c : s) c = static_cast<char>(rng() % 3 == 0 ? rng() % 256 : pool[rng() % sizeof pool]);
    compare(a, b, s);
  }
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    ++code_points;
    if (a.from_unicode(c) != b.from_unicode(c) && ++failures <= 20)
      std::fprintf(stderr, "check-cnv: U+%04X converts differently\n", static_cast<unsigned>(c));
  }
  if (failures > 0) {
    std::fprintf(stderr, "check-cnv: %ld differences\n", failures);
    return 1;
  }
  std::fprintf(stderr, "check-cnv: %s: %ld byte sequences and %ld code points convert alike\n", argv[3], sequences,
               code_points);
  return 0;
}
