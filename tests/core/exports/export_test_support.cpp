#include "tests/core/exports/export_test_support.h"

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <memory>

#include <dcmtk/dcmdata/dcitem.h>

#include "core/dataset/abnormality_names.h"
#include "core/io/dicom_series_reader.h"
#include "core/io/dicom_series_writer.h"
#include "tests/core/io/dicom_test_support.h"

namespace ctlite::core::export_test {

Volume make_source_series(const testing::ScratchDir& scratch) {
  Volume volume = dicom_test::make_ct_volume({24, 20, 6});
  volume.metadata.patient_birth_date = "19700101";
  volume.metadata.study_date = "20240315";
  volume.metadata.study_time = "101500";
  volume.metadata.study_id = "S1";
  volume.metadata.accession_number = "ACC123";
  volume.metadata.referring_physician = "Referrer^Rita";
  const std::string folder = scratch.file("source");
  write_dicom_series(volume, folder, {});
  return read_dicom_series(folder);
}

FindingsReport make_demo_report() {
  FindingsReport report;
  report.model = {"ctlite-demo", "CT-Lite demo", "0.1.0", std::string(64, 'a'), "compressed",
                  "Trained on synthetic phantoms. Not for clinical use."};
  report.device = "cpu";
  for (std::size_t i = 0; i < kAbnormalityCount; ++i) {
    FindingResult finding;
    finding.name = std::string(kAbnormalityNames[i]);
    finding.score = 0.05 + 0.05 * static_cast<double>(i);
    finding.threshold = 0.5;
    finding.present = finding.score >= finding.threshold;
    finding.evidence_voxel = std::array<std::int64_t, 3>{static_cast<std::int64_t>(i), 10,
                                                         static_cast<std::int64_t>(i % 6)};
    report.findings.push_back(finding);
  }
  report.timings_ms = {{"load", 12.0}, {"preprocess", 40.0}, {"encode", 900.0}, {"score", 3.0}};
  return report;
}

std::string text_of(DcmItem& item, const DcmTagKey& tag) {
  OFString value;
  item.findAndGetOFString(tag, value);
  return value.c_str();
}

CommandResult run_command(const std::string& command) {
  CommandResult result;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen((command + " 2>&1").c_str(), "r"), pclose);
  if (!pipe) return result;
  char buffer[4096];
  while (fgets(buffer, sizeof buffer, pipe.get())) result.output += buffer;
  const int status = pclose(pipe.release());
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::optional<std::string> dciodvfy_report(const std::string& path) {
  if (!std::filesystem::exists("/usr/bin/dciodvfy")) return std::nullopt;
  return run_command("/usr/bin/dciodvfy -new '" + path + "'").output;
}

std::vector<std::uint8_t> make_minimal_pdf() {
  const std::string pdf =
      "%PDF-1.4\n"
      "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
      "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
      "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >> endobj\n"
      "trailer << /Root 1 0 R >>\n%%EOF\n";
  return {pdf.begin(), pdf.end()};
}

}  // namespace ctlite::core::export_test
