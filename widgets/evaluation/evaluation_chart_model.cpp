#include "widgets/evaluation/evaluation_chart_model.h"

#include <cmath>
#include <limits>

namespace ctlite::widgets {

QPointF radar_point(int axis, int axes, double radius) {
  const double angle = M_PI / 2.0 - 2.0 * M_PI * axis / std::max(axes, 1);
  return {radius * std::cos(angle), radius * std::sin(angle)};
}

EvaluationChartModel::EvaluationChartModel(QObject* parent) : QObject(parent) {}

void EvaluationChartModel::setReport(std::optional<core::EvaluationReport> report) {
  report_ = std::move(report);
  chooseFocus();
  emit reportsChanged();
}

void EvaluationChartModel::setBaseline(std::optional<core::EvaluationReport> baseline) {
  baseline_ = std::move(baseline);
  emit reportsChanged();
}

QStringList EvaluationChartModel::findings() const {
  QStringList out;
  if (report_)
    for (const auto& f : report_->findings) out << QString::fromStdString(f.finding);
  return out;
}

void EvaluationChartModel::chooseFocus() {
  if (!report_) {
    focused_.clear();
    roc_findings_.clear();
    return;
  }
  if (!report_->finding(focused_.toStdString())) {
    const core::FindingMetrics* best = nullptr;
    for (const auto& f : report_->findings)
      if (f.auroc && (!best || *f.auroc > *best->auroc)) best = &f;
    focused_ = QString::fromStdString(best ? best->finding : report_->findings.front().finding);
  }
  QStringList kept;
  for (const QString& name : roc_findings_)
    if (report_->finding(name.toStdString())) kept << name;
  roc_findings_ = kept.isEmpty() ? QStringList{focused_} : kept;
}

void EvaluationChartModel::setFocusedFinding(const QString& finding) {
  if (finding == focused_ || !report_ || !report_->finding(finding.toStdString())) return;
  focused_ = finding;
  emit focusChanged();
}

void EvaluationChartModel::setRocFindings(const QStringList& findings) {
  if (findings == roc_findings_) return;
  roc_findings_ = findings;
  emit rocFindingsChanged();
}

const core::EvaluationReport* EvaluationChartModel::source(bool from_baseline) const {
  const auto& chosen = from_baseline ? baseline_ : report_;
  return chosen ? &*chosen : nullptr;
}

QVector<QPointF> EvaluationChartModel::rocCurve(const QString& finding, bool from_baseline) const {
  QVector<QPointF> points;
  const core::EvaluationReport* r = source(from_baseline);
  const core::FindingMetrics* f = r ? r->finding(finding.toStdString()) : nullptr;
  if (!f || !f->roc) return points;
  for (std::size_t i = 0; i < f->roc->false_positive_rate.size(); ++i)
    points.push_back({f->roc->false_positive_rate[i], f->roc->true_positive_rate[i]});
  return points;
}

QVector<QPointF> EvaluationChartModel::radarPolygon(bool from_baseline) const {
  QVector<QPointF> polygon;
  const core::EvaluationReport* r = source(from_baseline);
  if (!r || !report_) return polygon;
  const QStringList axes = findings();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (int k = 0; k < axes.size(); ++k) {
    const core::FindingMetrics* f = r->finding(axes[k].toStdString());
    polygon.push_back(f && f->auroc ? radar_point(k, static_cast<int>(axes.size()), *f->auroc) : QPointF(nan, nan));
  }
  if (!polygon.isEmpty()) polygon.push_back(polygon.front());
  return polygon;
}

std::optional<core::ConfusionCounts> EvaluationChartModel::confusion(const QString& finding, bool from_baseline) const {
  const core::EvaluationReport* r = source(from_baseline);
  const core::FindingMetrics* f = r ? r->finding(finding.toStdString()) : nullptr;
  if (!f) return std::nullopt;
  return f->confusion;
}

TsneGroups EvaluationChartModel::tsneGroups() const {
  TsneGroups groups;
  if (!hasTsne()) return groups;
  const QStringList names = findings();
  const auto column = static_cast<std::size_t>(std::max<qsizetype>(0, names.indexOf(focused_)));
  for (const core::CasePoint& c : report_->tsne->cases)
    (c.labels[column] ? groups.positive_cases : groups.negative_cases).push_back({c.x, c.y});
  for (const core::PromptPoint& p : report_->tsne->prompts) {
    const QPointF point(p.x, p.y);
    if (QString::fromStdString(p.finding) != focused_) groups.other_prompts.push_back(point);
    else if (p.present) groups.present_prompt = point;
    else groups.absent_prompt = point;
  }
  return groups;
}

}  // namespace ctlite::widgets
