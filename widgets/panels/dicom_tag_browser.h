#pragma once
// The DICOM header of the loaded series (its first file): tag, VR, keyword and value, with a
// filter box. Sequence items are indented under their sequence.

#include <QWidget>
#include <vector>

#include "core/io/dicom_tag_dump.h"

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace ctlite::widgets {

class DicomTagBrowser : public QWidget {
  Q_OBJECT

 public:
  explicit DicomTagBrowser(QWidget* parent = nullptr);

  void setTags(const QString& file_path, const std::vector<core::DicomTagEntry>& tags);
  void showMessage(const QString& message);
  QTreeWidget* tree() const { return tree_; }

 private:
  void applyFilter(const QString& text);

  QLabel* source_ = nullptr;
  QLineEdit* filter_ = nullptr;
  QTreeWidget* tree_ = nullptr;
};

}  // namespace ctlite::widgets
