#include "mainwindow.h"

#include "languagemanager.h"
#include "workbenchcore.h"

#include <netlab/version.h>
#include <widgets/accessiblenames.h>
#include <widgets/chattab.h>
#include <widgets/classroomgrid.h>
#include <widgets/httpclienttab.h>
#include <widgets/httpservertab.h>
#include <widgets/labtab.h>
#include <widgets/mqtttab.h>
#include <widgets/sensorstab.h>
#include <widgets/serialtab.h>
#include <widgets/tcpclienttab.h>
#include <widgets/tcpservertab.h>
#include <widgets/toolstab.h>
#include <widgets/udptab.h>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QKeySequence>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {
constexpr int kStatusTimeoutMs = 8000;
}

MainWindow::MainWindow(
    WorkbenchCore *core, QSettings *settings, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_core(core)
    , m_settings(settings)
    , m_languages(languages)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/netlab.svg"_s));
    createLabs();
    buildUi();

    m_settings->beginGroup(u"window"_s);
    if (!restoreGeometry(m_settings->value(u"geometry"_s).toByteArray()))
        resize(1100, 720);
    setCurrentTab(m_settings->value(u"currentTab"_s).toString());
    m_settings->endGroup();
}

MainWindow::~MainWindow() = default;

void MainWindow::createLabs()
{
    WorkbenchCore *core = m_core;
    m_labs = {
        {u"tcp-client"_s,
            [core](QWidget *parent) {
                return new TcpClientTab(core->tcpClient, core->tcpClientLog, parent);
            }},
        {u"tcp-server"_s,
            [core](QWidget *parent) {
                return new TcpServerTab(core->tcpServer, core->tcpServerLog, parent);
            }},
        {u"udp"_s,
            [core](QWidget *parent) {
                return new UdpTab(core->udpListener, core->udpCapture, core->udpSender,
                    core->demoStreams, core->framePlots, parent);
            }},
        {u"chat"_s,
            [core](
                QWidget *parent) { return new ChatTab(core->chat, core->chatDiscovery, parent); }},
        {u"http-server"_s,
            [core](QWidget *parent) { return new HttpServerTab(core->httpServer, parent); }},
        {u"http-client"_s,
            [core](QWidget *parent) { return new HttpClientTab(core->httpClient, parent); }},
        {u"serial"_s,
            [core](QWidget *parent) {
                return new SerialTab(core->serialLink, core->serialPorts, core->sensorNode,
                    core->simulatedNode, core->serialLog, core->framePlots, parent);
            }},
        {u"sensors"_s,
            [core](QWidget *parent) {
                auto *tab = new SensorsTab(core->agents, parent);
                tab->addClassroom(new ClassroomGrid(core->classroomMqtt, core->classroom, tab));
                return tab;
            }},
        {u"mqtt"_s,
            [core](QWidget *parent) {
                return new MqttTab(core->mqtt, core->mqttTopics, core->mqttLog, core->localBroker,
                    core->mqttPlots, parent);
            }},
        {u"tools"_s,
            [core](QWidget *parent) {
                return new ToolsTab(core->nameLookup, core->connectCheck, parent);
            }},
    };
}

void MainWindow::buildUi()
{
    setWindowTitle(tr("NetLab Workbench"));

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"labTabs"_s);
    tabs->setAccessibleName(tr("Labs"));
    tabs->setDocumentMode(true);
    for (const Lab &lab : std::as_const(m_labs)) {
        LabTab *tab = lab.create(tabs);
        tab->setObjectName(lab.key);
        tabs->addTab(tab, tab->title());
        connect(tab, &LabTab::statusMessage, this, [this](const QString &message) {
            statusBar()->showMessage(message, kStatusTimeoutMs);
        });
        connect(tab, &LabTab::titleChanged, this, [this, tab] {
            const int index = m_tabs ? m_tabs->indexOf(tab) : -1;
            if (index >= 0)
                m_tabs->setTabText(index, tab->title());
        });
        m_settings->beginGroup(u"tabs/"_s + lab.key);
        tab->restoreSettings(*m_settings);
        m_settings->endGroup();
        completeAccessibleNames(tab);
    }
    delete m_tabs;
    m_tabs = tabs;
    setCentralWidget(m_tabs);
    // The built-in simulated agent (if armed) starts when the Sensors tab is first shown.
    const auto startAgentFor = [this](int index) {
        if (m_tabs && index >= 0 && m_tabs->widget(index)->objectName() == u"sensors")
            m_core->startEmbeddedAgent();
    };
    connect(m_tabs, &QTabWidget::currentChanged, this, startAgentFor);
    createMenus();
    statusBar()->showMessage(tr("Ready"), kStatusTimeoutMs);
}

void MainWindow::createMenus()
{
    menuBar()->clear();

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *saveLog = file->addAction(tr("&Save log…"), this, [this] {
        if (LabTab *tab = currentTab())
            tab->saveLog();
    });
    saveLog->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *session = menuBar()->addMenu(tr("&Session"));
    QAction *toggle = session->addAction(tr("&Connect / disconnect, start / stop"), this, [this] {
        if (LabTab *tab = currentTab())
            tab->toggleConnection();
    });
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *send = session->addAction(tr("S&end"), this, [this] {
        if (LabTab *tab = currentTab())
            tab->send();
    });
    send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    QAction *clear = session->addAction(tr("C&lear log"), this, [this] {
        if (LabTab *tab = currentTab())
            tab->clearLog();
    });
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    session->addSeparator();
    for (int i = 0; i < m_tabs->count() && i < 9; ++i) {
        QAction *go = session->addAction(tr("Go to %1").arg(m_tabs->tabText(i)), this,
            [this, i] { m_tabs->setCurrentIndex(i); });
        go->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    QMenu *settingsMenu = menuBar()->addMenu(tr("Se&ttings"));
    QMenu *languageMenu = settingsMenu->addMenu(tr("&Language"));
    auto *languageGroup = new QActionGroup(languageMenu);
    for (const LanguageManager::Language &language : LanguageManager::availableLanguages()) {
        QAction *action = languageMenu->addAction(language.nativeName);
        action->setCheckable(true);
        action->setChecked(language.code == m_languages->language());
        action->setData(language.code);
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this,
            [this, code = language.code] { switchLanguage(code); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About NetLab Workbench"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

QList<LabTab *> MainWindow::tabs() const
{
    QList<LabTab *> result;
    for (int i = 0; i < m_tabs->count(); ++i)
        result.append(qobject_cast<LabTab *>(m_tabs->widget(i)));
    return result;
}

LabTab *MainWindow::currentTab() const
{
    return qobject_cast<LabTab *>(m_tabs->currentWidget());
}

void MainWindow::setCurrentTab(const QString &key)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->objectName() == key)
            m_tabs->setCurrentIndex(i);
    }
}

void MainWindow::saveSettings()
{
    m_settings->beginGroup(u"window"_s);
    m_settings->setValue(u"geometry"_s, saveGeometry());
    if (LabTab *tab = currentTab())
        m_settings->setValue(u"currentTab"_s, tab->key());
    m_settings->endGroup();
    for (LabTab *tab : tabs()) {
        m_settings->beginGroup(u"tabs/"_s + tab->key());
        tab->saveSettings(*m_settings);
        m_settings->endGroup();
    }
    m_settings->setValue(u"language"_s, m_languages->language());
    m_settings->sync();
}

void MainWindow::switchLanguage(const QString &code)
{
    // Tabs hold no session state: save their inputs, rebuild them in the new language,
    // and give their inputs back. Connections, servers and logs live on in the core.
    const QString current = currentTab() ? currentTab()->key() : QString();
    saveSettings();
    if (!m_languages->setLanguage(code)) {
        QMessageBox::warning(this, tr("Language"),
            tr("The translation for this language is missing from this build."));
    }
    m_settings->setValue(u"language"_s, code);
    setLocale(QLocale()); // the new tabs' spin boxes and numbers follow the language shown
    buildUi();
    setCurrentTab(current);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About NetLab Workbench"),
        tr("<h3>NetLab Workbench %1</h3>"
           "<p>A workbench for network programming and small IoT labs: sockets, "
           "frames, chat, HTTP, serial links and sensors, with the bytes on the wire in "
           "view.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QStringLiteral(NETLAB_VERSION_STRING), QStringLiteral(QT_VERSION_STR),
                QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace netlab
