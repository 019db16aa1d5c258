#pragma once
// A DICOM network peer (PACS, modality, workstation) as configured by the user.

#include <string>

namespace ctlite::core {

struct DicomNode {
  std::string ae_title;  // the peer's Application Entity title (1..16 characters)
  std::string host;
  int port = 104;
  std::string text() const { return ae_title + "@" + host + ":" + std::to_string(port); }
};

// "AE@host:port" (e.g. "ORTHANC@127.0.0.1:4242"). std::invalid_argument naming the text when
// the AE title is empty, longer than 16 characters or holds a backslash, or the port is not
// 1..65535.
DicomNode parse_dicom_node(const std::string& text);

// The problem with `title` as an AE title (PS3.5 AE VR: 1..16 characters, no backslash or
// control character), or an empty string when it is valid.
std::string ae_title_problem(const std::string& title);

}  // namespace ctlite::core
