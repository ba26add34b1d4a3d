// Radicals as ideographs. Some PDFs (Chromium's among them) map glyphs to the Kangxi
// Radicals (U+2F00–U+2FD5) or the CJK Radicals Supplement (U+2E80–U+2EFF) where the text
// has the ideograph they look like: ⼈ for 人, ⺠ for 民. Read as the ideographs, a label
// or a heading matches as the author wrote it.
#pragma once

namespace gk::text {

// The ideograph a radical stands for; cp itself when it is no radical or stands for none.
char32_t radical_ideograph(char32_t cp);

}  // namespace gk::text
