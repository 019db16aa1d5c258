#pragma once
// Small file-name tests shared by the readers and writers.

#include <string>

namespace ctlite::core {

bool ends_with(const std::string& text, const std::string& suffix);

// The extension of a path, lower-cased, with its dot (".jpg"); empty when there is none.
std::string lower_case_extension(const std::string& path);

}  // namespace ctlite::core
