#include "udpsenderpanel.h"

#include "endpointpicker.h"
#include "sendpanel.h"
#include "statusline.h"
#include "udpformfields.h"

#include <netlab/demostreams.h>
#include <netlab/socketcode.h>
#include <netlab/socketerror.h>
#include <netlab/udpportstatsmodel.h>
#include <netlab/udpsender.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace netlab {

using udpform::buddyLabel;

namespace {
constexpr int kPayloadPanel = 0;
constexpr int kPayloadStruct = 1;
} // namespace

UdpSenderPanel::UdpSenderPanel(UdpSender *sender, StatusLine *status, QWidget *parent)
    : QGroupBox(parent)
    , m_sender(sender)
    , m_status(status)
{
    setTitle(tr("Send"));
    setObjectName(u"senderPanel"_s);
    m_target = new EndpointPicker(this);
    m_target->setObjectName(u"sendTarget"_s);
    fillTargets();
    m_target->setHost(u"127.0.0.1"_s);
    m_target->setPort(DemoStreams::kTextPort);

    m_broadcastCheck = new QCheckBox(tr("Allow &broadcast"), this);
    m_broadcastCheck->setObjectName(u"broadcastCheck"_s);
    m_broadcastCheck->setAccessibleName(tr("Allow broadcast"));
    m_broadcastCheck->setToolTip(tr("Needed to send to 255.255.255.255 or a network's broadcast "
                                    "address: every host on the network receives it"));

    m_ttlSpin = new QSpinBox(this);
    m_ttlSpin->setObjectName(u"ttlSpin"_s);
    m_ttlSpin->setRange(0, 255);
    m_ttlSpin->setValue(1);
    m_ttlSpin->setAccessibleName(tr("Multicast TTL"));
    m_ttlSpin->setToolTip(
        tr("Multicast only: 1 stays on this network, each router lowers it by one"));
    m_interfaceCombo = new QComboBox(this);
    m_interfaceCombo->setObjectName(u"sendInterfaceCombo"_s);
    m_interfaceCombo->setAccessibleName(tr("Multicast interface to send from"));
    m_interfaceCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_interfaceCombo->setMinimumContentsLength(8);
    udpform::fillMulticastInterfaces(m_interfaceCombo);

    m_payloadKindCombo = new QComboBox(this);
    m_payloadKindCombo->setObjectName(u"payloadKindCombo"_s);
    m_payloadKindCombo->setAccessibleName(tr("Payload"));
    m_payloadKindCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_payloadKindCombo->setMinimumContentsLength(8);
    m_payloadKindCombo->addItem(tr("Text or hex"), kPayloadPanel);
    m_payloadKindCombo->addItem(tr("Struct frame"), kPayloadStruct);

    m_sendPanel = new SendPanel(this);
    m_sendPanel->setObjectName(u"sendPanel"_s);
    m_sendPanel->sendButton()->hide(); // one Send button for both payload kinds
    connect(m_sendPanel, &SendPanel::sendRequested, this, [this] { send(); });

    m_presetCombo = new QComboBox(this);
    m_presetCombo->setObjectName(u"sendPresetCombo"_s);
    m_presetCombo->setAccessibleName(tr("Frame preset to send"));
    udpform::fillPresets(m_presetCombo);
    m_formatEdit = new QLineEdit(this);
    m_formatEdit->setObjectName(u"sendFormatEdit"_s);
    m_formatEdit->setAccessibleName(tr("Struct format to send"));
    m_formatEdit->setMaxLength(int(StructFormat::kMaxFormatLength));
    m_valuesEdit = new QLineEdit(this);
    m_valuesEdit->setObjectName(u"valuesEdit"_s);
    m_valuesEdit->setAccessibleName(tr("Values"));
    m_valuesEdit->setMaxLength(65536);
    m_valuesEdit->setPlaceholderText(tr("one per field, space-separated; now = current time"));
    m_valuesEdit->setText(u"now -12 7 359 87 1013.25 0.1 -9.81 0"_s);
    connect(m_presetCombo, &QComboBox::currentIndexChanged, this,
        [this] { udpform::applyPreset(m_presetCombo, m_formatEdit, nullptr); });
    udpform::applyPreset(m_presetCombo, m_formatEdit, nullptr);
    connect(m_valuesEdit, &QLineEdit::returnPressed, this, &UdpSenderPanel::send);

    auto *structPage = new QWidget(this);
    auto *structForm = new QFormLayout(structPage);
    structForm->setContentsMargins(0, 0, 0, 0);
    structForm->addRow(buddyLabel(tr("Pre&set:"), m_presetCombo, structPage), m_presetCombo);
    structForm->addRow(buddyLabel(tr("Fo&rmat:"), m_formatEdit, structPage), m_formatEdit);
    structForm->addRow(buddyLabel(tr("&Values:"), m_valuesEdit, structPage), m_valuesEdit);
    m_payloadStack = new QStackedWidget(this);
    m_payloadStack->addWidget(m_sendPanel);
    m_payloadStack->addWidget(structPage);
    m_payloadStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_payloadKindCombo, &QComboBox::currentIndexChanged, m_payloadStack,
        &QStackedWidget::setCurrentIndex);

    m_countSpin = new QSpinBox(this);
    m_countSpin->setObjectName(u"countSpin"_s);
    m_countSpin->setAccessibleName(tr("Number of datagrams"));
    m_countSpin->setRange(1, 100000000);
    m_countSpin->setValue(1);
    m_rateSpin = new QDoubleSpinBox(this);
    m_rateSpin->setObjectName(u"rateSpin"_s);
    m_rateSpin->setAccessibleName(tr("Datagrams per second"));
    m_rateSpin->setRange(0, 1000000);
    m_rateSpin->setDecimals(1);
    m_rateSpin->setValue(10);
    m_rateSpin->setSpecialValueText(tr("flat out"));
    m_rateSpin->setSuffix(tr(" /s"));

    m_sendButton = new QPushButton(tr("&Send"), this);
    m_sendButton->setObjectName(u"sendButton"_s);
    m_sendButton->setAccessibleName(tr("Send"));
    m_sendButton->setToolTip(tr("Send (Ctrl+Return)"));
    m_stopButton = new QPushButton(tr("S&top"), this);
    m_stopButton->setObjectName(u"stopSendButton"_s);
    m_stopButton->setAccessibleName(tr("Stop sending"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"sendProgress"_s);
    m_progress->setAccessibleName(tr("Datagrams sent"));
    m_progress->setFormat(tr("%v / %m"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    connect(m_sendButton, &QPushButton::clicked, this, &UdpSenderPanel::send);
    connect(m_stopButton, &QPushButton::clicked, this, &UdpSenderPanel::stop);

    auto *form = new QFormLayout;
    form->addRow(tr("To:"), m_target);
    auto *multicastRow = new QHBoxLayout;
    multicastRow->addWidget(m_ttlSpin);
    multicastRow->addWidget(m_interfaceCombo, 1);
    form->addRow(QString(), m_broadcastCheck);
    form->addRow(buddyLabel(tr("Multicast TT&L:"), m_ttlSpin, this), multicastRow);
    form->addRow(buddyLabel(tr("Pa&yload:"), m_payloadKindCombo, this), m_payloadKindCombo);
    auto *repeatRow = new QHBoxLayout;
    repeatRow->addWidget(m_countSpin);
    repeatRow->addWidget(buddyLabel(tr("&at"), m_rateSpin, this));
    repeatRow->addWidget(m_rateSpin);
    form->addRow(buddyLabel(tr("&Count:"), m_countSpin, this), repeatRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sendButton);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_progress, 1);
    m_extraButtons = new QHBoxLayout;
    m_extraButtons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_payloadStack);
    layout->addLayout(buttons);
    layout->addLayout(m_extraButtons);

    connect(m_sender, &UdpSender::errorOccurred, this, &UdpSenderPanel::showError);
    connect(m_sender, &UdpSender::runningChanged, this, &UdpSenderPanel::showState);
    connect(m_sender, &UdpSender::progress, this, [this](qint64 sent, qint64 count) {
        m_progress->setMaximum(int(qMin<qint64>(count, std::numeric_limits<int>::max())));
        m_progress->setValue(int(qMin<qint64>(sent, m_progress->maximum())));
    });
    connect(m_sender, &UdpSender::finished, this, &UdpSenderPanel::showFinished);

    connect(m_target, &EndpointPicker::endpointChanged, this, &UdpSenderPanel::codeChanged);
    connect(m_broadcastCheck, &QCheckBox::toggled, this, &UdpSenderPanel::codeChanged);
    connect(
        m_payloadKindCombo, &QComboBox::currentIndexChanged, this, &UdpSenderPanel::codeChanged);
    connect(m_sendPanel, &SendPanel::contentChanged, this, &UdpSenderPanel::codeChanged);
    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, &UdpSenderPanel::codeChanged);
    connect(m_formatEdit, &QLineEdit::textChanged, this, &UdpSenderPanel::codeChanged);
    connect(m_valuesEdit, &QLineEdit::textChanged, this, &UdpSenderPanel::codeChanged);
    connect(m_countSpin, &QSpinBox::valueChanged, this, &UdpSenderPanel::codeChanged);
    connect(m_rateSpin, &QDoubleSpinBox::valueChanged, this, &UdpSenderPanel::codeChanged);

    showState();
}

void UdpSenderPanel::addButton(QWidget *button)
{
    m_extraButtons->addWidget(button);
}

void UdpSenderPanel::showError(const QString &message)
{
    m_status->showError(message);
    emit statusMessage(message);
}

void UdpSenderPanel::fillTargets()
{
    QComboBox *hosts = m_target->hostCombo();
    const QString current = hosts->currentText();
    const QList<UdpSender::BroadcastChoice> broadcasts = UdpSender::broadcastAddresses();
    for (const UdpSender::BroadcastChoice &choice : broadcasts) {
        if (hosts->findText(choice.address.toString()) < 0)
            hosts->addItem(choice.address.toString());
    }
    hosts->setEditText(current); // offered, not chosen
}

bool UdpSenderPanel::structValues(UdpSenderCode &settings, QString *error) const
{
    StructFormat format = udpform::chosenPreset(m_presetCombo).value_or(StructFormat());
    if (!format.isValid())
        format = StructFormat::parse(m_formatEdit->text().trimmed());
    if (!format.isValid()) {
        *error = tr("Format: %1").arg(format.errorString());
        return false;
    }
    settings.format = format;
    QStringList texts = m_valuesEdit->text().split(u' ', Qt::SkipEmptyParts);
    const QList<StructField> fields = format.fields();
    const QString now = QString::number(QDateTime::currentMSecsSinceEpoch() / 1000.0, 'f', 3);
    for (qsizetype k = 0; k < texts.size() && k < fields.size(); ++k) {
        const char code = fields.at(k).code;
        if (texts.at(k) == u"now" && (code == 'd' || code == 'f' || code == 'e'))
            texts[k] = now;
    }
    return format.valuesFromStrings(texts, settings.values, error);
}

std::optional<QByteArray> UdpSenderPanel::payload(QString *error) const
{
    if (m_payloadKindCombo->currentData().toInt() == kPayloadPanel)
        return m_sendPanel->payload(error);
    UdpSenderCode frame;
    QByteArray bytes;
    if (!structValues(frame, error) || !frame.format.encode(frame.values, bytes, error))
        return std::nullopt;
    return bytes;
}

void UdpSenderPanel::send()
{
    if (m_sender->isRunning()) {
        m_status->showInfo(tr("Still sending: stop it first"));
        return;
    }
    if (!m_target->isValid()) {
        showError(m_target->errorString());
        return;
    }
    QString error;
    const std::optional<QByteArray> bytes = payload(&error);
    if (!bytes) {
        showError(error);
        return;
    }
    UdpSendJob job;
    job.host = m_target->host();
    job.port = m_target->port();
    job.payload = *bytes;
    job.count = m_countSpin->value();
    job.rate = job.count > 1 ? m_rateSpin->value() : 0;
    job.allowBroadcast = m_broadcastCheck->isChecked();
    job.multicastTtl = m_ttlSpin->value();
    const QString interfaceName = m_interfaceCombo->currentData().toString();
    if (!interfaceName.isEmpty())
        job.multicastInterface = QNetworkInterface::interfaceFromName(interfaceName);
    m_progress->setRange(0, int(job.count));
    m_progress->setValue(0);
    if (m_sender->start(job))
        m_target->rememberCurrent();
}

void UdpSenderPanel::stop()
{
    m_sender->stop();
}

void UdpSenderPanel::showState()
{
    const bool running = m_sender->isRunning();
    m_sendButton->setEnabled(!running);
    m_stopButton->setEnabled(running);
    if (running || m_sender->sent() > 0) {
        m_progress->setRange(0, int(qMin<qint64>(m_sender->job().count, 100000000)));
        m_progress->setValue(int(qMin<qint64>(m_sender->sent(), m_progress->maximum())));
    }
}

void UdpSenderPanel::showFinished()
{
    if (m_sender->failures() > 0 && m_sender->sent() == m_sender->failures())
        return; // the error is already shown
    const QString where = formatEndpoint(m_sender->address(), m_sender->job().port);
    const QString text = tr(
        "Sent %n datagram(s) to %1 (%2/s)", nullptr, int(m_sender->sent() - m_sender->failures()))
                             .arg(where, UdpPortStatsModel::rateText(m_sender->achievedRate()));
    if (m_sender->failures() > 0)
        m_status->showError(text
            + tr("; %n failed: %1", nullptr, m_sender->failures()).arg(m_sender->errorString()));
    else
        m_status->showInfo(m_sender->wasStopped() ? tr("Stopped. ") + text : text);
    emit statusMessage(m_status->text());
}

GeneratedCode UdpSenderPanel::code() const
{
    UdpSenderCode settings;
    settings.host = m_target->host();
    settings.port = m_target->port();
    if (m_payloadKindCombo->currentData().toInt() == kPayloadStruct) {
        settings.payload = UdpSenderCode::Payload::Struct;
        QString error; // values still being typed: the program packs what parses so far
        structValues(settings, &error);
    } else if (m_sendPanel->mode() == SendPanel::Mode::Hex) {
        QString error; // hex still being typed (not valid yet): the program sends no bytes
        settings.payload = UdpSenderCode::Payload::Bytes;
        settings.bytes = m_sendPanel->payload(&error).value_or(QByteArray());
    } else {
        settings.payload = UdpSenderCode::Payload::Text;
        settings.text = m_sendPanel->text() + QString::fromLatin1(m_sendPanel->lineEnding());
        settings.codec = TextCodec(m_sendPanel->encoding());
    }
    settings.count = m_countSpin->value();
    settings.rate = settings.count > 1 ? m_rateSpin->value() : 0;
    settings.broadcast = m_broadcastCheck->isChecked();
    return SocketCode::udpSender(settings);
}

void UdpSenderPanel::saveSettings(QSettings &settings) const
{
    // EndpointPicker ("host", "port", "hostHistory") and SendPanel ("sendMode", "message",
    // …) keys do not collide with the tab's own.
    m_target->saveSettings(settings);
    m_sendPanel->saveSettings(settings);
    settings.setValue(u"allowBroadcast"_s, m_broadcastCheck->isChecked());
    settings.setValue(u"ttl"_s, m_ttlSpin->value());
    settings.setValue(u"payloadKind"_s, m_payloadKindCombo->currentData());
    settings.setValue(u"sendPreset"_s, m_presetCombo->currentData());
    settings.setValue(u"sendFormat"_s, m_formatEdit->text());
    settings.setValue(u"values"_s, m_valuesEdit->text());
    settings.setValue(u"count"_s, m_countSpin->value());
    settings.setValue(u"rate"_s, m_rateSpin->value());
}

void UdpSenderPanel::restoreSettings(const QSettings &settings)
{
    const auto selectData = [](QComboBox *combo, const QVariant &value) {
        const int index = combo->findData(value);
        if (index >= 0)
            combo->setCurrentIndex(index);
    };
    if (settings.contains(u"host"_s))
        m_target->restoreSettings(settings);
    m_sendPanel->restoreSettings(settings);
    fillTargets();
    m_broadcastCheck->setChecked(settings.value(u"allowBroadcast"_s, false).toBool());
    m_ttlSpin->setValue(settings.value(u"ttl"_s, 1).toInt());
    if (settings.contains(u"payloadKind"_s))
        selectData(m_payloadKindCombo, settings.value(u"payloadKind"_s).toInt());
    if (settings.contains(u"sendPreset"_s))
        selectData(m_presetCombo, settings.value(u"sendPreset"_s).toString());
    if (m_presetCombo->currentData().toString() == udpform::customPreset())
        m_formatEdit->setText(settings.value(u"sendFormat"_s).toString());
    if (settings.contains(u"values"_s))
        m_valuesEdit->setText(settings.value(u"values"_s).toString());
    m_countSpin->setValue(settings.value(u"count"_s, 1).toInt());
    m_rateSpin->setValue(settings.value(u"rate"_s, 10.0).toDouble());
}

} // namespace netlab
