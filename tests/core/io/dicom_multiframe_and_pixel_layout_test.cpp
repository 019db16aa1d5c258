// Multi-frame files and unusual pixel layouts, built directly with DCMTK so each case states
// exactly what the file holds.

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "core/common/errors.h"
#include "core/io/dicom_series_reader.h"
#include "tests/core/io/dicom_test_support.h"

namespace ctlite::core {
namespace {

using testing::ScratchDir;

// The problem reported when reading `path`, which must fail with an InputError.
std::string problem_reading(const std::string& path) {
  return dicom_test::expect_input_error([&] { read_dicom_series(path); }).problem();
}

struct SyntheticImage {
  std::uint16_t rows = 3;
  std::uint16_t columns = 4;
  int frames = 1;
  std::uint16_t bits_allocated = 16;
  std::uint16_t bits_stored = 16;
  std::uint16_t high_bit = 15;
  std::uint16_t pixel_representation = 1;
  std::vector<std::uint16_t> pixels;  // 16-bit words (or bytes, for 8-bit images)
};

// An image data set with the attributes every test needs; tests add the rest.
DcmFileFormat make_image(const SyntheticImage& image) {
  DcmFileFormat file;
  DcmDataset& dataset = *file.getDataset();
  char uid[100];
  dataset.putAndInsertString(DCM_SOPClassUID, UID_EnhancedCTImageStorage);
  dataset.putAndInsertString(DCM_SOPInstanceUID, dcmGenerateUniqueIdentifier(uid));
  dataset.putAndInsertString(DCM_SeriesInstanceUID, dcmGenerateUniqueIdentifier(uid));
  dataset.putAndInsertString(DCM_Modality, "CT");
  dataset.putAndInsertUint16(DCM_Rows, image.rows);
  dataset.putAndInsertUint16(DCM_Columns, image.columns);
  dataset.putAndInsertUint16(DCM_SamplesPerPixel, 1);
  dataset.putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
  dataset.putAndInsertUint16(DCM_BitsAllocated, image.bits_allocated);
  dataset.putAndInsertUint16(DCM_BitsStored, image.bits_stored);
  dataset.putAndInsertUint16(DCM_HighBit, image.high_bit);
  dataset.putAndInsertUint16(DCM_PixelRepresentation, image.pixel_representation);
  dataset.putAndInsertString(DCM_NumberOfFrames, std::to_string(image.frames).c_str());
  dataset.putAndInsertString(DCM_PixelSpacing, "0.5\\0.25");
  if (image.bits_allocated == 8) {
    std::vector<Uint8> bytes(image.pixels.begin(), image.pixels.end());
    dataset.putAndInsertUint8Array(DCM_PixelData, bytes.data(),
                                   static_cast<unsigned long>(bytes.size()));
  } else {
    dataset.putAndInsertUint16Array(DCM_PixelData, image.pixels.data(),
                                    static_cast<unsigned long>(image.pixels.size()));
  }
  return file;
}

// Adds `macro` > item > (tag = value) to a functional-group item.
void put_group(DcmItem& group, const DcmTagKey& macro,
               const std::vector<std::pair<DcmTagKey, std::string>>& values) {
  DcmItem* item = nullptr;
  ASSERT_TRUE(group.findOrCreateSequenceItem(macro, item, 0).good());
  for (const auto& [tag, value] : values) item->putAndInsertString(tag, value.c_str());
}

std::string save(DcmFileFormat& file, const ScratchDir& scratch, const std::string& name) {
  std::string path = scratch.file(name);
  EXPECT_TRUE(file.saveFile(path.c_str(), EXS_LittleEndianExplicit).good());
  return path;
}

std::vector<std::uint16_t> ramp(std::size_t count, int start) {
  std::vector<std::uint16_t> values(count);
  for (std::size_t i = 0; i < count; ++i)
    values[i] = static_cast<std::uint16_t>(start + static_cast<int>(i));
  return values;
}

TEST(DicomMultiFrame, EnhancedPerFrameGroupsGiveOrderAndRescale) {
  ScratchDir scratch;
  SyntheticImage image;
  image.frames = 3;
  image.pixels = ramp(36, 100);  // frame k holds 100 + 12k ... 111 + 12k
  DcmFileFormat file = make_image(image);
  DcmDataset& dataset = *file.getDataset();
  DcmItem* shared = nullptr;
  ASSERT_TRUE(
      dataset.findOrCreateSequenceItem(DCM_SharedFunctionalGroupsSequence, shared, 0).good());
  put_group(*shared, DCM_PlaneOrientationSequence,
            {{DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0"}});
  put_group(*shared, DCM_PixelMeasuresSequence,
            {{DCM_PixelSpacing, "0.5\\0.25"}, {DCM_SliceThickness, "2"}});
  // Frames stored out of order (z = 10, 0, 5), each with its own intercept.
  const char* z_positions[] = {"10", "0", "5"};
  const char* intercepts[] = {"-1000", "-1024", "0"};
  for (int k = 0; k < 3; ++k) {
    DcmItem* frame = nullptr;
    ASSERT_TRUE(
        dataset.findOrCreateSequenceItem(DCM_PerFrameFunctionalGroupsSequence, frame, k).good());
    put_group(*frame, DCM_PlanePositionSequence,
              {{DCM_ImagePositionPatient, std::string("-5\\-6\\") + z_positions[k]}});
    put_group(*frame, DCM_PixelValueTransformationSequence,
              {{DCM_RescaleIntercept, intercepts[k]}, {DCM_RescaleSlope, "2"}});
  }
  const std::string path = save(file, scratch, "enhanced.dcm");

  const Volume volume = read_dicom_series(path);
  ASSERT_EQ(volume.dims, (std::array<std::int64_t, 3>{4, 3, 3}));
  EXPECT_EQ(volume.spacing, (std::array<double, 3>{0.25, 0.5, 5.0}));
  EXPECT_EQ(volume.origin, (std::array<double, 3>{-5, -6, 0}));
  EXPECT_EQ(volume.unit, IntensityUnit::Hounsfield);
  // Slice 0 is stored frame 1 (z = 0), slice 1 frame 2 (z = 5), slice 2 frame 0 (z = 10).
  EXPECT_EQ(volume.at(0, 0, 0), (100 + 12) * 2 - 1024);
  EXPECT_EQ(volume.at(3, 2, 1), (111 + 24) * 2 + 0);
  EXPECT_EQ(volume.at(1, 0, 2), (101 + 0) * 2 - 1000);
  EXPECT_EQ(volume.metadata.sop_instance_uids.size(), 3u);  // the file's UID, once per slice
}

TEST(DicomMultiFrame, LegacyFramesFollowSpacingBetweenSlices) {
  ScratchDir scratch;
  SyntheticImage image;
  image.frames = 4;
  image.pixels = ramp(48, 0);
  DcmFileFormat file = make_image(image);
  DcmDataset& dataset = *file.getDataset();
  dataset.putAndInsertString(DCM_ImagePositionPatient, "0\\0\\0");
  dataset.putAndInsertString(DCM_ImageOrientationPatient, "1\\0\\0\\0\\0\\-1");  // coronal
  dataset.putAndInsertString(DCM_SpacingBetweenSlices, "3");
  const Volume volume = read_dicom_series(save(file, scratch, "legacy.dcm"));
  ASSERT_EQ(volume.dims[2], 4);
  EXPECT_DOUBLE_EQ(volume.spacing[2], 3.0);
  // The normal of a coronal plane (row x column) points along +y (posterior).
  EXPECT_DOUBLE_EQ(volume.index_to_physical({0, 0, 3})[1], 9.0);
  EXPECT_EQ(volume.at(0, 0, 3), 36.0f);
  EXPECT_EQ(volume.unit, IntensityUnit::Unknown);  // CT without rescale: not calibrated
}

TEST(DicomMultiFrame, FramesWithoutAnyPlacementAreRejected) {
  ScratchDir scratch;
  SyntheticImage image;
  image.frames = 2;
  image.pixels = ramp(24, 0);
  DcmFileFormat file = make_image(image);
  file.getDataset()->putAndInsertString(DCM_ImagePositionPatient, "0\\0\\0");
  file.getDataset()->putAndInsertString(DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
  const std::string problem = problem_reading(save(file, scratch, "unplaced.dcm"));
  EXPECT_NE(problem.find("frame 2) has no Image Position"), std::string::npos) << problem;
}

TEST(DicomPixelLayout, StoredBitsAreMaskedAndSignExtended) {
  ScratchDir scratch;
  SyntheticImage image;
  image.rows = 1;
  image.columns = 4;
  image.bits_stored = 12;
  image.high_bit = 11;
  // 12-bit two's complement -5, 2047, -2048, 7 with junk (e.g. overlay bits) above bit 11.
  image.pixels = {0xAFFB, 0x57FF, 0xF800, 0x1007};
  DcmFileFormat file = make_image(image);
  file.getDataset()->putAndInsertString(DCM_RescaleIntercept, "-1");
  const Volume volume = read_dicom_series(save(file, scratch, "12bit.dcm"));
  EXPECT_EQ(volume.voxels, (std::vector<float>{-6, 2046, -2049, 6}));
}

TEST(DicomPixelLayout, EightBitUnsignedPixelsAreRead) {
  ScratchDir scratch;
  SyntheticImage image;
  image.rows = 2;
  image.columns = 2;
  image.bits_allocated = 8;
  image.bits_stored = 8;
  image.high_bit = 7;
  image.pixel_representation = 0;
  image.pixels = {0, 1, 128, 255};
  DcmFileFormat file = make_image(image);
  const Volume volume = read_dicom_series(save(file, scratch, "8bit.dcm"));
  EXPECT_EQ(volume.voxels, (std::vector<float>{0, 1, 128, 255}));
}

TEST(DicomPixelLayout, HostileSizesAreRejectedBeforeAllocating) {
  ScratchDir scratch;
  SyntheticImage image;
  image.pixels = ramp(12, 0);
  DcmFileFormat huge = make_image(image);
  huge.getDataset()->putAndInsertUint16(DCM_Rows, 65535);
  huge.getDataset()->putAndInsertUint16(DCM_Columns, 65535);
  huge.getDataset()->putAndInsertString(DCM_NumberOfFrames, "100000");
  const std::string huge_problem = problem_reading(save(huge, scratch, "huge.dcm"));
  EXPECT_NE(huge_problem.find("2^31-voxel limit"), std::string::npos) << huge_problem;

  DcmFileFormat short_data = make_image(image);
  short_data.getDataset()->putAndInsertUint16(DCM_Rows, 300);
  const std::string short_problem = problem_reading(save(short_data, scratch, "short.dcm"));
  // The header scan already sees that 4x300 pixels cannot fit in the file.
  EXPECT_NE(short_problem.find("need 2400 bytes of pixel data"), std::string::npos)
      << short_problem;
}

TEST(DicomPixelLayout, ColourImagesAreRejected) {
  ScratchDir scratch;
  SyntheticImage image;
  image.pixels = ramp(36, 0);
  DcmFileFormat file = make_image(image);
  file.getDataset()->putAndInsertUint16(DCM_SamplesPerPixel, 3);
  file.getDataset()->putAndInsertString(DCM_PhotometricInterpretation, "RGB");
  const std::string problem = problem_reading(save(file, scratch, "rgb.dcm"));
  EXPECT_NE(problem.find("colour image"), std::string::npos) << problem;
}

}  // namespace
}  // namespace ctlite::core
