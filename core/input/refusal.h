// What the user is told when the input cannot be checked (input.unreadable, and the page
// before it checks a dropped file).
#pragma once
#include <string>

#include "input/input_facts.h"

namespace gk::input {

// The extractor's own account of what is wrong, else the advice for the refused kind.
std::string refusal_message(const InputFacts& facts);

}  // namespace gk::input
