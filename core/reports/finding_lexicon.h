#pragma once
// Synonyms of the 18 CT-RATE findings (ctvit-architecture.md §9, same order) as they are written
// in chest-CT reports, plus a wider list of abnormality words used to keep report sentences.

#include <string>
#include <vector>

namespace ctlite::core {

// A finding is mentioned when one of `heads` occurs, every group of `context` has one
// alternative within `context_window_words` words of it, and no `unless` term occurs in the
// sentence. The window keeps "pleural thickening and pericardial effusion" from meaning a
// pleural effusion. Terms are stems matched at
// word starts; a trailing space makes a term a whole word (NormalisedText::find). The head's
// position decides negation, so "Aorta normal, no calcification" negates the calcification.
struct FindingPattern {
  std::vector<std::string> heads;
  std::vector<std::vector<std::string>> context;
  std::vector<std::string> unless;
  int context_window_words = 8;
};

struct FindingLexiconEntry {
  std::string name;
  std::vector<FindingPattern> patterns;
};

// The 18 CT-RATE findings in CT-RATE order.
const std::vector<FindingLexiconEntry>& ct_rate_finding_lexicon();

// Any abnormality (the 18 findings and everything else a report may describe: masses, cysts,
// fractures, degenerative change, devices, ...), used to tell abnormality sentences from
// routine normal ones.
const FindingLexiconEntry& any_abnormality_lexicon();

}  // namespace ctlite::core
