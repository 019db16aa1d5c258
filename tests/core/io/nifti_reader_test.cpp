#include "core/io/nifti_reader.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "core/common/errors.h"
#include "core/io/byte_order.h"
#include "core/io/hounsfield_guess.h"
#include "io_test_support.h"
#include "nifti_test_support.h"

namespace ctlite::core {
namespace {

using testing::ScratchDir;

std::string nifti_file(const std::string& name) {
  return testing::shared_dir() + "/testdata/nifti/" + name;
}

const char* const kDatatypes[] = {"int8",  "uint8",   "int16",  "uint16",
                                  "int32", "float32", "float64"};

// nibabel creates the generated files and gives the reference of every file in one Python run.
class NiftiReaderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new ScratchDir();
    std::vector<std::string> paths;
    for (const char* name :
         {"anatomical.nii", "example_nifti2.nii.gz", "standard.nii.gz", "example4d.nii.gz"})
      paths.push_back(nifti_file(name));
    paths.push_back(scratch_->file("scaled.nii.gz"));
    for (const char* dtype : kDatatypes)
      paths.push_back(scratch_->file(std::string(dtype) + ".nii"));
    const std::string setup = R"(
folder = ")" + scratch_->path() +
                              R"("
raw = (np.arange(6 * 5 * 4, dtype=np.int16).reshape(6, 5, 4) * 7 - 300)
img = nib.Nifti1Image(raw, np.diag([0.7, 0.8, 1.5, 1.0]))
img.header.set_data_dtype(np.int16)
img.header.set_slope_inter(2.0, -1024.0)
nib.save(img, folder + "/scaled.nii.gz")
for name in ["int8", "uint8", "int16", "uint16", "int32", "float32", "float64"]:
    values = np.arange(-20, 40, dtype=np.float64).reshape(5, 4, 3, order="F")
    dtype = np.dtype(name)
    if dtype.kind == "u": values = values + 20
    img = nib.Nifti1Image(values.astype(dtype), np.eye(4))
    img.header.set_data_dtype(dtype)
    nib.save(img, folder + "/" + name + ".nii")
)";
    const auto references = testing::nibabel_references(paths, setup);
    references_ = new std::map<std::string, testing::NibabelReference>();
    for (std::size_t i = 0; i < paths.size(); ++i) (*references_)[paths[i]] = references[i];
  }
  static void TearDownTestSuite() {
    delete references_;
    delete scratch_;
  }

  // Our voxels and geometry must equal nibabel's.
  static NiftiImage read_and_compare(const std::string& path, ReadNotes* notes = nullptr) {
    SCOPED_TRACE(path);
    NiftiImage image = read_nifti(path, {}, notes);
    testing::expect_matches_reference(image.volume, references_->at(path));
    return image;
  }
  static std::string generated(const std::string& name) { return scratch_->file(name); }

 private:
  static ScratchDir* scratch_;
  static std::map<std::string, testing::NibabelReference>* references_;
};

ScratchDir* NiftiReaderTest::scratch_ = nullptr;
std::map<std::string, testing::NibabelReference>* NiftiReaderTest::references_ = nullptr;

TEST_F(NiftiReaderTest, BigEndianInt16MatchesNibabel) {
  const std::string path = nifti_file("anatomical.nii");
  read_and_compare(path);
  const NiftiHeader header = read_nifti_header(path);
  EXPECT_TRUE(header.big_endian);
  EXPECT_EQ(header.version, 1);
  EXPECT_EQ(header.datatype, kNiftiInt16);
}

TEST_F(NiftiReaderTest, Nifti2MatchesNibabel) {
  ReadNotes notes;
  read_and_compare(nifti_file("example_nifti2.nii.gz"), &notes);
  EXPECT_EQ(read_nifti_header(nifti_file("example_nifti2.nii.gz")).version, 2);
  EXPECT_TRUE(testing::has_note_containing(notes, "only the first"))
      << "the file is 4-D (2 volumes)";
}

TEST_F(NiftiReaderTest, SformOnlyMatchesNibabel) {
  const NiftiImage image = read_and_compare(nifti_file("standard.nii.gz"));
  EXPECT_EQ(image.header.qform_code, 0);
  EXPECT_GT(image.header.sform_code, 0);
  EXPECT_DOUBLE_EQ(image.volume.spacing[1], 3.0);
}

TEST_F(NiftiReaderTest, FourDimensionalReadsFirstVolumeAndSaysSo) {
  ReadNotes notes;
  read_and_compare(nifti_file("example4d.nii.gz"), &notes);
  EXPECT_TRUE(testing::has_note_containing(notes, "2 volumes"));
}

TEST_F(NiftiReaderTest, MrVolumeIsNotLabelledHounsfield) {
  NiftiImage image = read_nifti(nifti_file("anatomical.nii"));
  EXPECT_EQ(image.volume.source_format, "nifti");
  ReadNotes notes;
  label_unit_from_values(image.volume, "NIfTI", &notes);
  EXPECT_EQ(image.volume.unit, IntensityUnit::Unknown);
  EXPECT_TRUE(testing::has_note_containing(notes, "unit unknown"));
}

TEST_F(NiftiReaderTest, AppliesSclSlopeAndInterLikeNibabel) {
  const NiftiImage image = read_and_compare(generated("scaled.nii.gz"));
  EXPECT_DOUBLE_EQ(image.header.scl_slope, 2.0);
  EXPECT_FLOAT_EQ(image.volume.at(0, 0, 0), 2.0f * -300.0f - 1024.0f);
  EXPECT_EQ(image.volume.unit, IntensityUnit::Unknown) << "NIfTI itself says nothing about units";
}

TEST_F(NiftiReaderTest, EveryDatatypeMatchesNibabel) {
  for (const char* dtype : kDatatypes) read_and_compare(generated(std::string(dtype) + ".nii"));
}

TEST(NiftiReader, TruncatedFileNamesTheFile) {
  ScratchDir scratch;
  auto bytes = testing::read_file_bytes(nifti_file("anatomical.nii"));
  bytes.resize(bytes.size() - 1000);
  const std::string path = scratch.file("cut.nii");
  testing::write_file_bytes(path, bytes);
  testing::expect_input_error([&] { read_nifti(path); }, path, "truncated");
}

TEST(NiftiReader, TruncatedGzipStreamIsAnInputError) {
  ScratchDir scratch;
  auto bytes = testing::read_file_bytes(nifti_file("example4d.nii.gz"));
  bytes.resize(bytes.size() / 3);
  const std::string path = scratch.file("cut.nii.gz");
  testing::write_file_bytes(path, bytes);
  EXPECT_THROW(read_nifti(path), InputError);
}

TEST(NiftiReader, HostileDimensionsAreRejectedBeforeAllocation) {
  ScratchDir scratch;
  auto bytes = testing::read_file_bytes(nifti_file("anatomical.nii"));
  // dim[1..3] = 32767 each: 3.5e13 voxels (big-endian int16 fields at offset 42).
  for (std::size_t axis = 0; axis < 3; ++axis)
    store_value<std::int16_t>(&bytes[42 + 2 * axis], 32767, true);
  const std::string huge = scratch.file("huge.nii");
  testing::write_file_bytes(huge, bytes);
  testing::expect_input_error([&] { read_nifti(huge); }, huge, "2^31");
  // A size the limit allows but the file cannot back: 1000^3 int16 in a 68 kB file.
  for (std::size_t axis = 0; axis < 3; ++axis)
    store_value<std::int16_t>(&bytes[42 + 2 * axis], 1000, true);
  testing::write_file_bytes(huge, bytes);
  EXPECT_THROW(read_nifti(huge), InputError);
}

TEST(NiftiReader, RejectsUnsupportedAndForeignFilesClearly) {
  ScratchDir scratch;
  auto bytes = testing::read_file_bytes(nifti_file("anatomical.nii"));
  auto with_datatype = bytes;
  store_value<std::int16_t>(&with_datatype[70], 32, true);  // complex64
  testing::write_file_bytes(scratch.file("complex.nii"), with_datatype);
  testing::expect_input_error([&] { read_nifti(scratch.file("complex.nii")); },
                              scratch.file("complex.nii"), "datatype 32");
  auto pair = bytes;
  pair[345] = 'i';  // "ni1": header of a .hdr/.img pair
  testing::write_file_bytes(scratch.file("pair.nii"), pair);
  EXPECT_THROW(read_nifti(scratch.file("pair.nii")), InputError);
  testing::write_file_bytes(scratch.file("text.nii"), {'h', 'e', 'l', 'l', 'o', '\n'});
  EXPECT_THROW(read_nifti(scratch.file("text.nii")), InputError);
  testing::write_file_bytes(scratch.file("empty.nii"), {});
  EXPECT_THROW(read_nifti(scratch.file("empty.nii")), InputError);
  EXPECT_THROW(read_nifti(scratch.file("missing.nii")), InputError);
}

TEST(NiftiReader, QuaternionRoundTripsThroughRotation) {
  // A proper rotation about an oblique axis, and a mirrored one (qfac = -1).
  const double angle = 0.6, s = std::sin(angle), c = std::cos(angle);
  const std::array<double, 9> rotation{c, -s, 0, s, c, 0, 0, 0, 1};
  const NiftiQuaternion q = nifti_rotation_to_quaternion(rotation);
  EXPECT_EQ(q.qfac, 1.0);
  const auto back = nifti_quaternion_to_rotation(q.b, q.c, q.d);
  for (std::size_t i = 0; i < 9; ++i) EXPECT_NEAR(back[i], rotation[i], 1e-12);
  const std::array<double, 9> mirrored{-1, 0, 0, 0, 1, 0, 0, 0, -1};  // 180 degrees about y
  const NiftiQuaternion m = nifti_rotation_to_quaternion(mirrored);
  const auto back_mirrored = nifti_quaternion_to_rotation(m.b, m.c, m.d);
  for (std::size_t i = 0; i < 9; ++i) EXPECT_NEAR(back_mirrored[i], mirrored[i], 1e-12);
}

}  // namespace
}  // namespace ctlite::core
