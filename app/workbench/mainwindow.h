#pragma once

#include <QList>
#include <QMainWindow>

#include <functional>

class QSettings;
class QTabWidget;

namespace netlab {

class LabTab;
class LanguageManager;
class WorkbenchCore;

// The composition root of the window: hands the core objects (sessions, servers, logs) to
// one tab per lab, and owns the window-wide parts — menus, shortcuts, status bar, saved
// settings. The core objects outlive the tabs, so the tabs can be rebuilt (for a language
// switch) without dropping a connection or a line of log.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(WorkbenchCore *core, QSettings *settings, LanguageManager *languages,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    QList<LabTab *> tabs() const;
    LabTab *currentTab() const;
    void setCurrentTab(const QString &key);

    // Saves geometry, the current tab and every tab's inputs.
    void saveSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Lab
    {
        QString key;
        std::function<LabTab *(QWidget *parent)> create;
    };

    void createLabs();
    void buildUi();
    void createMenus();
    void switchLanguage(const QString &code);
    void showAbout();

    WorkbenchCore *m_core = nullptr;
    QSettings *m_settings = nullptr;
    LanguageManager *m_languages = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<Lab> m_labs;
};

} // namespace netlab
