#include "core/dataset/csv_table.h"

#include <gtest/gtest.h>

#include "core/common/errors.h"

namespace ctlite::core {
namespace {

TEST(CsvTable, QuotesCommasNewlinesBomAndCrlf) {
  const std::string text =
      "\xEF\xBB\xBFVolumeName,Findings_EN,Impressions_EN\r\n"
      "train_1_a_1.nii.gz,\"Heart size normal, no effusion.\r\nNo \"\"nodule\"\".\",Normal\r\n"
      "train_2_a_1.nii.gz,,\"\"\r\n"
      "\r\n";
  const CsvTable table = CsvTable::parse(text, "reports.csv");
  ASSERT_EQ(table.header().size(), 3u);
  EXPECT_EQ(table.header()[0], "VolumeName");  // the BOM is not part of the name
  ASSERT_EQ(table.rows().size(), 2u);
  EXPECT_EQ(table.rows()[0][1], "Heart size normal, no effusion.\r\nNo \"nodule\".");
  EXPECT_EQ(table.rows()[0][2], "Normal");
  EXPECT_EQ(table.rows()[1][1], "");
  EXPECT_EQ(table.rows()[1][2], "");
  EXPECT_EQ(table.column("Impressions_EN"), 2u);
  EXPECT_EQ(table.find_column("Technique_EN"), -1);
}

TEST(CsvTable, LastLineWithoutNewlineAndLfOnly) {
  const CsvTable table = CsvTable::parse("a,b\n1,2\n3,4", "x.csv");
  ASSERT_EQ(table.rows().size(), 2u);
  EXPECT_EQ(table.rows()[1][1], "4");
}

TEST(CsvTable, MalformedInputNamesFileAndLine) {
  auto problem_of = [](const std::string& text) {
    try {
      CsvTable::parse(text, "bad.csv");
    } catch (const InputError& e) {
      EXPECT_EQ(e.path(), "bad.csv");
      return e.problem();
    }
    ADD_FAILURE() << "accepted: " << text;
    return std::string();
  };
  EXPECT_NE(problem_of("a,b\n1,2\n3\n").find("line 3"), std::string::npos);
  EXPECT_NE(problem_of("a,b\n1,\"open\n2,3\n").find("unterminated"), std::string::npos);
  EXPECT_NE(problem_of("a,b\n\"x\"y,2\n").find("after a closing quote"), std::string::npos);
  EXPECT_NE(problem_of("").find("empty"), std::string::npos);
  const CsvTable table = CsvTable::parse("a,b\n", "t.csv");
  EXPECT_THROW(table.column("c"), InputError);
}

TEST(CsvTable, LineNumbersCountNewlinesInsideQuotes) {
  try {
    CsvTable::parse("a,b\n\"1\n2\n3\",x\n4\n", "multi.csv");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_NE(e.problem().find("line 5"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace ctlite::core
