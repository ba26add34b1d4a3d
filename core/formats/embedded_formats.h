// The format files, embedded by the build (see core/CMakeLists.txt and embed_formats.cmake):
// kEmbeddedFormatCount formats, their fields one string after another in the order
// formats/format.cpp reads them.
#pragma once
#include <cstddef>

namespace gk {
extern const std::size_t kEmbeddedFormatCount;
extern const char* const kEmbeddedFormatData[];
}  // namespace gk
