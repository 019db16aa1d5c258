#include "widgets/panels/dicom_tag_browser.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ctlite::widgets {

DicomTagBrowser::DicomTagBrowser(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("dicom-tag-browser"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  source_ = new QLabel(this);
  source_->setWordWrap(true);
  filter_ = new QLineEdit(this);
  filter_->setPlaceholderText(tr("Filter by tag, keyword or value"));
  filter_->setClearButtonEnabled(true);
  tree_ = new QTreeWidget(this);
  tree_->setColumnCount(4);
  tree_->setHeaderLabels({tr("Tag"), tr("VR"), tr("Keyword"), tr("Value")});
  tree_->setRootIsDecorated(true);
  tree_->setAlternatingRowColors(true);
  tree_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  tree_->header()->setStretchLastSection(true);
  layout->addWidget(source_);
  layout->addWidget(filter_);
  layout->addWidget(tree_, 1);
  connect(filter_, &QLineEdit::textChanged, this, &DicomTagBrowser::applyFilter);
  showMessage(tr("Tags appear here when a DICOM series is open."));
}

void DicomTagBrowser::showMessage(const QString& message) {
  tree_->clear();
  source_->setText(message);
}

void DicomTagBrowser::setTags(const QString& file_path, const std::vector<core::DicomTagEntry>& tags) {
  tree_->clear();
  source_->setText(tr("First file of the series: %1").arg(QDir::toNativeSeparators(file_path)));
  source_->setToolTip(file_path);
  // parents[d] = the last item at depth d, so a depth d+1 entry hangs under it.
  std::vector<QTreeWidgetItem*> parents;
  for (const core::DicomTagEntry& tag : tags) {
    const auto depth = static_cast<std::size_t>(std::max(0, tag.depth));
    QTreeWidgetItem* parent = depth > 0 && depth <= parents.size() ? parents[depth - 1] : nullptr;
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree_);
    item->setText(0, QString::fromStdString(tag.tag));
    item->setText(1, QString::fromStdString(tag.vr));
    item->setText(2, QString::fromStdString(tag.keyword));
    item->setText(3, QString::fromStdString(tag.value));
    if (tag.in_file_meta) item->setForeground(0, QColor(140, 170, 220));
    parents.resize(depth + 1);
    parents[depth] = item;
  }
  tree_->expandAll();
  applyFilter(filter_->text());
}

void DicomTagBrowser::applyFilter(const QString& text) {
  const QString needle = text.trimmed();
  for (QTreeWidgetItemIterator it(tree_); *it; ++it) {
    bool match = needle.isEmpty();
    for (int column = 0; column < 4 && !match; ++column)
      match = (*it)->text(column).contains(needle, Qt::CaseInsensitive);
    (*it)->setHidden(!match);
    // Keep the path to a matching nested element visible.
    if (match)
      for (QTreeWidgetItem* parent = (*it)->parent(); parent; parent = parent->parent()) parent->setHidden(false);
  }
}

}  // namespace ctlite::widgets
