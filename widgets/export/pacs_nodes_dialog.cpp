#include "widgets/export/pacs_nodes_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <stdexcept>

namespace ctlite::widgets {

PacsNodesDialog::PacsNodesDialog(const core::PacsNodeList& nodes, QWidget* parent)
    : QDialog(parent),
      nodes_(nodes),
      list_(new QListWidget(this)),
      name_(new QLineEdit(this)),
      ae_title_(new QLineEdit(this)),
      host_(new QLineEdit(this)),
      port_(new QSpinBox(this)),
      calling_ae_title_(new QLineEdit(QStringLiteral("CTLITE"), this)),
      problem_(new QLabel(this)) {
  setWindowTitle(tr("PACS nodes"));
  port_->setRange(1, 65535);
  port_->setValue(104);
  for (QLineEdit* ae : {ae_title_, calling_ae_title_}) ae->setMaxLength(16);
  name_->setPlaceholderText(tr("e.g. Radiology PACS"));
  ae_title_->setPlaceholderText(tr("e.g. ORTHANC"));
  host_->setPlaceholderText(tr("host name or IP address"));
  problem_->setWordWrap(true);
  problem_->setStyleSheet(QStringLiteral("color: #e06c60;"));

  auto* form = new QFormLayout;
  form->addRow(tr("Name"), name_);
  form->addRow(tr("AE title"), ae_title_);
  form->addRow(tr("Host"), host_);
  form->addRow(tr("Port"), port_);
  form->addRow(tr("Our AE title"), calling_ae_title_);
  auto* save = new QPushButton(tr("Save node"), this);
  auto* remove = new QPushButton(tr("Remove"), this);
  auto* row = new QHBoxLayout;
  row->addWidget(save);
  row->addWidget(remove);
  row->addStretch();
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(list_);
  layout->addLayout(form);
  layout->addLayout(row);
  layout->addWidget(problem_);
  layout->addWidget(buttons);

  connect(save, &QPushButton::clicked, this, &PacsNodesDialog::saveCurrentForm);
  connect(remove, &QPushButton::clicked, this, &PacsNodesDialog::removeSelected);
  connect(list_, &QListWidget::currentRowChanged, this, &PacsNodesDialog::showSelected);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
  refreshList();
}

QString PacsNodesDialog::problem() const { return problem_->text(); }

bool PacsNodesDialog::saveForm(const QString& name, const QString& ae_title, const QString& host, int port,
                               const QString& calling_ae_title) {
  name_->setText(name);
  ae_title_->setText(ae_title);
  host_->setText(host);
  port_->setValue(port);
  calling_ae_title_->setText(calling_ae_title);
  saveCurrentForm();
  return problem_->text().isEmpty();
}

void PacsNodesDialog::saveCurrentForm() {
  core::SavedPacsNode node;
  node.name = name_->text().trimmed().toStdString();
  node.peer.ae_title = ae_title_->text().trimmed().toStdString();
  node.peer.host = host_->text().trimmed().toStdString();
  node.peer.port = port_->value();
  node.calling_ae_title = calling_ae_title_->text().trimmed().toStdString();
  try {
    nodes_.put(node);
  } catch (const std::invalid_argument& e) {
    problem_->setText(QString::fromStdString(e.what()));
    return;
  }
  problem_->clear();
  refreshList();
  emit nodesChanged(nodes_);
}

void PacsNodesDialog::removeSelected() {
  const QListWidgetItem* item = list_->currentItem();
  if (!item) return;
  nodes_.remove(item->data(Qt::UserRole).toString().toStdString());
  refreshList();
  emit nodesChanged(nodes_);
}

void PacsNodesDialog::showSelected() {
  const QListWidgetItem* item = list_->currentItem();
  if (!item) return;
  const core::SavedPacsNode* node = nodes_.find(item->data(Qt::UserRole).toString().toStdString());
  if (!node) return;
  name_->setText(QString::fromStdString(node->name));
  ae_title_->setText(QString::fromStdString(node->peer.ae_title));
  host_->setText(QString::fromStdString(node->peer.host));
  port_->setValue(node->peer.port);
  calling_ae_title_->setText(QString::fromStdString(node->calling_ae_title));
}

void PacsNodesDialog::refreshList() {
  list_->clear();
  for (const auto& node : nodes_.nodes()) {
    auto* item = new QListWidgetItem(
        QStringLiteral("%1  —  %2  (as %3)")
            .arg(QString::fromStdString(node.name), QString::fromStdString(node.peer.text()),
                 QString::fromStdString(node.calling_ae_title)),
        list_);
    item->setData(Qt::UserRole, QString::fromStdString(node.name));
  }
}

}  // namespace ctlite::widgets
