#include "core/exports/encapsulated_pdf.h"

#include <gtest/gtest.h>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include "core/exports/source_identity.h"
#include "tests/core/exports/export_test_support.h"

namespace ctlite::core {
namespace {

using export_test::make_minimal_pdf;
using export_test::make_source_series;
using testing::ScratchDir;

TEST(EncapsulatedPdf, JoinsTheSourceStudyAndKeepsThePdfByteForByte) {
  ScratchDir scratch;
  const Volume source = make_source_series(scratch);
  std::vector<std::uint8_t> pdf = make_minimal_pdf();
  pdf.push_back('\n');  // odd length: DICOM pads the OB value, the length attribute keeps the truth
  ASSERT_EQ(pdf.size() % 2, 1u);
  const std::string path = scratch.file("report.dcm");
  make_encapsulated_pdf(pdf, "report.pdf", export_source_metadata(source), {}).write(path);

  DcmFileFormat file;
  ASSERT_TRUE(file.loadFile(path.c_str()).good());
  DcmDataset& dataset = *file.getDataset();
  OFString value;
  dataset.findAndGetOFString(DCM_SOPClassUID, value);
  EXPECT_EQ(value, UID_EncapsulatedPDFStorage);
  dataset.findAndGetOFString(DCM_StudyInstanceUID, value);
  EXPECT_EQ(value.c_str(), source.metadata.study_instance_uid);
  dataset.findAndGetOFString(DCM_MIMETypeOfEncapsulatedDocument, value);
  EXPECT_EQ(value, "application/pdf");
  Uint32 length = 0;
  ASSERT_TRUE(dataset.findAndGetUint32(DCM_EncapsulatedDocumentLength, length).good());
  EXPECT_EQ(length, pdf.size());
  const Uint8* bytes = nullptr;
  unsigned long count = 0;
  ASSERT_TRUE(dataset.findAndGetUint8Array(DCM_EncapsulatedDocument, bytes, &count).good());
  ASSERT_EQ(count, pdf.size() + 1);
  EXPECT_EQ(std::vector<std::uint8_t>(bytes, bytes + length), pdf);

  if (const auto report = export_test::dciodvfy_report(path)) {
    EXPECT_EQ(report->find("Error"), std::string::npos) << *report;
    EXPECT_NE(report->find("EncapsulatedPDF"), std::string::npos) << *report;
  }
}

TEST(EncapsulatedPdf, RefusesBytesThatAreNotAPdf) {
  const std::vector<std::uint8_t> png{0x89, 'P', 'N', 'G', '\r', '\n'};
  EXPECT_THROW(make_encapsulated_pdf(png, "image.png", {}, {}), InputError);
  EXPECT_THROW(make_encapsulated_pdf({}, "empty.pdf", {}, {}), InputError);
}

}  // namespace
}  // namespace ctlite::core
