#include "udptab.h"

#include "codeview.h"
#include "fieldplotpanel.h"
#include "statusline.h"
#include "udpdemopanel.h"
#include "udplistenerpanel.h"
#include "udpmessagespanel.h"
#include "udpsenderpanel.h"

#include <netlab/udplistener.h>

#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace netlab {

UdpTab::UdpTab(UdpListener *listener, UdpCapture *capture, UdpSender *sender, DemoStreams *demo,
    FramePlots *plots, QWidget *parent)
    : LabTab(parent)
    , m_listener(listener)
{
    m_status = new StatusLine(this);
    m_status->setObjectName(u"statusLine"_s);

    m_listenerPanel = new UdpListenerPanel(listener, m_status, this);
    m_messagesPanel = new UdpMessagesPanel(listener, capture, m_status, this);
    m_senderPanel = new UdpSenderPanel(sender, m_status, this);
    m_demoPanel = new UdpDemoPanel(demo, m_status, this);

    // Each part's program in its own view, shown under the part by its own toggle.
    m_listenerCode = new CodeView([this] { return code(); }, this);
    m_listenerCode->setObjectName(u"listenerCodeView"_s);
    connect(this, &LabTab::codeChanged, m_listenerCode, &CodeView::settingsChanged);
    connect(m_listenerPanel, &UdpListenerPanel::codeChanged, this, &LabTab::codeChanged);
    QPushButton *listenerToggle = m_listenerCode->toggleButton();
    listenerToggle->setObjectName(u"showListenerCodeButton"_s);
    listenerToggle->setText(tr("S&how as code"));
    listenerToggle->setAccessibleName(tr("Show the listener as code"));
    listenerToggle->setToolTip(tr("The program that listens on these ports and decodes what "
                                  "arrives as this tab does"));
    m_listenerPanel->addButton(listenerToggle);

    m_senderCode = new CodeView(
        [this] { return senderCode(); }, m_senderPanel, &UdpSenderPanel::codeChanged, this);
    m_senderCode->setObjectName(u"senderCodeView"_s);
    QPushButton *senderToggle = m_senderCode->toggleButton();
    senderToggle->setObjectName(u"showSenderCodeButton"_s);
    senderToggle->setAccessibleName(tr("Show the sender as code"));
    senderToggle->setToolTip(tr("The program that sends these datagrams as this tab does"));
    m_senderPanel->addButton(senderToggle);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(u"listenerSplitter"_s);
    left->setChildrenCollapsible(false);
    left->addWidget(m_listenerPanel);
    left->addWidget(m_listenerCode);
    // The messages and the live plot share the lower pane: stacked in a 720-pixel window,
    // each got a few rows and a chart too short to draw.
    m_lowerTabs = new QTabWidget(this);
    m_lowerTabs->setObjectName(u"udpLowerTabs"_s);
    m_lowerTabs->setAccessibleName(tr("Received messages and live plot"));
    m_lowerTabs->addTab(m_messagesPanel, tr("Received messages"));
    m_plotPanel = new FieldPlotPanel(plots, u"udp/"_s, m_status, m_lowerTabs);
    m_plotPanel->setObjectName(u"udpPlot"_s);
    m_lowerTabs->addTab(m_plotPanel, tr("Live plot"));
    left->addWidget(m_lowerTabs);
    left->setStretchFactor(2, 1);
    left->setSizes({220, 0, 480}); // the ports take what they need, the lower pane the rest
    // Shown, the listener's code takes a share of the lower pane; hidden, it gives it back.
    connect(listenerToggle, &QPushButton::toggled, left, [left](bool shown) {
        QList<int> sizes = left->sizes();
        if (sizes.size() != 3 || !left->isVisible())
            return; // not laid out yet: the splitter shares out the room when shown
        if (shown) {
            const int share = qMax(160, sizes.at(2) / 2);
            sizes[1] = share;
            sizes[2] = qMax(0, sizes.at(2) - share);
        } else {
            sizes[2] += sizes.at(1);
            sizes[1] = 0;
        }
        left->setSizes(sizes);
    });

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_senderPanel);
    rightLayout->addWidget(m_senderCode, 10); // the room left, when shown
    rightLayout->addWidget(m_demoPanel);
    rightLayout->addStretch(1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"udpSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({760, 340});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_listener, &UdpListener::errorOccurred, this, &UdpTab::showError);
    connect(
        m_listenerPanel, &UdpListenerPanel::demoPortsRequested, this, &UdpTab::listenToDemoPorts);
    // Each panel reports to the shared status line, and through the tab to the window's
    // status bar.
    connect(m_listenerPanel, &UdpListenerPanel::statusMessage, this, &LabTab::statusMessage);
    connect(m_messagesPanel, &UdpMessagesPanel::statusMessage, this, &LabTab::statusMessage);
    connect(m_senderPanel, &UdpSenderPanel::statusMessage, this, &LabTab::statusMessage);
    connect(m_demoPanel, &UdpDemoPanel::statusMessage, this, &LabTab::statusMessage);
    // The demo brings up the live plot: the drone tilting, out of the box.
    connect(m_demoPanel, &UdpDemoPanel::started, this,
        [this] { m_lowerTabs->setCurrentWidget(m_plotPanel); });
}

// ---------------------------------------------------------------- LabTab

QString UdpTab::title() const
{
    return tr("UDP");
}

QString UdpTab::key() const
{
    return u"udp"_s;
}

GeneratedCode UdpTab::code() const
{
    return m_listenerPanel->code();
}

GeneratedCode UdpTab::senderCode() const
{
    return m_senderPanel->code();
}

void UdpTab::toggleConnection()
{
    toggleDemo();
}

void UdpTab::send()
{
    m_senderPanel->send();
}

void UdpTab::clearLog()
{
    m_messagesPanel->clear();
}

void UdpTab::saveLog()
{
    m_messagesPanel->saveCsv();
}

void UdpTab::showError(const QString &message)
{
    m_status->showError(message);
    emit statusMessage(message);
}

// ---------------------------------------------------------------- the panels' actions

quint16 UdpTab::addPort()
{
    return m_listenerPanel->addPort();
}

void UdpTab::removeSelectedPorts()
{
    m_listenerPanel->removeSelectedPorts();
}

void UdpTab::listenToDemoPorts()
{
    m_listenerPanel->listenToDemoPorts(m_demoPanel->textPort(), m_demoPanel->dronePort());
}

void UdpTab::toggleDemo()
{
    m_demoPanel->toggle();
}

void UdpTab::stopSend()
{
    m_senderPanel->stop();
}

void UdpTab::togglePause()
{
    m_messagesPanel->togglePause();
}

bool UdpTab::exportCsv(const QString &path)
{
    return m_messagesPanel->exportCsv(path);
}

UdpMessageModel *UdpTab::messageModel() const
{
    return m_messagesPanel->model();
}

// ---------------------------------------------------------------- settings

void UdpTab::saveSettings(QSettings &settings) const
{
    // The panels' keys do not collide: they are the ones this tab has always used.
    m_listenerPanel->saveSettings(settings);
    m_messagesPanel->saveSettings(settings);
    m_senderPanel->saveSettings(settings);
    m_plotPanel->saveSettings(settings);
    m_demoPanel->saveSettings(settings);
    settings.setValue(u"showListenerCode"_s, m_listenerCode->toggleButton()->isChecked());
    settings.setValue(u"showSenderCode"_s, m_senderCode->toggleButton()->isChecked());
}

void UdpTab::restoreSettings(const QSettings &settings)
{
    m_listenerPanel->restoreSettings(settings);
    m_messagesPanel->restoreSettings(settings);
    m_senderPanel->restoreSettings(settings);
    m_plotPanel->restoreSettings(settings);
    m_demoPanel->restoreSettings(settings);
    m_listenerCode->toggleButton()->setChecked(settings.value(u"showListenerCode"_s).toBool());
    m_senderCode->toggleButton()->setChecked(settings.value(u"showSenderCode"_s).toBool());
}

} // namespace netlab
