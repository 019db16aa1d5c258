#pragma once
// The NIfTI-1 (348-byte) and NIfTI-2 (540-byte) headers, decoded into one version-independent
// form, and the voxel-to-world geometry they describe.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/io/read_notes.h"
#include "core/io/stored_voxels.h"

namespace ctlite::core {

constexpr std::size_t kNifti1HeaderSize = 348;
constexpr std::size_t kNifti2HeaderSize = 540;

// NIfTI datatype codes this project reads (nifti1.h DT_*), and RGB24, which it writes for
// colour overlays (3 uint8 per voxel).
enum NiftiDatatype : int {
  kNiftiUint8 = 2,
  kNiftiRgb24 = 128,
  kNiftiInt16 = 4,
  kNiftiInt32 = 8,
  kNiftiFloat32 = 16,
  kNiftiFloat64 = 64,
  kNiftiInt8 = 256,
  kNiftiUint16 = 512,
};

struct NiftiHeader {
  int version = 1;  // 1 or 2
  bool big_endian = false;
  std::array<std::int64_t, 8> dim{};  // dim[0] = number of dimensions, dim[1..7] sizes
  int datatype = 0;
  std::array<double, 8> pixdim{};  // pixdim[0] = qfac, pixdim[1..3] voxel sizes
  std::int64_t vox_offset = 0;
  double scl_slope = 0.0, scl_inter = 0.0;
  int xyzt_units = 0;
  int qform_code = 0, sform_code = 0;
  std::array<double, 3> quatern{};  // b, c, d
  std::array<double, 3> qoffset{};
  std::array<std::array<double, 4>, 3> srow{};  // sform rows (RAS)
  std::string description;
};

// The stored type of a supported datatype; InputError naming `path` for any other datatype.
StoredType nifti_stored_type(int datatype, const std::string& path);

// Reads the version from sizeof_hdr (348 or 540, in either byte order). 0 if neither.
int nifti_version_of(const std::uint8_t* first_four_bytes);

// Decodes and validates a header (`size` >= the version's header size). Checks dimensions,
// datatype and magic; repairs a too-small vox_offset of a single file (a known writer bug that
// nibabel also tolerates) with a note.
NiftiHeader parse_nifti_header(const std::uint8_t* bytes, std::size_t size, const std::string& path,
                               ReadNotes* notes);

// The voxel grid of the first 3-D volume; the product of dim[4..7] is the number of volumes.
std::array<std::int64_t, 3> nifti_grid(const NiftiHeader& header);
std::int64_t nifti_volume_count(const NiftiHeader& header);

// Voxel-to-world geometry in LPS (NIfTI is RAS: x and y flip). Follows nibabel's choice: the
// sform when sform_code > 0, else the qform when qform_code > 0, else pixdim on identity axes.
struct NiftiGeometry {
  std::array<double, 3> spacing{1, 1, 1};
  std::array<double, 3> origin{0, 0, 0};
  std::array<double, 9> direction{1, 0, 0, 0, 1, 0, 0, 0, 1};  // row-major, columns = axes
};
NiftiGeometry nifti_geometry(const NiftiHeader& header, ReadNotes* notes);

// The rotation (row-major 3x3, RAS) of NIfTI quaternion parameters b, c, d.
std::array<double, 9> nifti_quaternion_to_rotation(double b, double c, double d);
// Quaternion b, c, d and qfac (+1 or -1) of an orthonormal RAS direction matrix (row-major).
struct NiftiQuaternion {
  double b = 0, c = 0, d = 0, qfac = 1;
};
NiftiQuaternion nifti_rotation_to_quaternion(const std::array<double, 9>& rotation);

}  // namespace ctlite::core
