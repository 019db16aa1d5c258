#include "core/pacs/pacs_node_list.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "core/common/errors.h"

namespace ctlite::core {
namespace {

namespace fs = std::filesystem;

fs::path scratch_folder() {
  const fs::path folder = fs::temp_directory_path() / ("pacs_node_list_test_" + std::to_string(::getpid()));
  fs::remove_all(folder);
  return folder;
}

TEST(PacsNodeList, SavesLoadsReplacesAndRemoves) {
  const fs::path folder = scratch_folder();
  const std::string path = (folder / "sub" / "pacs-nodes.json").string();
  EXPECT_TRUE(PacsNodeList::load(path).nodes().empty()) << "a missing file is an empty list";
  PacsNodeList list;
  list.put({"Radiology", parse_dicom_node("ORTHANC@127.0.0.1:4242"), "CTLITE_WS"});
  list.put({"Backup", parse_dicom_node("BACKUP@10.0.0.2:104"), "CTLITE"});
  list.put({"Radiology", parse_dicom_node("ORTHANC@127.0.0.1:4343"), "CTLITE_WS"});  // replaces
  list.save(path);
  const PacsNodeList back = PacsNodeList::load(path);
  ASSERT_EQ(back.nodes().size(), 2u);
  EXPECT_EQ(back.find("Radiology")->peer.port, 4343);
  EXPECT_EQ(back.find("Radiology")->calling_ae_title, "CTLITE_WS");
  EXPECT_EQ(back.find("Nobody"), nullptr);
  PacsNodeList edited = back;
  EXPECT_TRUE(edited.remove("Backup"));
  EXPECT_FALSE(edited.remove("Backup"));
  EXPECT_EQ(edited.nodes().size(), 1u);
  fs::remove_all(folder);
}

TEST(PacsNodeList, RefusesInvalidNodes) {
  PacsNodeList list;
  const DicomNode peer = parse_dicom_node("PACS@host:104");
  EXPECT_THROW(list.put({"", peer, "CTLITE"}), std::invalid_argument);
  EXPECT_THROW(list.put({"a@b", peer, "CTLITE"}), std::invalid_argument);
  EXPECT_THROW(list.put({"ok", peer, "SEVENTEEN_CHARS_X"}), std::invalid_argument);
  EXPECT_THROW(list.put({"ok", DicomNode{"PACS", "host", 0}, "CTLITE"}), std::invalid_argument);
  EXPECT_THROW(list.put({"ok", DicomNode{"PACS", "", 104}, "CTLITE"}), std::invalid_argument);
  EXPECT_TRUE(list.nodes().empty());
}

TEST(PacsNodeList, BadFilesAreInputErrorsNamingTheFile) {
  const fs::path folder = scratch_folder();
  fs::create_directories(folder);
  const auto write = [&](const std::string& name, const std::string& text) {
    const std::string path = (folder / name).string();
    std::ofstream(path) << text;
    return path;
  };
  for (const auto& path :
       {write("junk.json", "not json"), write("shape.json", R"({"nodes": 3})"),
        write("port.json", R"({"nodes": [{"name": "x", "ae_title": "A", "host": "h", "port": 70000}]})"),
        write("twice.json", R"({"nodes": [{"name": "x", "ae_title": "A", "host": "h", "port": 1},
                                          {"name": "x", "ae_title": "B", "host": "h", "port": 2}]})")}) {
    try {
      PacsNodeList::load(path);
      ADD_FAILURE() << path << " was accepted";
    } catch (const InputError& e) {
      EXPECT_EQ(e.path(), path);
    }
  }
  fs::remove_all(folder);
}

}  // namespace
}  // namespace ctlite::core
