#pragma once
// Accumulates the three CT-RATE CSV tables of a synthetic dataset (reports, metadata, labels)
// for one split and writes them with RFC 4180 quoting, the way CT-RATE ships them.

#include <string>

#include "core/phantoms/phantom_generator.h"

namespace ctlite::core {

class CtRateTables {
 public:
  // RescaleIntercept recorded for every volume: NIfTI values are HU minus this.
  static constexpr int kRescaleIntercept = -1024;

  void add(const std::string& volume_name, const Phantom& phantom, const std::string& study_date);

  std::string reports_csv() const { return reports_; }
  std::string metadata_csv() const { return metadata_; }
  std::string labels_csv() const { return labels_; }

  CtRateTables();

 private:
  std::string reports_, metadata_, labels_;
};

// A CSV field: quoted (with doubled quotes) when it holds a comma, quote or line break.
std::string csv_field(const std::string& text);

}  // namespace ctlite::core
