#include "core/pacs/dicom_node.h"

#include <cctype>
#include <stdexcept>

namespace ctlite::core {

DicomNode parse_dicom_node(const std::string& text) {
  const auto fail = [&text](const std::string& problem) {
    throw std::invalid_argument("DICOM node '" + text + "': " + problem +
                                " (expected AE@host:port)");
  };
  const auto at = text.find('@');
  const auto colon = text.rfind(':');
  if (at == std::string::npos || colon == std::string::npos || colon < at) fail("malformed");
  DicomNode node;
  node.ae_title = text.substr(0, at);
  node.host = text.substr(at + 1, colon - at - 1);
  const std::string port = text.substr(colon + 1);
  if (const std::string problem = ae_title_problem(node.ae_title); !problem.empty()) fail(problem);
  if (node.host.empty()) fail("the host is empty");
  if (port.empty() || port.size() > 5) fail("the port must be 1..65535");
  for (unsigned char c : port)
    if (!std::isdigit(c)) fail("the port must be 1..65535");
  node.port = std::stoi(port);
  if (node.port < 1 || node.port > 65535) fail("the port must be 1..65535");
  return node;
}

std::string ae_title_problem(const std::string& title) {
  // PS3.5 AE VR: 16 characters, no backslash or control characters.
  if (title.empty() || title.size() > 16) return "the AE title needs 1..16 characters";
  for (unsigned char c : title)
    if (c == '\\' || std::iscntrl(c)) return "the AE title holds a forbidden character";
  return {};
}

}  // namespace ctlite::core
