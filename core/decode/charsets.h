// The encodings gkcheck reads besides UTF-8, decoded without ICU's converters: GB18030
// (which contains GBK and GB2312) from a table generated from ICU's own mapping
// (gb18030_table.h), and UTF-16. Each behaves as ICU's converter with a callback that
// writes one U+FFFD per unreadable sequence: the same text, the same count.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gk {

// Appends the decoded text to `out` as UTF-8 and the offset in `out` of every U+FFFD it
// writes (replacements and U+FFFD in the input alike) to `replacements`; returns the number
// of sequences that could not be read.
std::size_t decode_gb18030(std::string_view bytes, std::string& out, std::vector<std::size_t>& replacements);
std::size_t decode_utf16(std::string_view bytes, bool big_endian, std::string& out,
                         std::vector<std::size_t>& replacements);

}  // namespace gk
