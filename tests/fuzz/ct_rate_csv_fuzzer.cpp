// CT-RATE's CSV files: the RFC 4180 parser (quotes, embedded newlines, BOM, CRLF), then the
// same text as a metadata table (spacing and rescale parsing, both the proper and CT-CLIP's
// quirky XYSpacing rule), a label table and a report table, and every cell as a volume name.

#include <cstddef>
#include <cstdint>
#include <stdexcept>

#include "core/common/errors.h"
#include "core/dataset/csv_table.h"
#include "core/dataset/ct_rate_labels.h"
#include "core/dataset/ct_rate_metadata.h"
#include "core/dataset/ct_rate_naming.h"
#include "core/dataset/ct_rate_reports.h"
#include "fuzz_support.h"

namespace {

using namespace ctlite;

void check_metadata(const core::CsvTable& table) {
  const core::CtRateMetadata metadata(table);
  const std::size_t name_column = table.column("VolumeName");
  for (const auto& row : table.rows()) {
    try {
      const auto found = metadata.find(row[name_column]);
      fuzz::require(found.has_value(), "a listed volume is not found");
      fuzz::require(found->xy_spacing[0] > 0 && found->xy_spacing[1] > 0 && found->z_spacing > 0 &&
                        found->rescale_slope != 0,
                    "metadata row accepted with invalid numbers");
      try {
        (void)core::ct_clip_xy_spacing(found->xy_spacing_text);
      } catch (const std::invalid_argument&) {
      }
    } catch (const core::InputError&) {
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const core::CsvTable table = core::CsvTable::parse(text, "fuzz.csv");
    for (const auto& row : table.rows())
      fuzz::require(row.size() == table.header().size(), "ragged row accepted");
    for (const auto& row : table.rows())
      for (const std::string& cell : row)
        if (const auto name = core::parse_ct_rate_name(cell))
          fuzz::require(core::parse_ct_rate_name(name->file_name()).has_value(),
                        "a parsed CT-RATE name does not parse back");
    try {
      check_metadata(table);
    } catch (const core::InputError&) {
    }
  } catch (const core::InputError&) {
    return 0;
  }
  // The label and report readers take a path.
  const std::string path = fuzz::ScratchFolder::instance().write("table.csv", text);
  try {
    for (const auto& labels : core::read_ct_rate_labels(path)) (void)labels;
  } catch (const core::InputError&) {
  }
  try {
    for (const auto& report : core::read_ct_rate_reports(path)) (void)report;
  } catch (const core::InputError&) {
  }
  return 0;
}
