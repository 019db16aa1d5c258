// Transfer syntaxes the reference files do not cover (JPEG lossless, deflate, a whole
// big-endian series): a written series is transcoded with DCMTK and must read back unchanged.

#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmjpeg/djrplol.h>
#include <gtest/gtest.h>

#include "core/io/dicom_codecs.h"
#include "core/io/dicom_series_reader.h"
#include "core/io/dicom_series_writer.h"
#include "tests/core/io/dicom_test_support.h"

namespace ctlite::core {
namespace {

using dicom_test::make_ct_volume;
using testing::ScratchDir;
namespace fs = std::filesystem;

void transcode_folder(const fs::path& folder, E_TransferSyntax syntax,
                      const DcmRepresentationParameter* parameters) {
  ensure_dicom_codecs_registered();
  for (const auto& entry : fs::directory_iterator(folder)) {
    DcmFileFormat file;
    ASSERT_TRUE(file.loadFile(entry.path().c_str()).good());
    ASSERT_TRUE(file.getDataset()->chooseRepresentation(syntax, parameters).good());
    ASSERT_TRUE(file.saveFile(entry.path().c_str(), syntax).good());
  }
}

TEST(DicomTransferSyntaxes, TranscodedSeriesReadBackUnchanged) {
  ScratchDir scratch;
  const Volume written = make_ct_volume({20, 14, 3});
  const DJ_RPLossless first_order_prediction(1, 0);
  const DJ_RPLossless fourth_predictor(4, 0);
  const std::vector<std::tuple<std::string, E_TransferSyntax, const DcmRepresentationParameter*>>
      syntaxes{{"jpeg-lossless-sv1", EXS_JPEGProcess14SV1, &first_order_prediction},
               {"jpeg-lossless-process14", EXS_JPEGProcess14, &fourth_predictor},
               {"deflate", EXS_DeflatedLittleEndianExplicit, nullptr},
               {"big-endian", EXS_BigEndianExplicit, nullptr},
               {"implicit", EXS_LittleEndianImplicit, nullptr}};
  for (const auto& [name, syntax, parameters] : syntaxes) {
    SCOPED_TRACE(name);
    const fs::path folder = scratch.file(name);
    write_dicom_series(written, folder.string(), {});
    transcode_folder(folder, syntax, parameters);
    const Volume read = read_dicom_series(folder.string());
    EXPECT_EQ(read.dims, written.dims);
    EXPECT_EQ(read.voxels, written.voxels);
  }
}

}  // namespace
}  // namespace ctlite::core
