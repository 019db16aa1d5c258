#pragma once
// "PACS nodes…": the user's saved DICOM nodes (name, AE title, host, port, our AE title), added,
// replaced and removed in place. Validation is core's (check_saved_pacs_node), so the viewer
// and `ctlite pacs nodes add` accept exactly the same nodes.

#include <QDialog>

#include "core/pacs/pacs_node_list.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace ctlite::widgets {

class PacsNodesDialog : public QDialog {
  Q_OBJECT

 public:
  explicit PacsNodesDialog(const core::PacsNodeList& nodes, QWidget* parent = nullptr);

  const core::PacsNodeList& nodes() const { return nodes_; }
  // Fills the form (as typing would) and saves it as a node; false (problem shown) when invalid.
  bool saveForm(const QString& name, const QString& ae_title, const QString& host, int port,
                const QString& calling_ae_title);
  QString problem() const;

 signals:
  void nodesChanged(const ctlite::core::PacsNodeList& nodes);

 private:
  void saveCurrentForm();
  void removeSelected();
  void showSelected();
  void refreshList();

  core::PacsNodeList nodes_;
  QListWidget* list_;
  QLineEdit* name_;
  QLineEdit* ae_title_;
  QLineEdit* host_;
  QSpinBox* port_;
  QLineEdit* calling_ae_title_;
  QLabel* problem_;
};

}  // namespace ctlite::widgets
