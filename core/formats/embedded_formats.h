// The format files, embedded by the build (see core/CMakeLists.txt).
#pragma once
#include <cstddef>

namespace gk {
extern const char* const kEmbeddedFormats[];
extern const std::size_t kEmbeddedFormatCount;
}  // namespace gk
