#include "widgets/panels/series_browser.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPainter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "widgets/models/slice_axes.h"
#include "widgets/models/viewer_model.h"

namespace ctlite::widgets {

namespace {

constexpr int kSeriesRole = Qt::UserRole + 1;

QString or_unknown(const QString& text, const QString& unknown) { return text.trimmed().isEmpty() ? unknown : text; }

QString dicom_name(QString name) { return name.replace(QLatin1Char('^'), QLatin1Char(' ')).trimmed(); }

QString dicom_date(const QString& date) {
  return date.size() == 8 ? QStringLiteral("%1-%2-%3").arg(date.left(4), date.mid(4, 2), date.mid(6, 2)) : date;
}

QIcon placeholder_icon() {
  QPixmap pixmap(64, 64);
  pixmap.fill(QColor(40, 42, 48));
  QPainter painter(&pixmap);
  painter.setPen(QColor(110, 114, 122));
  painter.drawRect(0, 0, 63, 63);
  painter.drawText(pixmap.rect(), Qt::AlignCenter, QStringLiteral("CT"));
  return QIcon(pixmap);
}

}  // namespace

QImage make_series_thumbnail(const core::Volume& volume, int size) {
  QImage image(size, size, QImage::Format_Grayscale8);
  image.fill(0);
  if (volume.voxel_count() == 0) return image;
  const SliceAxes axes = slice_axes(volume.direction, ViewOrientation::Axial);
  const auto dim = [&](int axis) { return volume.dims[static_cast<std::size_t>(axis)]; };
  const std::int64_t slice = dim(axes.normal_axis) / 2;
  // Keep the aspect ratio in mm; the lung window is the product's default view.
  const double width_mm = static_cast<double>(dim(axes.right_axis)) * volume.spacing[static_cast<std::size_t>(axes.right_axis)];
  const double height_mm = static_cast<double>(dim(axes.down_axis)) * volume.spacing[static_cast<std::size_t>(axes.down_axis)];
  const double mm_per_pixel = std::max(width_mm, height_mm) / size;
  const WindowLevel lung = window_presets().front().window;
  for (int row = 0; row < size; ++row) {
    for (int column = 0; column < size; ++column) {
      const double x_mm = (column + 0.5 - size / 2.0) * mm_per_pixel + width_mm / 2.0;
      const double y_mm = (row + 0.5 - size / 2.0) * mm_per_pixel + height_mm / 2.0;
      std::array<std::int64_t, 3> index{};
      index[static_cast<std::size_t>(axes.normal_axis)] = slice;
      auto along = [&](int axis, int sign, double mm) {
        const std::int64_t i = static_cast<std::int64_t>(std::floor(mm / volume.spacing[static_cast<std::size_t>(axis)]));
        return sign > 0 ? i : dim(axis) - 1 - i;
      };
      index[static_cast<std::size_t>(axes.right_axis)] = along(axes.right_axis, axes.right_sign, x_mm);
      index[static_cast<std::size_t>(axes.down_axis)] = along(axes.down_axis, axes.down_sign, y_mm);
      bool inside = true;
      for (int axis = 0; axis < 3; ++axis)
        inside = inside && index[static_cast<std::size_t>(axis)] >= 0 && index[static_cast<std::size_t>(axis)] < dim(axis);
      if (!inside) continue;
      const double value = stored_to_display_value(volume, volume.at(index[0], index[1], index[2]));
      const double gray = std::clamp((value - lung.lower()) / lung.width, 0.0, 1.0) * 255.0;
      image.setPixel(column, row, qRgb(static_cast<int>(gray), static_cast<int>(gray), static_cast<int>(gray)));
    }
  }
  return image;
}

SeriesBrowser::SeriesBrowser(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("series-browser"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  root_ = new QLabel(tr("Open a file or folder (Ctrl+O, Ctrl+Shift+O) or drop it here."), this);
  root_->setWordWrap(true);
  layout->addWidget(root_);
  tree_ = new QTreeWidget(this);
  tree_->setColumnCount(2);
  tree_->setHeaderLabels({tr("Patient / study / series"), tr("Images")});
  tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  tree_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  tree_->setIconSize(QSize(48, 48));
  tree_->setUniformRowHeights(false);
  layout->addWidget(tree_, 1);
  connect(tree_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
    const QVariant data = item->data(0, kSeriesRole);
    if (data.isValid()) emit seriesActivated(series_.value(data.toInt()));
  });
}

void SeriesBrowser::setSeries(const QString& root_path, const QVector<SeriesSummary>& series) {
  series_ = series;
  tree_->clear();
  root_->setText(QDir::toNativeSeparators(root_path));
  root_->setToolTip(root_->text());
  // Group by patient, then by study, in the order the reader listed them.
  QMap<QString, QTreeWidgetItem*> patients;
  QMap<QString, QTreeWidgetItem*> studies;
  const QIcon placeholder = placeholder_icon();
  for (int i = 0; i < series.size(); ++i) {
    const SeriesSummary& s = series[i];
    const QString patient_key = s.patient_id + QLatin1Char('|') + s.patient_name;
    QTreeWidgetItem*& patient = patients[patient_key];
    if (patient == nullptr) {
      patient = new QTreeWidgetItem(tree_);
      patient->setText(0, QStringLiteral("%1  (%2)").arg(or_unknown(dicom_name(s.patient_name), tr("Unnamed patient")),
                                                         or_unknown(s.patient_id, tr("no ID"))));
      patient->setExpanded(true);
    }
    const QString study_key = patient_key + QLatin1Char('|') + s.study_uid + s.study_date + s.study_description;
    QTreeWidgetItem*& study = studies[study_key];
    if (study == nullptr) {
      study = new QTreeWidgetItem(patient);
      study->setText(0, QStringLiteral("%1  %2").arg(dicom_date(s.study_date),
                                                     or_unknown(s.study_description, tr("Study"))).trimmed());
      study->setExpanded(true);
    }
    auto* item = new QTreeWidgetItem(study);
    QString title = or_unknown(s.series_description, tr("Series"));
    if (!s.series_number.isEmpty()) title = tr("#%1 %2").arg(s.series_number, title);
    if (!s.modality.isEmpty()) title += QStringLiteral("  [%1]").arg(s.modality);
    item->setText(0, title);
    item->setText(1, s.image_count > 0 ? QString::number(s.image_count) : QString());
    item->setToolTip(0, s.series_uid.isEmpty() ? QDir::toNativeSeparators(s.path) : s.series_uid);
    item->setIcon(0, placeholder);
    item->setData(0, kSeriesRole, i);
  }
}

QTreeWidgetItem* SeriesBrowser::itemFor(const QString& path, const QString& series_uid) const {
  for (QTreeWidgetItemIterator it(tree_); *it; ++it) {
    const QVariant data = (*it)->data(0, kSeriesRole);
    if (!data.isValid()) continue;
    const SeriesSummary& s = series_[data.toInt()];
    if (s.series_uid == series_uid && (series_uid.isEmpty() ? s.path == path : true)) return *it;
  }
  return nullptr;
}

void SeriesBrowser::setThumbnail(const QString& path, const QString& series_uid, const QImage& thumbnail) {
  if (QTreeWidgetItem* item = itemFor(path, series_uid)) item->setIcon(0, QIcon(QPixmap::fromImage(thumbnail)));
}

void SeriesBrowser::setCurrent(const QString& path, const QString& series_uid) {
  for (QTreeWidgetItemIterator it(tree_); *it; ++it) {
    QFont font = (*it)->font(0);
    font.setBold(false);
    (*it)->setFont(0, font);
  }
  if (QTreeWidgetItem* item = itemFor(path, series_uid)) {
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    tree_->setCurrentItem(item);
  }
}

}  // namespace ctlite::widgets
