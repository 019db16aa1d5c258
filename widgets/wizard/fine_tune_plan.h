#pragma once
// The wizard's settings checked page by page, and turned into the engine's command lines:
// `ctlite train fast ...`, `ctlite train sfp ...` (chained: SFP takes the FAST output as its
// --student) and `ctlite evaluate ...` once a bundle exists. No widgets, no processes: the pages
// show these problems and the job runs these argument lists (training_job.h).

#include <QString>
#include <QStringList>
#include <QVector>

#include "widgets/wizard/fine_tune_settings.h"
#include "widgets/wizard/teacher_facts.h"

namespace ctlite::widgets {

struct StageCommand {
  QString stage;          // "fast" or "sfp"
  QString output_folder;  // --out
  QStringList arguments;  // after the program name: train <stage> ...
  bool writesBundle() const { return stage == QLatin1String("sfp"); }
};

// Page 2: the teacher and the stage choice. Each entry names the file and the problem.
QStringList teacher_problems(const FineTuneSettings& settings, const TeacherFacts& teacher);
// Page 3: hyper-parameters, against the teacher's sizes and the engine's devices.
QStringList hyperparameter_problems(const FineTuneSettings& settings, const TeacherFacts& teacher, bool cuda_available);

// The stages in run order, writing into <job_folder>/<stage>.
QVector<StageCommand> plan_training_stages(const FineTuneSettings& settings, const TeacherFacts& teacher,
                                           const QString& job_folder);
// The same command continuing from its last checkpoint.
QStringList resumed(const QStringList& arguments);
// `ctlite evaluate` of a finished bundle on the validation split, everything (ROC points,
// confusion counts) into `out_json`; the log gets the printed table.
QStringList evaluation_arguments(const QString& bundle, const FineTuneSettings& settings, const QString& out_json);

}  // namespace ctlite::widgets
