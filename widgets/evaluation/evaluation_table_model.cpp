#include "widgets/evaluation/evaluation_table_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include "widgets/panels/finding_names.h"

namespace ctlite::widgets {

namespace {

std::optional<double> difference(const std::optional<double>& a, const std::optional<double>& b) {
  if (!a || !b) return std::nullopt;
  return *a - *b;
}

// Differences smaller than this are reported as no change (three decimals are shown).
constexpr double kNoChange = 0.0005;

}  // namespace

MetricDelta finding_delta(const core::EvaluationReport& report, const core::EvaluationReport& baseline,
                          const std::string& finding) {
  const core::FindingMetrics* now = report.finding(finding);
  const core::FindingMetrics* before = baseline.finding(finding);
  if (!now || !before) return {};
  return {difference(now->auroc, before->auroc), now->weighted_f1 - before->weighted_f1,
          now->accuracy - before->accuracy};
}

MetricDelta macro_delta(const core::EvaluationReport& report, const core::EvaluationReport& baseline) {
  return {difference(report.macro_auroc, baseline.macro_auroc), report.macro_weighted_f1 - baseline.macro_weighted_f1,
          report.macro_accuracy - baseline.macro_accuracy};
}

EvaluationTableModel::EvaluationTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void EvaluationTableModel::setReport(std::optional<core::EvaluationReport> report) {
  beginResetModel();
  report_ = std::move(report);
  endResetModel();
}

void EvaluationTableModel::setBaseline(std::optional<core::EvaluationReport> baseline) {
  beginResetModel();
  baseline_ = std::move(baseline);
  endResetModel();
}

int EvaluationTableModel::macroRow() const { return report_ ? static_cast<int>(report_->findings.size()) : -1; }

QString EvaluationTableModel::findingAt(int row) const {
  if (!report_ || row < 0 || row >= macroRow()) return {};
  return QString::fromStdString(report_->findings[static_cast<std::size_t>(row)].finding);
}

int EvaluationTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() || !report_ ? 0 : macroRow() + 1;
}

int EvaluationTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : (baseline_ ? DeltaAccuracy + 1 : Threshold + 1);
}

std::optional<double> EvaluationTableModel::value(int row, int column) const {
  const bool macro = row == macroRow();
  const core::FindingMetrics* f = macro ? nullptr : &report_->findings[static_cast<std::size_t>(row)];
  auto delta = [&] { return macro ? macro_delta(*report_, *baseline_) : finding_delta(*report_, *baseline_, f->finding); };
  switch (column) {
    case Positives: return macro ? std::nullopt : std::optional<double>(static_cast<double>(f->positives));
    case Auroc: return macro ? report_->macro_auroc : f->auroc;
    case WeightedF1: return macro ? report_->macro_weighted_f1 : f->weighted_f1;
    case Accuracy: return macro ? report_->macro_accuracy : f->accuracy;
    case Threshold: return macro ? std::nullopt : std::optional<double>(f->threshold);
    case DeltaAuroc: return baseline_ ? delta().auroc : std::nullopt;
    case DeltaWeightedF1: return baseline_ ? delta().weighted_f1 : std::nullopt;
    case DeltaAccuracy: return baseline_ ? delta().accuracy : std::nullopt;
    default: return std::nullopt;
  }
}

QVariant EvaluationTableModel::data(const QModelIndex& index, int role) const {
  if (!report_ || !index.isValid() || index.row() > macroRow()) return {};
  const int row = index.row(), column = index.column();
  const bool macro = row == macroRow();
  const std::optional<double> number = column == Finding ? std::nullopt : value(row, column);
  const bool is_delta = column >= DeltaAuroc;
  switch (role) {
    case Qt::DisplayRole:
      if (column == Finding) return macro ? tr("Macro average") : translated_finding_name(findingAt(row));
      if (column == Positives && !macro) {
        const auto& f = report_->findings[static_cast<std::size_t>(row)];
        return QStringLiteral("%1 / %2").arg(f.positives).arg(f.positives + f.negatives);
      }
      if (!number) return macro && (column == Positives || column == Threshold) ? QString() : QStringLiteral("–");
      if (is_delta) return std::abs(*number) < kNoChange ? QStringLiteral("±0.000") : QString::asprintf("%+.3f", *number);
      return QString::number(*number, 'f', 3);
    case kValueRole:
      return number ? QVariant(*number) : QVariant();
    case Qt::TextAlignmentRole:
      return column == Finding ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
      if (is_delta && number && std::abs(*number) >= kNoChange)
        return QBrush(*number > 0 ? QColor(110, 200, 120) : QColor(230, 110, 95));
      if (!number && column != Finding) return QBrush(QColor(130, 134, 142));
      return {};
    case Qt::FontRole:
      if (macro) {
        QFont bold;
        bold.setBold(true);
        return bold;
      }
      return {};
    case Qt::ToolTipRole:
      if (column == Auroc && !number && !macro) return tr("Undefined: these cases hold only one class for this finding.");
      return {};
    default:
      return {};
  }
}

QVariant EvaluationTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
    case Finding: return tr("Finding");
    case Positives: return tr("Positive");
    case Auroc: return tr("AUROC");
    case WeightedF1: return tr("F1 (weighted)");
    case Accuracy: return tr("Accuracy");
    case Threshold: return tr("Threshold");
    case DeltaAuroc: return tr("Δ AUROC");
    case DeltaWeightedF1: return tr("Δ F1");
    case DeltaAccuracy: return tr("Δ Accuracy");
    default: return {};
  }
}

}  // namespace ctlite::widgets
