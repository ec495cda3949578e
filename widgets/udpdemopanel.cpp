#include "udpdemopanel.h"

#include "statusline.h"
#include "udpformfields.h"

#include <netlab/demostreams.h>
#include <netlab/udpsender.h>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace netlab {

using udpform::buddyLabel;

UdpDemoPanel::UdpDemoPanel(DemoStreams *demo, StatusLine *status, QWidget *parent)
    : QGroupBox(parent)
    , m_demo(demo)
    , m_status(status)
{
    setTitle(tr("Demo streams"));
    setObjectName(u"demoPanel"_s);
    m_targetCombo = new QComboBox(this);
    m_targetCombo->setObjectName(u"demoTargetCombo"_s);
    m_targetCombo->setAccessibleName(tr("Send the demo streams to"));
    m_targetCombo->setEditable(true);
    m_targetCombo->setInsertPolicy(QComboBox::NoInsert);
    m_targetCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_targetCombo->setMinimumContentsLength(12);
    m_targetCombo->addItem(u"127.0.0.1"_s);
    const QList<UdpSender::BroadcastChoice> broadcasts = UdpSender::broadcastAddresses();
    for (const UdpSender::BroadcastChoice &choice : broadcasts)
        m_targetCombo->addItem(choice.address.toString());
    m_targetCombo->setToolTip(tr("127.0.0.1 stays on this machine; a broadcast address "
                                 "reaches every classmate on the network"));
    m_textPortSpin = new QSpinBox(this);
    m_textPortSpin->setObjectName(u"demoTextPortSpin"_s);
    m_textPortSpin->setAccessibleName(tr("Sensor lines port"));
    m_textPortSpin->setRange(1, 65535);
    m_textPortSpin->setValue(m_demo->textPort());
    m_dronePortSpin = new QSpinBox(this);
    m_dronePortSpin->setObjectName(u"demoDronePortSpin"_s);
    m_dronePortSpin->setAccessibleName(tr("Drone frames port"));
    m_dronePortSpin->setRange(1, 65535);
    m_dronePortSpin->setValue(m_demo->dronePort());
    m_button = new QPushButton(this);
    m_button->setObjectName(u"demoButton"_s);
    m_button->setAccessibleName(tr("Start or stop the demo streams"));
    m_button->setToolTip(tr("Start or stop the demo streams (Ctrl+K)"));
    m_label = new QLabel(this);
    m_label->setObjectName(u"demoLabel"_s);
    m_label->setWordWrap(true);
    connect(m_button, &QPushButton::clicked, this, &UdpDemoPanel::toggle);

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("T&o:"), m_targetCombo, this), m_targetCombo);
    auto *ports = new QHBoxLayout;
    ports->addWidget(m_textPortSpin);
    ports->addWidget(buddyLabel(tr("&drone"), m_dronePortSpin, this));
    ports->addWidget(m_dronePortSpin);
    form->addRow(buddyLabel(tr("Ports: sens&or"), m_textPortSpin, this), ports);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_button);
    layout->addWidget(m_label);

    connect(m_demo, &DemoStreams::errorOccurred, this, [this](const QString &message) {
        m_status->showError(message);
        emit statusMessage(message);
    });
    connect(m_demo, &DemoStreams::runningChanged, this, &UdpDemoPanel::showState);
    connect(m_demo, &DemoStreams::progress, this, &UdpDemoPanel::showState);
    showState();
}

quint16 UdpDemoPanel::textPort() const
{
    return quint16(m_textPortSpin->value());
}

quint16 UdpDemoPanel::dronePort() const
{
    return quint16(m_dronePortSpin->value());
}

void UdpDemoPanel::toggle()
{
    if (m_demo->isRunning()) {
        m_demo->stop();
        return;
    }
    QHostAddress address;
    const QString text = m_targetCombo->currentText().trimmed();
    if (!address.setAddress(text)) {
        const QString message
            = tr("'%1' is not an IP address: use 127.0.0.1 or a broadcast address such as "
                 "255.255.255.255")
                  .arg(text);
        m_status->showError(message);
        emit statusMessage(message);
        return;
    }
    m_demo->setDestination(address);
    m_demo->setTextPort(textPort());
    m_demo->setDronePort(dronePort());
    if (!m_demo->start())
        return;
    emit started();
    m_status->showInfo(tr("Demo streams to %1: sensor lines on %2, drone frames on %3")
                           .arg(address.toString())
                           .arg(m_demo->textPort())
                           .arg(m_demo->dronePort()));
}

void UdpDemoPanel::showState()
{
    const bool running = m_demo->isRunning();
    m_button->setText(running ? tr("Stop demo streams") : tr("Start demo streams"));
    m_targetCombo->setEnabled(!running);
    m_textPortSpin->setEnabled(!running);
    m_dronePortSpin->setEnabled(!running);
    if (running)
        m_label->setText(
            tr("%1 sensor lines and %2 drone frames sent to %3")
                .arg(QLocale().toString(m_demo->linesSent()),
                    QLocale().toString(m_demo->framesSent()), m_demo->destination().toString()));
    else
        m_label->setText(tr("Sensor lines at %1/s and drone frames at %2/s, like the "
                            "course's lab")
                             .arg(m_demo->textRate())
                             .arg(m_demo->droneRate()));
}

void UdpDemoPanel::saveSettings(QSettings &settings) const
{
    settings.setValue(u"demoDestination"_s, m_targetCombo->currentText());
    settings.setValue(u"demoTextPort"_s, m_textPortSpin->value());
    settings.setValue(u"demoDronePort"_s, m_dronePortSpin->value());
}

void UdpDemoPanel::restoreSettings(const QSettings &settings)
{
    if (m_demo->isRunning())
        return; // the running streams' settings are shown
    const QString destination = settings.value(u"demoDestination"_s).toString();
    if (!destination.isEmpty())
        m_targetCombo->setEditText(destination);
    m_textPortSpin->setValue(settings.value(u"demoTextPort"_s, m_textPortSpin->value()).toInt());
    m_dronePortSpin->setValue(settings.value(u"demoDronePort"_s, m_dronePortSpin->value()).toInt());
}

} // namespace netlab
