#include "core/reports/sentence_splitter.h"

#include <gtest/gtest.h>

namespace ctlite::core {
namespace {

TEST(SentenceSplitter, SplitsOnFullStopsAndLinesButNotDecimalsOrAbbreviations) {
  const auto s = split_sentences(
      "A 3.5 mm nodule is seen, approx. 2 cm from the pleura. Heart size is normal!\n"
      "- Pleural effusion on the right\n\n  Is there a mass? No.");
  ASSERT_EQ(s.size(), 5u);
  EXPECT_EQ(s[0], "A 3.5 mm nodule is seen, approx. 2 cm from the pleura.");
  EXPECT_EQ(s[1], "Heart size is normal!");
  EXPECT_EQ(s[2], "- Pleural effusion on the right");
  EXPECT_EQ(s[3], "Is there a mass?");
  EXPECT_EQ(s[4], "No.");
}

TEST(SentenceSplitter, EmptyAndPunctuationOnlyInputGiveNoSentences) {
  EXPECT_TRUE(split_sentences("").empty());
  EXPECT_TRUE(split_sentences(" . \n - \r\n").empty());
}

}  // namespace
}  // namespace ctlite::core
