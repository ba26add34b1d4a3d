#pragma once
namespace gk {
inline constexpr const char* kToolName = "gkcheck";
inline constexpr const char* kToolVersion = "0.1.0";
}  // namespace gk
