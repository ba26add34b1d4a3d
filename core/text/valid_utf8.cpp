#include "text/valid_utf8.h"

#include "text/utf8.h"

namespace gk::text {

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
    if (c >= 0xE1 && c != 0xED && c <= 0xEF && i + 2 < b.size() && is_continuation_byte(p[i + 1]) &&
        is_continuation_byte(p[i + 2])) {
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

std::size_t append_valid_utf8(std::string& out, std::string_view b, std::vector<std::size_t>& replacements,
                              std::size_t* multibyte) {
  std::size_t invalid = 0;
  std::size_t i = 0;
  while (i < b.size()) {
    // Valid stretches are copied whole.
    std::size_t valid = valid_utf8_prefix(b, i, multibyte);
    out.append(b.data() + i, valid - i);
    i = valid;
    if (i >= b.size()) break;
    std::size_t end = 0;
    utf8_sequence(b, i, &end);
    replacements.push_back(out.size());
    append_utf8(out, 0xFFFD);
    ++invalid;
    i = end > i + 1 ? end : i + 1;
  }
  return invalid;
}

}  // namespace gk::text
