#include "mqttconnectform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {
QComboBox *qosCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItems({u"0"_s, u"1"_s, u"2"_s});
    return combo;
}
} // namespace

MqttConnectForm::MqttConnectForm(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    const auto add = [this, form](const QString &label, QWidget *field, const QString &name) {
        field->setObjectName(name);
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        field->setAccessibleName(QString(label).remove(u'&').remove(u':'));
        form->addRow(text, field);
    };

    m_host = new QLineEdit(u"localhost"_s, this);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(1883);
    m_port->setObjectName(u"mqttPort"_s);
    m_port->setAccessibleName(tr("Broker port"));
    auto *broker = new QWidget(this);
    auto *brokerRow = new QHBoxLayout(broker);
    brokerRow->setContentsMargins(0, 0, 0, 0);
    brokerRow->addWidget(m_host, 1);
    brokerRow->addWidget(m_port);
    add(tr("&Broker:"), broker, u"mqttBroker"_s);
    m_host->setObjectName(u"mqttHost"_s);
    m_host->setAccessibleName(tr("Broker host"));

    m_clientId = new QLineEdit(this);
    m_clientId->setPlaceholderText(tr("made up by the library"));
    add(tr("Client &id:"), m_clientId, u"mqttClientId"_s);

    m_cleanSession = new QCheckBox(tr("&Clean session (off: the broker keeps the session)"), this);
    m_cleanSession->setChecked(true);
    m_cleanSession->setObjectName(u"mqttCleanSession"_s);
    m_cleanSession->setAccessibleName(tr("Clean session"));
    form->addRow(m_cleanSession);

    m_keepAlive = new QSpinBox(this);
    m_keepAlive->setRange(5, 65535);
    m_keepAlive->setValue(60);
    m_keepAlive->setSuffix(tr(" s"));
    add(tr("&Keep-alive:"), m_keepAlive, u"mqttKeepAlive"_s);

    m_protocol = new QComboBox(this);
    m_protocol->addItem(u"MQTT 3.1.1"_s);
    m_protocol->addItem(u"MQTT 5"_s);
    add(tr("&Protocol:"), m_protocol, u"mqttProtocol"_s);

    m_username = new QLineEdit(this);
    add(tr("&User name:"), m_username, u"mqttUsername"_s);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    add(tr("Pass&word:"), m_password, u"mqttPassword"_s);

    m_tls = new QCheckBox(tr("&TLS"), this);
    m_tls->setObjectName(u"mqttTls"_s);
    m_tls->setAccessibleName(tr("TLS"));
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(u"mqttCaFile"_s);
    m_caFile->setAccessibleName(tr("CA file"));
    m_caFile->setPlaceholderText(tr("CA certificate (PEM); empty: the system's"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(u"mqttCaBrowse"_s);
    browse->setAccessibleName(tr("Choose the CA file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("CA certificate"), {}, tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *tls = new QWidget(this);
    auto *tlsRow = new QHBoxLayout(tls);
    tlsRow->setContentsMargins(0, 0, 0, 0);
    tlsRow->addWidget(m_tls);
    tlsRow->addWidget(m_caFile, 1);
    tlsRow->addWidget(browse);
    form->addRow(tls);

    m_willTopic = new QLineEdit(this);
    m_willTopic->setPlaceholderText(tr("none"));
    add(tr("Last &will topic:"), m_willTopic, u"mqttWillTopic"_s);
    m_willPayload = new QLineEdit(this);
    m_willQos = qosCombo(this);
    m_willQos->setObjectName(u"mqttWillQos"_s);
    m_willQos->setAccessibleName(tr("Last will QoS"));
    m_willRetain = new QCheckBox(tr("retain"), this);
    m_willRetain->setObjectName(u"mqttWillRetain"_s);
    m_willRetain->setAccessibleName(tr("Retain the last will"));
    auto *will = new QWidget(this);
    auto *willRow = new QHBoxLayout(will);
    willRow->setContentsMargins(0, 0, 0, 0);
    willRow->addWidget(m_willPayload, 1);
    willRow->addWidget(m_willQos);
    willRow->addWidget(m_willRetain);
    add(tr("Last will &message:"), will, u"mqttWill"_s);
    m_willPayload->setObjectName(u"mqttWillPayload"_s);
    m_willPayload->setAccessibleName(tr("Last will message"));

    for (QLineEdit *edit : {m_host, m_clientId, m_username, m_password, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &MqttConnectForm::optionsChanged);
    connect(m_port, &QSpinBox::valueChanged, this, &MqttConnectForm::optionsChanged);
    connect(m_tls, &QCheckBox::toggled, this, &MqttConnectForm::optionsChanged);
}

MqttConnectOptions MqttConnectForm::options() const
{
    MqttConnectOptions o;
    o.host = m_host->text().trimmed();
    o.port = quint16(m_port->value());
    o.clientId = m_clientId->text().trimmed();
    o.cleanSession = m_cleanSession->isChecked();
    o.keepAliveSeconds = m_keepAlive->value();
    o.protocol = m_protocol->currentIndex() == 1 ? MqttConnectOptions::Protocol::V5
                                                 : MqttConnectOptions::Protocol::V311;
    o.username = m_username->text();
    o.password = m_password->text();
    o.tls = m_tls->isChecked();
    o.caFile = m_caFile->text().trimmed();
    o.willTopic = m_willTopic->text().trimmed();
    o.willPayload = m_willPayload->text().toUtf8();
    o.willQos = m_willQos->currentIndex();
    o.willRetain = m_willRetain->isChecked();
    return o;
}

void MqttConnectForm::setOptions(const MqttConnectOptions &o)
{
    setBroker(o.host, o.port);
    m_clientId->setText(o.clientId);
    m_cleanSession->setChecked(o.cleanSession);
    m_keepAlive->setValue(o.keepAliveSeconds);
    m_protocol->setCurrentIndex(o.protocol == MqttConnectOptions::Protocol::V5 ? 1 : 0);
    m_username->setText(o.username);
    m_password->setText(o.password);
    m_tls->setChecked(o.tls);
    m_caFile->setText(o.caFile);
    m_willTopic->setText(o.willTopic);
    m_willPayload->setText(QString::fromUtf8(o.willPayload));
    m_willQos->setCurrentIndex(o.willQos);
    m_willRetain->setChecked(o.willRetain);
}

void MqttConnectForm::setBroker(const QString &host, quint16 port)
{
    m_host->setText(host);
    m_port->setValue(port);
}

void MqttConnectForm::saveSettings(QSettings &settings) const
{
    const MqttConnectOptions o = options();
    settings.setValue(u"host"_s, o.host);
    settings.setValue(u"port"_s, o.port);
    settings.setValue(u"clientId"_s, o.clientId);
    settings.setValue(u"cleanSession"_s, o.cleanSession);
    settings.setValue(u"keepAlive"_s, o.keepAliveSeconds);
    settings.setValue(u"protocol"_s, m_protocol->currentIndex() == 1 ? u"5"_s : u"3.1.1"_s);
    settings.setValue(u"username"_s, o.username); // never the password
    settings.setValue(u"tls"_s, o.tls);
    settings.setValue(u"caFile"_s, o.caFile);
    settings.setValue(u"willTopic"_s, o.willTopic);
    settings.setValue(u"willPayload"_s, QString::fromUtf8(o.willPayload));
    settings.setValue(u"willQos"_s, o.willQos);
    settings.setValue(u"willRetain"_s, o.willRetain);
}

void MqttConnectForm::restoreSettings(const QSettings &settings)
{
    MqttConnectOptions o = options();
    o.host = settings.value(u"host"_s, o.host).toString();
    o.port = quint16(qBound(1, settings.value(u"port"_s, o.port).toInt(), 65535));
    o.clientId = settings.value(u"clientId"_s).toString();
    o.cleanSession = settings.value(u"cleanSession"_s, true).toBool();
    o.keepAliveSeconds = qBound(5, settings.value(u"keepAlive"_s, 60).toInt(), 65535);
    o.protocol = settings.value(u"protocol"_s).toString() == u"5"
        ? MqttConnectOptions::Protocol::V5
        : MqttConnectOptions::Protocol::V311;
    o.username = settings.value(u"username"_s).toString();
    o.tls = settings.value(u"tls"_s, false).toBool();
    o.caFile = settings.value(u"caFile"_s).toString();
    o.willTopic = settings.value(u"willTopic"_s).toString();
    o.willPayload = settings.value(u"willPayload"_s).toString().toUtf8();
    o.willQos = qBound(0, settings.value(u"willQos"_s, 0).toInt(), 2);
    o.willRetain = settings.value(u"willRetain"_s, false).toBool();
    setOptions(o);
}

} // namespace netlab
