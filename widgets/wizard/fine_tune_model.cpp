#include "widgets/wizard/fine_tune_model.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include "widgets/wizard/head_cost_estimate.h"

namespace ctlite::widgets {
namespace {

QString html_escaped(const std::string& text) { return QString::fromStdString(text).toHtmlEscaped(); }

QString count_text(std::int64_t n) {
  if (n >= 1000000) return QStringLiteral("%1 M").arg(static_cast<double>(n) / 1e6, 0, 'f', 2);
  if (n >= 10000) return QStringLiteral("%1 k").arg(static_cast<double>(n) / 1e3, 0, 'f', 1);
  return QString::number(n);
}

QString layoutName(core::TrainingDataLayout layout) {
  switch (layout) {
    case core::TrainingDataLayout::CtRate: return QObject::tr("CT-RATE-style folder");
    case core::TrainingDataLayout::ReportsCsv: return QObject::tr("Volumes + reports CSV");
    case core::TrainingDataLayout::Paired: return QObject::tr("Paired uncompressed/compressed series");
  }
  return {};
}

}  // namespace

FineTuneModel::FineTuneModel(QString engine, QString demo_model, bool cuda_available)
    : engine_(std::move(engine)), demo_model_(std::move(demo_model)), cuda_available_(cuda_available) {
  validation_.messages.push_back({core::ValidationSeverity::Error, "", "no data folder chosen"});
}

bool FineTuneModel::dataComplete() const {
  return !settings_.data_folder.isEmpty() && validated_folder_ == settings_.data_folder && validation_.usable() &&
         dataSourceMismatch().isEmpty();
}

QString FineTuneModel::dataSourceMismatch() const {
  if (validated_folder_.isEmpty() || !validation_.usable()) return {};
  const core::TrainingDataLayout expected = settings_.data_source == DataSource::CtRateFolder ? core::TrainingDataLayout::CtRate
                                            : settings_.data_source == DataSource::ReportsCsv
                                                ? core::TrainingDataLayout::ReportsCsv
                                                : core::TrainingDataLayout::Paired;
  if (validation_.layout == expected) return {};
  if (expected == core::TrainingDataLayout::Paired)
    return QObject::tr("This reports CSV has no 'compressed' column, so it is not a paired layout: choose "
                       "\"Volumes + reports CSV\" or add each case's JPEG-stack folder.");
  if (validation_.layout == core::TrainingDataLayout::Paired)
    return QObject::tr("This reports CSV pairs each case with a compressed JPEG stack: choose "
                       "\"Paired uncompressed/compressed series\".");
  return validation_.layout == core::TrainingDataLayout::CtRate
             ? QObject::tr("This is a CT-RATE-style folder: choose \"CT-RATE-style folder\".")
             : QObject::tr("This path holds a reports CSV: choose \"Volumes + reports CSV\".");
}

void FineTuneModel::setValidation(const QString& folder, core::TrainingDataValidation validation) {
  validated_folder_ = folder;
  validation_ = std::move(validation);
  const core::SplitValidation* valid = validation_.split("valid");
  settings_.has_validation_split = valid && valid->usable_volumes > 0;
}

QString FineTuneModel::validationSummaryHtml() const {
  QString html;
  if (!validated_folder_.isEmpty() && validation_.usable())
    html += QObject::tr("<p>Layout: %1</p>").arg(layoutName(validation_.layout));
  if (const QString mismatch = dataSourceMismatch(); !mismatch.isEmpty())
    html += QStringLiteral("<p style='color:#f06060'>%1 %2</p>").arg(QObject::tr("Error:"), mismatch.toHtmlEscaped());
  for (const auto& split : validation_.splits) {
    if (!split.present) continue;
    html += QObject::tr("<p><b>%1</b>: %2 usable of %3 listed volumes, %4 patients")
                .arg(QString::fromStdString(split.split))
                .arg(split.usable_volumes)
                .arg(split.listed_volumes)
                .arg(split.patients);
    if (split.missing_volume_files) html += QObject::tr(", %1 missing files").arg(split.missing_volume_files);
    if (split.unreported_files) html += QObject::tr(", %1 files without report").arg(split.unreported_files);
    html += QStringLiteral("</p>");
  }
  if (!validation_.splits.empty() && validation_.splits.front().usable_volumes > 0) {
    // Label prevalence: positives / usable volumes per split.
    html += QObject::tr("<table cellspacing=0 cellpadding=2><tr><th align=left>Finding</th>");
    for (const auto& split : validation_.splits)
      if (split.usable_volumes) html += QStringLiteral("<th align=right>%1</th>").arg(QString::fromStdString(split.split));
    html += QStringLiteral("</tr>");
    for (std::size_t f = 0; f < core::kAbnormalityCount; ++f) {
      html += QStringLiteral("<tr><td>%1</td>").arg(QString::fromUtf8(core::kAbnormalityNames[f].data(),
                                                                    static_cast<int>(core::kAbnormalityNames[f].size())));
      for (const auto& split : validation_.splits) {
        if (!split.usable_volumes) continue;
        const bool one_class = split.positives[f] == 0 || split.positives[f] == split.usable_volumes;
        html += QStringLiteral("<td align=right%1>%2 / %3</td>")
                    .arg(one_class ? QStringLiteral(" style='color:#e0b040'") : QString())
                    .arg(split.positives[f])
                    .arg(split.usable_volumes);
      }
      html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
  }
  for (const auto& message : validation_.messages) {
    const bool error = message.severity == core::ValidationSeverity::Error;
    html += QStringLiteral("<p style='color:%1'>%2 %3</p>")
                .arg(error ? QStringLiteral("#f06060") : QStringLiteral("#e0b040"),
                     error ? QObject::tr("Error:") : QObject::tr("Warning:"),
                     html_escaped(message.path.empty() ? message.problem : message.text()));
  }
  return html;
}

QString FineTuneModel::teacherPath() const {
  return settings_.teacher_kind == TeacherKind::BundledDemo ? demo_model_ : settings_.teacher_path;
}

TeacherFacts FineTuneModel::teacherFacts() const {
  return read_teacher_facts(teacherPath(),
                            settings_.teacher_kind == TeacherKind::CtClipCheckpoint ? settings_.ctvit_config : QString());
}

QStringList FineTuneModel::teacherProblems() const {
  FineTuneSettings settings = settings_;
  settings.teacher_path = teacherPath();
  if (settings.teacher_kind == TeacherKind::BundledDemo && demo_model_.isEmpty())
    return {QObject::tr("the bundled demo model (models/ctlite-demo) is not installed: choose another teacher")};
  return teacher_problems(settings, teacherFacts());
}

QStringList FineTuneModel::hyperparameterProblems() const {
  return hyperparameter_problems(settings_, teacherFacts(), cuda_available_);
}

QString FineTuneModel::headCostText() const {
  const TeacherFacts teacher = teacherFacts();
  const HeadCostEstimate cost = estimate_sfp_head(teacher.tokenPositions(), teacher.dim, teacher.latent_size,
                                                  settings_.rank, settings_.learning_rate);
  if (cost.dense_parameters == 0) return {};
  return QObject::tr("SFP head at rank %1: %2 weights vs %3 dense = %4× (FLOPs per volume: the same ratio)")
      .arg(settings_.rank)
      .arg(count_text(cost.sfp_parameters), count_text(cost.dense_parameters))
      .arg(cost.parameter_ratio, 0, 'f', 3);
}

QString FineTuneModel::learningRateText() const {
  if (!settings_.mup) return QObject::tr("μP off: every block uses %1").arg(settings_.learning_rate, 0, 'g', 3);
  const TeacherFacts teacher = teacherFacts();
  const HeadCostEstimate cost = estimate_sfp_head(teacher.tokenPositions(), teacher.dim, teacher.latent_size,
                                                  settings_.rank, settings_.learning_rate);
  return QObject::tr("μP (eq. 19, lr·%1/fan-in): SFP cores %2 and %3; encoder blocks of width %1 keep %4")
      .arg(teacher.dim)
      .arg(cost.first_core_learning_rate, 0, 'g', 3)
      .arg(cost.second_core_learning_rate, 0, 'g', 3)
      .arg(settings_.learning_rate, 0, 'g', 3);
}

TrainingJob FineTuneModel::makeJob(const QString& job_folder) const {
  FineTuneSettings settings = settings_;
  settings.teacher_path = teacherPath();
  // The engine runs in the job folder: every path it is given must be absolute.
  for (QString* path : {&settings.data_folder, &settings.teacher_path, &settings.student_path, &settings.ctvit_config})
    if (!path->isEmpty()) *path = QFileInfo(*path).absoluteFilePath();
  TrainingJob job;
  job.folder = job_folder;
  job.engine = engine_;
  job.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
  job.data_folder = settings.data_folder;
  job.state = JobState::Paused;  // until the first step starts
  for (const StageCommand& stage : plan_training_stages(settings, teacherFacts(), job_folder))
    job.steps.push_back({stage.stage, stage.arguments, stage.output_folder, QDir(stage.output_folder).filePath(QStringLiteral("model"))});
  const QString bundle = job.steps.isEmpty() || job.steps.back().name != QLatin1String("sfp") ? QString()
                                                                                                : job.steps.back().completion_path;
  if (bundle.isEmpty() || !settings.has_validation_split) return job;
  job.steps.push_back({QStringLiteral("evaluate"), evaluation_arguments(bundle, settings, job.evaluationPath()), QString(),
                       job.evaluationPath()});
  // A baseline that cannot read this data (another input depth, a broken bundle) costs the
  // comparison, not the job.
  if (!baseline_model_.isEmpty())
    job.steps.push_back({QStringLiteral("baseline"),
                         evaluation_arguments(QFileInfo(baseline_model_).absoluteFilePath(), settings, job.baselinePath()),
                         QString(), job.baselinePath(), true});
  return job;
}

}  // namespace ctlite::widgets
