#include "core/reports/sentence_splitter.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace ctlite::core {
namespace {

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

std::string trimmed(const std::string& s) {
  auto begin = std::find_if_not(s.begin(), s.end(), is_space);
  auto end = std::find_if_not(s.rbegin(), s.rend(), is_space).base();
  return begin < end ? std::string(begin, end) : std::string();
}

// True when the word just before position `dot` is an abbreviation that takes a full stop.
bool ends_with_abbreviation(const std::string& text, size_t dot) {
  static const std::array<const char*, 8> kAbbreviations = {"approx", "e.g", "i.e", "vs",
                                                            "dr",     "cf",  "max", "min"};
  size_t start = dot;
  while (start > 0 && !is_space(text[start - 1])) --start;
  std::string word = text.substr(start, dot - start);
  std::transform(word.begin(), word.end(), word.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::any_of(kAbbreviations.begin(), kAbbreviations.end(),
                     [&](const char* abbreviation) { return word == abbreviation; });
}

}  // namespace

std::vector<std::string> split_sentences(const std::string& report) {
  std::vector<std::string> sentences;
  std::string current;
  auto flush = [&] {
    std::string s = trimmed(current);
    // A lone bullet or punctuation mark is no sentence.
    if (std::any_of(s.begin(), s.end(), [](unsigned char c) { return std::isalnum(c) != 0; }))
      sentences.push_back(s);
    current.clear();
  };
  for (size_t i = 0; i < report.size(); ++i) {
    const char c = report[i];
    if (c == '\n' || c == '\r') {
      flush();
      continue;
    }
    current += c;
    if (c == '.' || c == '!' || c == '?') {
      const bool inside_number = c == '.' && i > 0 && i + 1 < report.size() &&
                                 is_digit(report[i - 1]) && is_digit(report[i + 1]);
      const bool at_end = i + 1 >= report.size() || is_space(report[i + 1]);
      if (!inside_number && at_end && !(c == '.' && ends_with_abbreviation(report, i))) flush();
    }
  }
  flush();
  return sentences;
}

}  // namespace ctlite::core
