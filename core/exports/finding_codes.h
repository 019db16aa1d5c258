#pragma once
// Coded concepts for the 18 CT-RATE findings and the other concepts CT-Lite's DICOM SR uses.
// Standard codes (SNOMED CT "SCT", DICOM "DCM") where one means the finding; a private scheme
// "99CTLITE" only where none does. docs/EXPORTS.md lists every code and why it was chosen.

#include <string>
#include <string_view>

namespace ctlite::core {

struct CodedConcept {
  std::string value;       // Code Value
  std::string scheme;      // Coding Scheme Designator: "SCT", "DCM", "UCUM", "99CTLITE"
  std::string meaning;     // Code Meaning
};

// The private coding scheme of CT-Lite (Coding Scheme Identification Sequence in every SR).
constexpr const char* kPrivateCodingScheme = "99CTLITE";
constexpr const char* kPrivateCodingSchemeName = "CT-Lite Workstation findings";

// The Finding code of one of the 18 CT-RATE finding names; std::invalid_argument for any other
// name (callers validate names when they read a findings report).
CodedConcept finding_code(std::string_view finding_name);

// True when any of the 18 findings uses the private scheme (the SR then declares it).
bool uses_private_codes();

}  // namespace ctlite::core
