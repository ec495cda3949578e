#pragma once

#include <netlab/pythoncode.h>

#include <QWidget>

class QSettings;

namespace netlab {

// The common face of every lab tab, so MainWindow can treat them alike: its title, the
// key it keeps its settings under (also the screenshot's file name), the window-wide
// shortcuts (connect / send / clear), and File > Save log.
//
// A tab binds widgets to core objects that MainWindow owns and hands in; it keeps no
// session state of its own, so MainWindow can rebuild every tab (to switch the language)
// without losing a connection or a log line.
class LabTab : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0; // translated, e.g. "TCP client"
    virtual QString key() const = 0; // stable, e.g. "tcp-client"

    virtual void saveSettings(QSettings &settings) const = 0;
    virtual void restoreSettings(const QSettings &settings) = 0;

    // Window-wide shortcuts act on the current tab.
    virtual void toggleConnection() = 0; // connect / disconnect, start / stop
    virtual void send() = 0;
    virtual void clearLog() = 0;
    virtual void saveLog() = 0; // asks for a file name

    // "Show as code": the tab's current settings as the program a student would write;
    // empty when the tab has no code view. A tab that overrides it emits codeChanged()
    // whenever a setting that the code shows changes, and adds a CodeView (codeview.h).
    virtual GeneratedCode code() const { return {}; }

signals:
    // A short line for the window's status bar.
    void statusMessage(const QString &message);
    // title() changed (e.g. an unread count): the window updates the tab's text.
    void titleChanged();
    // A setting shown by code() changed.
    void codeChanged();
};

} // namespace netlab
