#include "widgets/panels/measurement_panel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "widgets/models/measurement_model.h"

namespace ctlite::widgets {

namespace {
constexpr int kKindRole = Qt::UserRole + 1;  // 0 = distance, 1 = region
constexpr int kIndexRole = Qt::UserRole + 2;
}  // namespace

MeasurementPanel::MeasurementPanel(MeasurementModel* model, QWidget* parent) : QWidget(parent), model_(model) {
  setObjectName(QStringLiteral("measurement-panel"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  table_ = new QTableWidget(0, 3, this);
  table_->setHorizontalHeaderLabels({tr("Type"), tr("Slice"), tr("Result")});
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->verticalHeader()->hide();
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  layout->addWidget(table_, 1);
  auto* buttons = new QHBoxLayout;
  auto* remove = new QPushButton(tr("Delete"), this);
  auto* clear = new QPushButton(tr("Delete all"), this);
  buttons->addStretch(1);
  buttons->addWidget(remove);
  buttons->addWidget(clear);
  layout->addLayout(buttons);
  connect(remove, &QPushButton::clicked, this, &MeasurementPanel::removeSelected);
  connect(clear, &QPushButton::clicked, model_, &MeasurementModel::clear);
  connect(model_, &MeasurementModel::measurementsChanged, this, &MeasurementPanel::rebuild);
  rebuild();
}

void MeasurementPanel::rebuild() {
  table_->setRowCount(0);
  const auto add_row = [&](int kind, int index, const QString& type, int slice, const QString& result) {
    const int row = table_->rowCount();
    table_->insertRow(row);
    auto* type_item = new QTableWidgetItem(type);
    type_item->setData(kKindRole, kind);
    type_item->setData(kIndexRole, index);
    table_->setItem(row, 0, type_item);
    table_->setItem(row, 1, new QTableWidgetItem(QString::number(slice + 1)));
    table_->setItem(row, 2, new QTableWidgetItem(result));
  };
  const auto& distances = model_->distances();
  for (int i = 0; i < static_cast<int>(distances.size()); ++i) {
    const DistanceMeasurement& d = distances[static_cast<std::size_t>(i)];
    add_row(0, i, tr("Distance"), static_cast<int>(std::lround(d.start[static_cast<std::size_t>(d.normal_axis)])),
            tr("%1 mm").arg(d.length_mm, 0, 'f', 1));
  }
  const auto& regions = model_->regions();
  for (int i = 0; i < static_cast<int>(regions.size()); ++i) {
    const RegionStatistics& s = regions[static_cast<std::size_t>(i)].statistics;
    add_row(1, i, tr("Ellipse"), regions[static_cast<std::size_t>(i)].slice,
            tr("mean %1 ± %2 HU, min %3, max %4, %5 cm², %6 voxels")
                .arg(s.mean, 0, 'f', 1)
                .arg(s.standard_deviation, 0, 'f', 1)
                .arg(s.minimum, 0, 'f', 0)
                .arg(s.maximum, 0, 'f', 0)
                .arg(s.area_mm2 / 100.0, 0, 'f', 2)
                .arg(s.voxel_count));
  }
}

void MeasurementPanel::removeSelected() {
  const int row = table_->currentRow();
  if (row < 0) return;
  const QTableWidgetItem* item = table_->item(row, 0);
  const int index = item->data(kIndexRole).toInt();
  if (item->data(kKindRole).toInt() == 0) model_->removeDistance(index);
  else model_->removeRegion(index);
}

}  // namespace ctlite::widgets
