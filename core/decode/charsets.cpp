#include "decode/charsets.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "decode/gb18030_table.h"
#include "text/utf8.h"

namespace gk {

namespace {

constexpr char32_t kReplacement = 0xFFFD;
constexpr char32_t kUnassigned = 0xFFFFFFFF;  // bytes GB18030 assigns no character to

struct Sink {
  std::string& out;
  std::vector<std::size_t>& replacements;
  std::size_t invalid = 0;

  void put(char32_t cp) {
    if (cp == kReplacement) replacements.push_back(out.size());
    append_utf8(out, cp);
  }
  void bad() {
    ++invalid;
    put(kReplacement);
  }
};

bool in(unsigned char b, unsigned char lo, unsigned char hi) { return b >= lo && b <= hi; }

char32_t two_byte(unsigned char lead, unsigned char trail) {
  std::uint16_t v = gb18030::kTwoByte[(lead - 0x81) * 190 + trail - (trail < 0x7F ? 0x40 : 0x41)];
  return v == 0xFFFF ? kUnassigned : v;
}

// The code point of a four-byte sequence, or kUnassigned.
char32_t four_byte(unsigned char b1, unsigned char b2, unsigned char b3, unsigned char b4) {
  long idx = ((static_cast<long>(b1 - 0x81) * 10 + (b2 - 0x30)) * 126 + (b3 - 0x81)) * 10 + (b4 - 0x30);
  if (idx < gb18030::kFourByteBmpLimit) {
    const auto* runs = gb18030::kFourByteRuns;
    const auto* end = runs + std::size(gb18030::kFourByteRuns);
    const auto* r = std::upper_bound(runs, end, idx, [](long i, const gb18030::Run& run) { return i < run.index; }) - 1;
    return r->cp == 0xFFFF ? kUnassigned : static_cast<char32_t>(r->cp + (idx - r->index));
  }
  long supplementary = idx - gb18030::kFourByteSupplementary;
  if (supplementary >= 0 && supplementary <= 0x10FFFF - 0x10000) return static_cast<char32_t>(0x10000 + supplementary);
  return kUnassigned;
}

}  // namespace

std::size_t decode_gb18030(std::string_view b, std::string& out, std::vector<std::size_t>& replacements) {
  Sink sink{out, replacements};
  const std::size_t n = b.size();
  auto at = [&](std::size_t i) { return static_cast<unsigned char>(b[i]); };
  std::size_t i = 0;
  while (i < n) {
    unsigned char b1 = at(i);
    if (b1 < 0x80) {
      sink.put(b1);
      ++i;
      continue;
    }
    if (b1 == 0x80 || b1 == 0xFF) {  // no character starts here
      sink.bad();
      ++i;
      continue;
    }
    // A lead byte. As ICU reads it: an unfinished sequence at the end of the input is one
    // unreadable sequence; a byte that cannot continue a sequence makes the lead byte
    // unreadable and reading starts again after the lead (0xFF, which can start nothing,
    // goes with it).
    if (i + 1 >= n) { sink.bad(); break; }
    unsigned char b2 = at(i + 1);
    if (in(b2, 0x40, 0x7E) || in(b2, 0x80, 0xFE)) {
      char32_t cp = two_byte(b1, b2);
      if (cp == kUnassigned) sink.bad(); else sink.put(cp);
      i += 2;
      continue;
    }
    if (!in(b2, 0x30, 0x39)) { sink.bad(); i += b2 == 0xFF ? 2 : 1; continue; }
    if (i + 2 >= n) { sink.bad(); break; }
    unsigned char b3 = at(i + 2);
    if (!in(b3, 0x81, 0xFE)) { sink.bad(); i += 1; continue; }
    if (i + 3 >= n) { sink.bad(); break; }
    unsigned char b4 = at(i + 3);
    if (!in(b4, 0x30, 0x39)) { sink.bad(); i += 1; continue; }
    char32_t cp = four_byte(b1, b2, b3, b4);
    if (cp == kUnassigned) sink.bad(); else sink.put(cp);
    i += 4;
  }
  return sink.invalid;
}

std::size_t decode_utf16(std::string_view b, bool big_endian, std::string& out,
                         std::vector<std::size_t>& replacements) {
  Sink sink{out, replacements};
  const std::size_t units = b.size() / 2;
  auto unit = [&](std::size_t k) -> char16_t {
    auto x = static_cast<unsigned char>(b[2 * k]), y = static_cast<unsigned char>(b[2 * k + 1]);
    return static_cast<char16_t>(big_endian ? (x << 8) | y : (y << 8) | x);
  };
  for (std::size_t k = 0; k < units; ++k) {
    char16_t u = unit(k);
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (k + 1 < units) {
        char16_t v = unit(k + 1);
        if (v >= 0xDC00 && v <= 0xDFFF) {
          sink.put(0x10000 + ((static_cast<char32_t>(u) - 0xD800) << 10) + (v - 0xDC00));
          ++k;
          continue;
        }
      } else {
        sink.bad();  // a lead surrogate ends the input, with half a code unit after it or not
        return sink.invalid;
      }
      sink.bad();
      continue;
    }
    if (u >= 0xDC00 && u <= 0xDFFF) {
      sink.bad();
      continue;
    }
    sink.put(u);
  }
  if (b.size() % 2 != 0) sink.bad();  // half a code unit at the end
  return sink.invalid;
}

}  // namespace gk
