#pragma once
// Splits a free-text radiology report into sentences. Full stops inside numbers ("3.5 mm"), and
// after common abbreviations ("approx.", "e.g.") do not end a sentence; a line break always does
// (CT-RATE reports and bullet lists often omit the final full stop).

#include <string>
#include <vector>

namespace ctlite::core {

// Sentences in report order, trimmed, without empty ones. The terminating punctuation is kept.
std::vector<std::string> split_sentences(const std::string& report);

}  // namespace ctlite::core
