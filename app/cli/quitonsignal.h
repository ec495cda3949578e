#pragma once

// Ctrl+C (SIGINT) and SIGTERM end a long-running subcommand through the event loop
// (QCoreApplication::quit()), so it can still print its summary. Unix only; elsewhere the
// default handling (the process ends at once) stays.

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace netlab::cli {

// Installs the handlers once; `context` owns the notifier that wakes the event loop.
void quitOnInterrupt(QObject *context);

} // namespace netlab::cli
