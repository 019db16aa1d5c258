#pragma once
// A WordPiece vocabulary for a text tower trained from scratch (the teacher stage without
// CXR-BERT's weights): BERT's special tokens, every word of the corpus seen at least
// `minimum_count` times (most frequent first), then each character alone and as a "##"
// continuation, so any text of the corpus' alphabet tokenises without [UNK].

#include <cstddef>
#include <string>
#include <vector>

namespace ctlite::ai {

std::vector<std::string> build_training_vocabulary(const std::vector<std::string>& texts,
                                                   std::size_t minimum_count = 1);

}  // namespace ctlite::ai
