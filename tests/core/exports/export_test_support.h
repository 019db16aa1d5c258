#pragma once
// Shared fixtures of the export tests: a small CT written as a real DICOM series and read back
// (so its metadata carries real SOP instance UIDs), a findings report made in code (test data),
// and running the command-line validators (dciodvfy, dsrdump) on what the exports wrote.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/exports/findings_report.h"
#include "core/volume/volume.h"
#include "tests/core/io/io_test_support.h"

class DcmItem;
class DcmTagKey;

namespace ctlite::core::export_test {

// The value of `tag` in `item` as text ("" when absent).
std::string text_of(DcmItem& item, const DcmTagKey& tag);

// A 24x20x6 CT phantom written with write_dicom_series into scratch/"source" and read back.
Volume make_source_series(const testing::ScratchDir& scratch);

// Test data: a report for the 18 findings in CT-RATE order, a few present, evidence voxels
// inside a 24x20x6 grid, from a "synthetic-trained" demo model.
FindingsReport make_demo_report();

struct CommandResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};
CommandResult run_command(const std::string& command);

// dciodvfy's report on `path` when /usr/bin/dciodvfy exists (nullopt otherwise): the caller
// asserts it holds no "Error" line.
std::optional<std::string> dciodvfy_report(const std::string& path);

// A small but complete PDF (one page, one text line), as a PDF writer would produce.
std::vector<std::uint8_t> make_minimal_pdf();

}  // namespace ctlite::core::export_test
