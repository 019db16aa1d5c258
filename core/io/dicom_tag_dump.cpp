#include "core/io/dicom_tag_dump.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcvr.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "core/common/errors.h"

namespace ctlite::core {

namespace {

// Values longer than this are summarised instead of loaded (pixel data, overlays, waveforms).
constexpr Uint32 kMaximumLoadedValueBytes = 4096;
constexpr std::size_t kMaximumDisplayedCharacters = 256;
constexpr int kMaximumSequenceDepth = 16;

bool is_bulk_vr(DcmEVR vr) {
  switch (vr) {
    case EVR_OB: case EVR_OW: case EVR_OF: case EVR_OD: case EVR_OL: case EVR_OV: case EVR_UN:
    case EVR_pixelSQ: case EVR_ox: case EVR_px:
      return true;
    default:
      return false;
  }
}

std::string tag_text(const DcmTagKey& key) {
  char text[16];
  std::snprintf(text, sizeof text, "(%04X,%04X)", key.getGroup(), key.getElement());
  return text;
}

std::string value_text(DcmElement& element) {
  const DcmEVR vr = element.getVR();
  if (is_bulk_vr(vr) || element.getLength() > kMaximumLoadedValueBytes)
    return "<" + std::to_string(element.getLength()) + " bytes>";
  OFString value;
  if (element.getOFStringArray(value).bad()) return "<unreadable>";
  std::string text(value.c_str());
  // Control characters (a stray NUL padding, a newline in a comment) would break table rows.
  std::replace_if(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; }, ' ');
  if (text.size() > kMaximumDisplayedCharacters) text = text.substr(0, kMaximumDisplayedCharacters) + "…";
  return text;
}

void append_item(DcmItem& item, int depth, bool file_meta, std::vector<DicomTagEntry>& entries) {
  for (unsigned long i = 0; i < item.card(); ++i) {
    DcmElement* element = item.getElement(i);
    if (element == nullptr) continue;
    DcmTag tag = element->getTag();
    DicomTagEntry entry;
    entry.depth = depth;
    entry.tag = tag_text(tag);
    entry.vr = DcmVR(element->getVR()).getVRName();
    entry.keyword = tag.getTagName();
    entry.in_file_meta = file_meta;
    if (element->getVR() == EVR_SQ) {
      auto* sequence = static_cast<DcmSequenceOfItems*>(element);
      entry.value = std::to_string(sequence->card()) + (sequence->card() == 1 ? " item" : " items");
      entries.push_back(entry);
      if (depth >= kMaximumSequenceDepth) continue;  // hostile nesting: stop descending
      for (unsigned long n = 0; n < sequence->card(); ++n)
        if (DcmItem* child = sequence->getItem(n)) append_item(*child, depth + 1, file_meta, entries);
      continue;
    }
    entry.value = value_text(*element);
    entries.push_back(entry);
  }
}

}  // namespace

std::vector<DicomTagEntry> dump_dicom_tags(const std::string& path) {
  if (!std::filesystem::is_regular_file(path)) throw InputError(path, "file does not exist");
  DcmFileFormat file;
  const OFCondition status =
      file.loadFile(path.c_str(), EXS_Unknown, EGL_noChange, kMaximumLoadedValueBytes, ERM_autoDetect);
  if (status.bad()) throw InputError(path, std::string("not a readable DICOM file (") + status.text() + ")");
  // Show names in the character set the file declares; without conversion support the raw
  // bytes are shown, which is still correct for the common ISO_IR 100 / ASCII files.
  if (file.getDataset()->tagExists(DCM_SpecificCharacterSet)) (void)file.convertToUTF8();
  std::vector<DicomTagEntry> entries;
  if (DcmMetaInfo* meta = file.getMetaInfo()) append_item(*meta, 0, true, entries);
  append_item(*file.getDataset(), 0, false, entries);
  return entries;
}

std::string find_dicom_file_of_series(const std::string& folder, const std::string& series_uid) {
  std::error_code error;
  if (std::filesystem::is_regular_file(folder, error)) return folder;
  std::vector<std::filesystem::path> files;
  for (auto it = std::filesystem::recursive_directory_iterator(
           folder, std::filesystem::directory_options::skip_permission_denied, error);
       !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error))
    if (it->is_regular_file(error)) files.push_back(it->path());
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    DcmFileFormat format;
    // Values over 256 bytes (pixel data) stay on disk: only the UID is needed.
    if (format.loadFile(file.c_str(), EXS_Unknown, EGL_noChange, 256, ERM_autoDetect).bad())
      continue;
    OFString uid;
    format.getDataset()->findAndGetOFString(DCM_SeriesInstanceUID, uid);
    if (series_uid.empty() || series_uid == uid.c_str()) return file.string();
  }
  return {};
}

}  // namespace ctlite::core
