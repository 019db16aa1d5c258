#pragma once
// CT-RATE's metadata CSV (train_metadata.csv / validation_metadata.csv): one row per volume with
// the DICOM values its NIfTI lost: VolumeName, XYSpacing ("[0.75, 0.75]"), ZSpacing,
// RescaleSlope, RescaleIntercept, Manufacturer, ConvolutionKernel, ...

#include <array>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/dataset/csv_table.h"

namespace ctlite::core {

struct CtRateMetadataRow {
  std::string volume_name;
  std::string xy_spacing_text;  // as written, e.g. "[0.75, 0.75]"
  // DICOM PixelSpacing order: [row spacing (y), column spacing (x)], in mm.
  std::array<double, 2> xy_spacing{};
  double z_spacing = 0.0;
  double rescale_slope = 1.0;
  double rescale_intercept = 0.0;
  std::map<std::string, std::string> fields;  // every column of the row, as written
};

class CtRateMetadata {
 public:
  // InputError naming the file when it lacks a required column.
  static CtRateMetadata read_file(const std::string& path);
  explicit CtRateMetadata(CsvTable table);

  const std::string& source() const { return table_.source(); }
  std::size_t size() const { return table_.rows().size(); }
  // The row of a volume (matched on the file name, folders ignored); nullopt if absent.
  // InputError naming the CSV when that row's numbers are malformed.
  std::optional<CtRateMetadataRow> find(const std::string& volume_name) const;

 private:
  CsvTable table_;
  std::unordered_map<std::string, std::size_t> row_of_name_;
};

// XYSpacing exactly as CT-CLIP reads it (data_inference_nii.py): drop the first character and
// the last two, split on ',', take element 0. For "[0.75, 0.75]" that is the first number; for
// anything formatted differently it silently differs from the proper parse above, which is why
// preprocessing that must match CT-CLIP bit for bit uses this and reports the difference.
double ct_clip_xy_spacing(const std::string& xy_spacing_text);

// Proper parse of "[a, b]" (brackets optional; one number means both). Throws
// std::invalid_argument with the reason.
std::array<double, 2> parse_xy_spacing(const std::string& text);

}  // namespace ctlite::core
