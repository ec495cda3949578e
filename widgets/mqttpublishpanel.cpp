#include "mqttpublishpanel.h"

#include <netlab/hexcodec.h>
#include <netlab/mqttclient.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace netlab {

MqttPublishPanel::MqttPublishPanel(MqttClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_timer(new QTimer(this))
{
    auto *form = new QFormLayout(this);
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        buddy->setAccessibleName(QString(text).remove(u'&').remove(u':'));
        return l;
    };
    m_topic = new QLineEdit(u"lab/test"_s, this);
    m_topic->setObjectName(u"mqttPublishTopic"_s);
    form->addRow(label(tr("T&opic:"), m_topic), m_topic);

    m_format = new QComboBox(this);
    m_format->setObjectName(u"mqttPublishFormat"_s);
    m_format->addItems({tr("Text (UTF-8)"), tr("JSON"), tr("Hex")});
    m_qos = new QComboBox(this);
    m_qos->setObjectName(u"mqttPublishQos"_s);
    m_qos->addItems({u"QoS 0"_s, u"QoS 1"_s, u"QoS 2"_s});
    m_qos->setAccessibleName(tr("Publish QoS"));
    m_retain = new QCheckBox(tr("&Retain"), this);
    m_retain->setObjectName(u"mqttPublishRetain"_s);
    m_retain->setAccessibleName(tr("Retain"));
    auto *options = new QHBoxLayout;
    options->addWidget(m_format);
    options->addWidget(m_qos);
    options->addWidget(m_retain);
    options->addStretch();
    form->addRow(label(tr("&Format:"), m_format), options);

    m_payload = new QPlainTextEdit(this);
    m_payload->setObjectName(u"mqttPublishPayload"_s);
    m_payload->setPlainText(u"22.5"_s);
    m_payload->setMaximumHeight(90);
    form->addRow(label(tr("&Payload:"), m_payload), m_payload);

    m_count = new QSpinBox(this);
    m_count->setObjectName(u"mqttPublishCount"_s);
    m_count->setRange(1, 1'000'000);
    m_rate = new QDoubleSpinBox(this);
    m_rate->setObjectName(u"mqttPublishRate"_s);
    m_rate->setRange(0.1, 1000);
    m_rate->setValue(10);
    m_rate->setSuffix(tr(" /s"));
    m_rate->setAccessibleName(tr("Messages per second"));
    m_publish = new QPushButton(tr("P&ublish"), this);
    m_publish->setObjectName(u"mqttPublishButton"_s);
    m_publish->setAccessibleName(tr("Publish"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"mqttPublishCancel"_s);
    m_cancel->setAccessibleName(tr("Cancel publishing"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"mqttPublishProgress"_s);
    m_progress->setAccessibleName(tr("Publish progress"));
    m_progress->setVisible(false);
    auto *repeat = new QHBoxLayout;
    repeat->addWidget(m_count);
    repeat->addWidget(new QLabel(tr("at"), this));
    repeat->addWidget(m_rate);
    repeat->addWidget(m_publish);
    repeat->addWidget(m_cancel);
    repeat->addWidget(m_progress, 1);
    form->addRow(label(tr("&Times:"), m_count), repeat);

    connect(m_publish, &QPushButton::clicked, this, &MqttPublishPanel::publish);
    connect(m_cancel, &QPushButton::clicked, this, &MqttPublishPanel::cancel);
    connect(m_timer, &QTimer::timeout, this, &MqttPublishPanel::publishNext);
    connect(m_topic, &QLineEdit::textChanged, this, &MqttPublishPanel::contentChanged);
    connect(m_payload, &QPlainTextEdit::textChanged, this, &MqttPublishPanel::contentChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, &MqttPublishPanel::contentChanged);
    connect(m_qos, &QComboBox::currentIndexChanged, this, &MqttPublishPanel::contentChanged);
    connect(m_retain, &QCheckBox::toggled, this, &MqttPublishPanel::contentChanged);
}

QString MqttPublishPanel::topic() const
{
    return m_topic->text();
}

int MqttPublishPanel::qos() const
{
    return m_qos->currentIndex();
}

bool MqttPublishPanel::retain() const
{
    return m_retain->isChecked();
}

bool MqttPublishPanel::payload(QByteArray *bytes, QString *error) const
{
    const QString text = m_payload->toPlainText();
    switch (m_format->currentIndex()) {
    case 1: {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *error = tr("the payload is not JSON: %1 at character %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset + 1);
            return false;
        }
        *bytes = document.toJson(QJsonDocument::Compact);
        return true;
    }
    case 2: {
        const HexParseResult parsed = parseHex(text);
        if (!parsed.ok) {
            *error = tr("the payload is not hex: %1").arg(parsed.errorString);
            return false;
        }
        *bytes = parsed.bytes;
        return true;
    }
    default:
        *bytes = text.toUtf8();
        return true;
    }
}

bool MqttPublishPanel::isRunning() const
{
    return m_remaining > 0;
}

void MqttPublishPanel::publish()
{
    if (isRunning())
        return;
    QString error;
    if (!payload(&m_runPayload, &error)) {
        emit errorOccurred(error);
        return;
    }
    if (!MqttClient::isValidTopic(m_topic->text())) {
        emit errorOccurred(
            tr("'%1' is not a topic to publish to (no + or #, not empty)").arg(m_topic->text()));
        return;
    }
    m_remaining = m_count->value();
    m_sent = 0;
    if (m_remaining > 1) {
        m_progress->setRange(0, m_remaining);
        m_progress->setValue(0);
        m_progress->setVisible(true);
        m_cancel->setEnabled(true);
        m_publish->setEnabled(false);
        m_timer->start(qMax(1, int(1000.0 / m_rate->value())));
    }
    publishNext();
}

void MqttPublishPanel::publishNext()
{
    if (m_remaining <= 0)
        return;
    const QString topic = m_topic->text();
    const int qos = m_qos->currentIndex();
    const bool retain = m_retain->isChecked();
    if (m_client->publish(topic, m_runPayload, qos, retain) == 0) {
        cancel();
        return;
    }
    emit messagePublished(topic, m_runPayload, qos, retain);
    ++m_sent;
    --m_remaining;
    m_progress->setValue(m_sent);
    if (m_remaining == 0) {
        if (m_sent > 1)
            emit info(tr("published %1 messages to %2").arg(m_sent).arg(topic));
        cancel();
    }
}

void MqttPublishPanel::cancel()
{
    if (m_remaining > 0)
        emit info(tr("publishing cancelled after %1 messages").arg(m_sent));
    m_remaining = 0;
    m_timer->stop();
    m_cancel->setEnabled(false);
    m_publish->setEnabled(true);
    m_progress->setVisible(false);
}

void MqttPublishPanel::saveSettings(QSettings &settings) const
{
    settings.setValue(u"publishTopic"_s, m_topic->text());
    settings.setValue(u"publishFormat"_s, m_format->currentIndex());
    settings.setValue(u"publishPayload"_s, m_payload->toPlainText());
    settings.setValue(u"publishQos"_s, m_qos->currentIndex());
    settings.setValue(u"publishRetain"_s, m_retain->isChecked());
    settings.setValue(u"publishCount"_s, m_count->value());
    settings.setValue(u"publishRate"_s, m_rate->value());
}

void MqttPublishPanel::restoreSettings(const QSettings &settings)
{
    m_topic->setText(settings.value(u"publishTopic"_s, m_topic->text()).toString());
    m_format->setCurrentIndex(qBound(0, settings.value(u"publishFormat"_s, 0).toInt(), 2));
    m_payload->setPlainText(
        settings.value(u"publishPayload"_s, m_payload->toPlainText()).toString());
    m_qos->setCurrentIndex(qBound(0, settings.value(u"publishQos"_s, 0).toInt(), 2));
    m_retain->setChecked(settings.value(u"publishRetain"_s, false).toBool());
    m_count->setValue(settings.value(u"publishCount"_s, 1).toInt());
    m_rate->setValue(settings.value(u"publishRate"_s, 10.0).toDouble());
}

} // namespace netlab
