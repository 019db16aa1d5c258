#include "core/exports/finding_codes.h"

#include <array>
#include <stdexcept>

#include "core/dataset/abnormality_names.h"

namespace ctlite::core {

namespace {

struct FindingCodeRow {
  std::string_view name;  // kAbnormalityNames spelling
  const char* value;
  const char* scheme;
  const char* meaning;
};

// SNOMED CT disorders where the CT-RATE finding is that disorder; DICOM chest-CAD concepts
// (CID 6102-6106, PS3.16) for the radiographic patterns; private codes where neither has a
// concept of the same meaning (a near miss would claim something the model does not report).
constexpr std::array<FindingCodeRow, kAbnormalityCount> kFindingCodes{{
    {"Medical material", "F01", kPrivateCodingScheme, "Medical material"},
    {"Arterial wall calcification", "F02", kPrivateCodingScheme, "Arterial wall calcification"},
    {"Cardiomegaly", "8186001", "SCT", "Cardiomegaly"},
    {"Pericardial effusion", "373945007", "SCT", "Pericardial effusion"},
    {"Coronary artery wall calcification", "F05", kPrivateCodingScheme,
     "Coronary artery wall calcification"},
    {"Hiatal hernia", "84089009", "SCT", "Hiatal hernia"},
    {"Lymphadenopathy", "30746006", "SCT", "Lymphadenopathy"},
    {"Emphysema", "87433001", "SCT", "Pulmonary emphysema"},
    {"Atelectasis", "46621007", "SCT", "Atelectasis"},
    // CID 6104 "Nodule": the chest CAD concept for a pulmonary nodule.
    {"Lung nodule", "27925004", "SCT", "Nodule"},
    {"Lung opacity", "112001", "DCM", "Opacity"},
    {"Pulmonary fibrotic sequela", "51615001", "SCT", "Pulmonary fibrosis"},
    {"Pleural effusion", "60046008", "SCT", "Pleural effusion"},
    {"Mosaic attenuation pattern", "112130", "DCM", "Mosaic pattern"},
    {"Peribronchial thickening", "F15", kPrivateCodingScheme, "Peribronchial thickening"},
    {"Consolidation", "95436008", "SCT", "Lung consolidation"},
    {"Bronchiectasis", "12295008", "SCT", "Bronchiectasis"},
    // Fleischner glossary: septal lines are thickened interlobular septa.
    {"Interlobular septal thickening", "112114", "DCM", "Septal line(s)"},
}};

}  // namespace

CodedConcept finding_code(std::string_view finding_name) {
  for (const auto& row : kFindingCodes)
    if (row.name == finding_name) return {row.value, row.scheme, row.meaning};
  throw std::invalid_argument("no code for finding '" + std::string(finding_name) + "'");
}

bool uses_private_codes() {
  for (const auto& row : kFindingCodes)
    if (std::string_view(row.scheme) == kPrivateCodingScheme) return true;
  return false;
}

}  // namespace ctlite::core
