// Numbers read out of running text (enumerators, heading numerals, dates) stop growing at
// kNumberCap instead of overflowing: forty digits or a run of 十 name no row, section or
// date a report has, and must not be undefined behaviour either.
#pragma once

namespace gk::text {

constexpr int kNumberCap = 1000000000;

// n * 10 + digit, saturating at kNumberCap.
inline int shift_in_digit(int n, int digit) { return n >= kNumberCap / 10 ? kNumberCap : n * 10 + digit; }

// n + k for a small k >= 0, saturating at kNumberCap.
inline int add_capped(int n, int k) { return n >= kNumberCap - k ? kNumberCap : n + k; }

}  // namespace gk::text
