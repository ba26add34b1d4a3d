// Bytes not yet known to be UTF-8, made valid: each maximal invalid subpart becomes one
// U+FFFD (the WHATWG rule).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gk::text {

// The end of the longest valid UTF-8 stretch of b from `from`; `multibyte` (if given)
// counts its non-ASCII sequences.
std::size_t valid_utf8_prefix(std::string_view b, std::size_t from, std::size_t* multibyte);

// Appends b to out, each invalid subpart as U+FFFD whose offset in `out` goes to
// `replacements`; returns how many there were. `multibyte` as for valid_utf8_prefix.
std::size_t append_valid_utf8(std::string& out, std::string_view b, std::vector<std::size_t>& replacements,
                              std::size_t* multibyte = nullptr);

}  // namespace gk::text
