#include "core/reports/clinical_text.h"

#include <algorithm>
#include <cctype>
#include <limits>

namespace ctlite::core {

NormalisedText::NormalisedText(const std::string& raw) {
  text_ = " ";
  auto append_space = [this] {
    if (text_.back() != ' ') text_ += ' ';
  };
  for (unsigned char c : raw) {
    if (std::isalnum(c)) {
      text_ += static_cast<char>(std::tolower(c));
    } else if (c == ',' || c == '.' || c == ';' || c == ':' || c == '?') {
      append_space();
      text_ += static_cast<char>(c);
      text_ += ' ';
    } else if (c >= 0x80) {
      text_ += static_cast<char>(c);  // keep UTF-8 bytes inside words
    } else {
      append_space();
    }
  }
  append_space();
}

std::vector<size_t> NormalisedText::find(const std::string& term) const {
  std::vector<size_t> starts;
  if (term.empty()) return starts;
  for (size_t pos = text_.find(term); pos != std::string::npos; pos = text_.find(term, pos + 1)) {
    if (pos > 0 && text_[pos - 1] == ' ') starts.push_back(pos);
  }
  return starts;
}

NegationDetector::NegationDetector() {
  using S = MentionStatus;
  // Longer phrases first: they hide the shorter cues they contain ("cannot be excluded" is a
  // hedge, not a negation; "not seen" follows its term while "not" precedes it).
  const std::vector<std::pair<std::string, S>> after = {
      {"cannot be excluded", S::kUncertain}, {"can not be excluded", S::kUncertain},
      {"could not be excluded", S::kUncertain}, {"cannot be ruled out", S::kUncertain},
      {"can not be ruled out", S::kUncertain}, {"could not be ruled out", S::kUncertain},
      {"not excluded", S::kUncertain},       {"not ruled out", S::kUncertain},
      {"is suspected", S::kUncertain},       {"are suspected", S::kUncertain},
      {"is questionable", S::kUncertain},    {"?", S::kUncertain},
      {"not seen", S::kNegated},             {"not observed", S::kNegated},
      {"not detected", S::kNegated},         {"not identified", S::kNegated},
      {"not present", S::kNegated},          {"not noted", S::kNegated},
      {"not visualized", S::kNegated},       {"not visualised", S::kNegated},
      {"not evident", S::kNegated},          {"not found", S::kNegated},
      {"not demonstrated", S::kNegated},     {"not visible", S::kNegated},
      {"not appreciated", S::kNegated},      {"is absent", S::kNegated},
      {"are absent", S::kNegated},           {"was excluded", S::kNegated},
      {"were excluded", S::kNegated},        {"is excluded", S::kNegated},
      {"are excluded", S::kNegated},         {"ruled out", S::kNegated},
  };
  const std::vector<std::pair<std::string, S>> before = {
      {"no evidence of", S::kNegated},    {"no sign of", S::kNegated},
      {"no signs of", S::kNegated},       {"negative for", S::kNegated},
      {"free of", S::kNegated},           {"absence of", S::kNegated},
      {"without", S::kNegated},           {"no", S::kNegated},
      {"not", S::kNegated},               {"nor", S::kNegated},
      {"neither", S::kNegated},           {"cannot exclude", S::kUncertain},
      {"can not exclude", S::kUncertain}, {"suspicious for", S::kUncertain},
      {"suspicion of", S::kUncertain},    {"suggestive of", S::kUncertain},
      {"may represent", S::kUncertain},   {"questionable", S::kUncertain},
      {"possible", S::kUncertain},        {"possibly", S::kUncertain},
      {"probable", S::kUncertain},        {"probably", S::kUncertain},
      {"suspected", S::kUncertain},       {"likely", S::kUncertain},
      {"rule out", S::kUncertain},
  };
  for (const auto& [phrase, effect] : after) cues_.push_back({phrase, effect, false});
  for (const auto& [phrase, effect] : before) cues_.push_back({phrase, effect, true});
  std::stable_sort(cues_.begin(), cues_.end(), [](const Cue& a, const Cue& b) {
    return a.phrase.size() > b.phrase.size();
  });
  pseudo_cues_ = {"no change",      "no significant change", "no interval change",
                  "not changed",    "no increase",           "no decrease",
                  "no progression", "without change",        "not only",
                  "no significant interval change"};
  terminators_ = {";", ":", "but", "however", "although", "though", "except", "whereas",
                  "while", "yet", "apart from", "and there", "and a", "and an", "there is",
                  "there are", "which"};
}

MentionStatus NegationDetector::status(const NormalisedText& sentence, size_t begin,
                                       size_t end) const {
  const std::string& text = sentence.text();
  std::vector<bool> hidden(text.size(), false);
  auto hide = [&](size_t start, size_t length) {
    std::fill(hidden.begin() + static_cast<std::ptrdiff_t>(start),
              hidden.begin() + static_cast<std::ptrdiff_t>(start + length), true);
  };
  auto is_hidden = [&](size_t start, size_t length) {
    return std::any_of(hidden.begin() + static_cast<std::ptrdiff_t>(start),
                       hidden.begin() + static_cast<std::ptrdiff_t>(start + length),
                       [](bool h) { return h; });
  };
  for (const auto& pseudo : pseudo_cues_)
    for (size_t at : sentence.find(pseudo + " ")) hide(at, pseudo.size());

  std::vector<size_t> terminator_starts;
  for (const auto& terminator : terminators_)
    for (size_t at : sentence.find(terminator + " ")) terminator_starts.push_back(at);
  auto clause_break_between = [&](size_t from, size_t to) {
    return std::any_of(terminator_starts.begin(), terminator_starts.end(),
                       [&](size_t t) { return t >= from && t < to; });
  };

  MentionStatus result = MentionStatus::kPositive;
  size_t nearest = std::numeric_limits<size_t>::max();
  for (const auto& cue : cues_) {
    for (size_t at : sentence.find(cue.phrase + " ")) {
      const size_t cue_end = at + cue.phrase.size();
      if (is_hidden(at, cue.phrase.size())) continue;
      hide(at, cue.phrase.size());
      size_t distance;
      if (cue.before_term && cue_end <= begin && !clause_break_between(cue_end, begin)) {
        distance = begin - cue_end;
      } else if (!cue.before_term && at >= end && !clause_break_between(end, at)) {
        distance = at - end;
      } else {
        continue;
      }
      if (distance < nearest) {
        nearest = distance;
        result = cue.effect;
      }
    }
  }
  return result;
}

}  // namespace ctlite::core
