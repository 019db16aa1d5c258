#pragma once
// "Natural" file-name order: runs of digits compare as numbers, so slice2.jpg comes before
// slice10.jpg (plain string order puts slice10 first and silently scrambles a volume).

#include <string>

namespace ctlite::core {

// True when `a` sorts before `b`. Case-insensitive for letters; ties fall back to plain order.
bool natural_less(const std::string& a, const std::string& b);

}  // namespace ctlite::core
