// netlab-workbench — the desktop workbench, one tab per lab.
#include "languagemanager.h"
#include "mainwindow.h"
#include "screenshotter.h"
#include "workbenchcore.h"

#include <netlab/descriptorlimit.h>
#include <netlab/mqttlibrary.h>
#include <netlab/version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Servers accept as many clients as descriptors allow: use what the hard limit permits.
    netlab::raiseOpenFileLimit();
    QApplication::setApplicationName(QStringLiteral(NETLAB_APPLICATION_NAME));
    QApplication::setOrganizationName(QStringLiteral(NETLAB_ORGANIZATION_NAME));
    QApplication::setApplicationVersion(QStringLiteral(NETLAB_VERSION_STRING));
    QApplication::setDesktopFileName(u"netlab-workbench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"A workbench for network programming and small IoT labs."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(u"screenshot-dir"_s,
        u"Render every tab to DIR/<tab>.png after a short live demo on loopback, then exit."_s,
        u"DIR"_s);
    const QCommandLineOption languageOption(u"language"_s,
        u"Use this language (en, fr) instead of the saved or system one."_s, u"CODE"_s);
    parser.addOption(screenshotOption);
    parser.addOption(languageOption);
    parser.process(app);

    // Screenshots start from default inputs, not from whatever this user last typed.
    const bool screenshots = parser.isSet(screenshotOption);
    QTemporaryDir scratch;
    std::unique_ptr<QSettings> settings;
    if (screenshots)
        settings = std::make_unique<QSettings>(
            scratch.filePath(u"settings.ini"_s), QSettings::IniFormat);
    else
        settings = std::make_unique<QSettings>();

    netlab::LanguageManager languages;
    const QString language = parser.isSet(languageOption)
        ? parser.value(languageOption)
        : settings->value(u"language"_s).toString();
    if (!languages.setLanguage(language))
        std::fprintf(stderr, "netlab-workbench: no translation for '%s'\n", qPrintable(language));

    netlab::MqttLibrary mqttLibrary; // libmosquitto, set up once, outlives every client
    netlab::WorkbenchCore core;
    if (!screenshots) {
        // No agent followed in the Sensors tab last time: follow a simulated one on loopback,
        // so the tab is live on first launch on any machine. It starts, on its own thread,
        // when the Sensors tab is first shown.
        if (settings->value(u"tabs/sensors/agents"_s).toStringList().isEmpty()) {
            core.armEmbeddedAgent(
                QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                    .filePath(u"simulated-agent"_s));
            QObject::connect(&core, &netlab::WorkbenchCore::embeddedAgentFailed, &core,
                [](const QString &error) {
                    std::fprintf(stderr,
                        "netlab-workbench: the simulated agent could not start: %s\n",
                        qPrintable(error));
                });
        }
        netlab::MainWindow window(&core, settings.get(), &languages);
        window.show();
        return app.exec();
    }

    netlab::Screenshotter screenshotter(&core, parser.value(screenshotOption));
    if (!screenshotter.stageServers(settings.get()))
        std::fprintf(stderr, "netlab-workbench: the screenshot scene's server could not start\n");
    netlab::MainWindow window(&core, settings.get(), &languages);
    window.resize(1100, 720);
    window.show();
    int status = 0;
    QObject::connect(&screenshotter, &netlab::Screenshotter::finished, &app,
        [&status](bool ok, const QString &message) {
            std::fprintf(ok ? stdout : stderr, "%s\n", qPrintable(message));
            status = ok ? 0 : 1;
            QApplication::exit(status);
        });
    screenshotter.capture(&window);
    app.exec();
    return status;
}
