#pragma once
// "Export findings…": where and what to write (PDF, DICOM SR, encapsulated PDF), whether to
// de-identify, and an optional saved PACS node to send the DICOM objects to. A view over
// FindingsExportModel: the model says whether the choice is valid and runs the export.

#include <QDialog>

#include "widgets/export/findings_export_model.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ctlite::widgets {

class FindingsExportDialog : public QDialog {
  Q_OBJECT

 public:
  FindingsExportDialog(FindingsExportModel* model, QWidget* parent = nullptr);

  FindingsExportOptions options() const;
  void setOptions(const FindingsExportOptions& options);
  QString problem() const;
  void refreshNodes();

 signals:
  void manageNodesRequested();

 private:
  void validate();

  FindingsExportModel* model_;
  QLineEdit* folder_;
  QLineEdit* base_name_;
  QCheckBox* pdf_;
  QCheckBox* sr_;
  QCheckBox* pdf_dicom_;
  QCheckBox* anonymize_;
  QLineEdit* pseudonym_;
  QComboBox* pacs_node_;
  QLabel* planned_;
  QLabel* problem_;
  QPushButton* export_;
};

}  // namespace ctlite::widgets
