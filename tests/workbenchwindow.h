#pragma once

// The whole workbench as main() builds it, for widget tests: settings in a file of the test's
// choosing, English, the core objects and the main window. show() puts it on the (offscreen)
// screen at a size where every tab lays out.
#include <app/workbench/languagemanager.h>
#include <app/workbench/mainwindow.h>
#include <app/workbench/workbenchcore.h>

#include <QSettings>
#include <QTest>

#include <memory>

namespace netlab::test {

struct WorkbenchWindow
{
    explicit WorkbenchWindow(const QString &settingsPath)
        : settings(settingsPath, QSettings::IniFormat)
        , languages(english())
        , window(&core, &settings, languages.get())
    { }

    bool show()
    {
        window.resize(1200, 800);
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }

    QSettings settings;
    std::unique_ptr<LanguageManager> languages;
    WorkbenchCore core;
    MainWindow window;

private:
    static std::unique_ptr<LanguageManager> english()
    {
        auto manager = std::make_unique<LanguageManager>();
        manager->setLanguage(QStringLiteral("en"));
        return manager;
    }
};

} // namespace netlab::test
