#include "core/io/dicom_tag_dump.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/common/errors.h"

namespace ctlite::core {
namespace {

const std::string kShared = CTLITE_SHARED_DIR;

const DicomTagEntry* find(const std::vector<DicomTagEntry>& entries, const std::string& tag) {
  auto it = std::find_if(entries.begin(), entries.end(), [&](const DicomTagEntry& e) { return e.tag == tag; });
  return it == entries.end() ? nullptr : &*it;
}

TEST(DicomTagDump, ListsHeaderValuesAndSummarisesPixelData) {
  const auto entries = dump_dicom_tags(kShared + "/testdata/dicom/CT_small.dcm");
  const DicomTagEntry* rows = find(entries, "(0028,0010)");
  ASSERT_NE(rows, nullptr);
  EXPECT_EQ(rows->vr, "US");
  EXPECT_EQ(rows->keyword, "Rows");
  EXPECT_EQ(rows->value, "128");
  const DicomTagEntry* intercept = find(entries, "(0028,1052)");
  ASSERT_NE(intercept, nullptr);
  EXPECT_EQ(intercept->value, "-1024");
  const DicomTagEntry* pixels = find(entries, "(7FE0,0010)");
  ASSERT_NE(pixels, nullptr);
  EXPECT_EQ(pixels->value, "<32768 bytes>");  // 128 x 128 x 2 bytes, never loaded as text
  const DicomTagEntry* transfer = find(entries, "(0002,0010)");
  ASSERT_NE(transfer, nullptr);
  EXPECT_TRUE(transfer->in_file_meta);
}

TEST(DicomTagDump, RejectsMissingAndNonDicomFilesNamingThem) {
  EXPECT_THROW(dump_dicom_tags(kShared + "/testdata/no-such-file.dcm"), InputError);
  try {
    dump_dicom_tags(kShared + "/testdata/README.md");
    FAIL() << "a Markdown file was accepted as DICOM";
  } catch (const InputError& error) {
    EXPECT_NE(std::string(error.what()).find("README.md"), std::string::npos);
  }
}

TEST(DicomTagDump, FindsTheFirstFileOfASeries) {
  const std::string folder = kShared + "/testdata/dicom/series/CT5N_contiguous";
  const std::string any = find_dicom_file_of_series(folder, "");
  ASSERT_FALSE(any.empty());
  const auto entries = dump_dicom_tags(any);
  const DicomTagEntry* uid = find(entries, "(0020,000E)");
  ASSERT_NE(uid, nullptr);
  EXPECT_EQ(find_dicom_file_of_series(folder, uid->value), any);
  EXPECT_TRUE(find_dicom_file_of_series(folder, "1.2.3.no.such.series").empty());
}

}  // namespace
}  // namespace ctlite::core
