#include "core/pacs/dicom_node.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace ctlite::core {
namespace {

TEST(DicomNode, ParsesAeHostAndPort) {
  const DicomNode node = parse_dicom_node("ORTHANC@127.0.0.1:4242");
  EXPECT_EQ(node.ae_title, "ORTHANC");
  EXPECT_EQ(node.host, "127.0.0.1");
  EXPECT_EQ(node.port, 4242);
  EXPECT_EQ(node.text(), "ORTHANC@127.0.0.1:4242");
  EXPECT_EQ(parse_dicom_node("PACS@pacs.example.org:104").host, "pacs.example.org");
}

TEST(DicomNode, RefusesMalformedNodes) {
  for (const char* text : {"", "ORTHANC", "@host:104", "A@:104", "A@host:", "A@host:0",
                           "A@host:65536", "A@host:12x", "SEVENTEEN_CHARS_X@h:104", "A\\B@h:104",
                           "host:104@A"})
    EXPECT_THROW(parse_dicom_node(text), std::invalid_argument) << text;
}

}  // namespace
}  // namespace ctlite::core
