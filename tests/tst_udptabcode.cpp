// "Show as code" in the UDP tab (offscreen): the listener's program follows the ports and the
// form live, the sender's follows the sender's settings; the listener program, run with
// Debian's python3, decodes the frames netlab's UdpSender sends from the tab, and the sender
// program's datagrams reach the tab's listener.
#include "pythonprogram.h"

#include <netlab/demostreams.h>
#include <netlab/frameplots.h>
#include <netlab/udpcapture.h>
#include <netlab/udplistener.h>
#include <netlab/udpsender.h>
#include <widgets/bindaddresscombo.h>
#include <widgets/codeview.h>
#include <widgets/sendpanel.h>
#include <widgets/udptab.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <memory>

using namespace Qt::StringLiterals;
using namespace netlab;
using netlab::test::PythonProgram;

namespace {

const QHostAddress kLoopback(QHostAddress::LocalHost);

quint16 freeUdpPort()
{
    QUdpSocket probe;
    probe.bind(kLoopback, 0);
    return probe.localPort();
}

} // namespace

class tst_UdpTabCode : public QObject
{
    Q_OBJECT

private slots:
    void listenerCodeFollowsPortsAndForm();
    void senderCodeFollowsSettings();
    void listenerProgramDecodesWhatTheTabSends();
    void senderProgramReachesTheTab();
    void shownCodeIsRemembered();

private:
    struct Fixture
    {
        UdpListener listener;
        UdpCapture capture {&listener};
        UdpSender sender;
        DemoStreams demo;
        FramePlots plots;
        std::unique_ptr<UdpTab> tab;

        Fixture()
        {
            tab = std::make_unique<UdpTab>(&listener, &capture, &sender, &demo, &plots);
            tab->resize(1100, 700);
            tab->show();
        }
        template<typename T>
        T *child(const QString &name) const
        {
            T *widget = tab->findChild<T *>(name);
            if (!widget)
                qWarning() << "no child" << name;
            return widget;
        }
        QString listenerCode() const { return codeText(u"listenerCodeView"_s); }
        QString senderCode() const { return codeText(u"senderCodeView"_s); }
        QString codeText(const QString &view) const
        {
            auto *code = child<CodeView>(view);
            auto *text = code ? code->findChild<QPlainTextEdit *>(u"codeText"_s) : nullptr;
            return text ? text->toPlainText() : u"<no code view %1>"_s.arg(view);
        }
        void setForm(quint16 port, int decoderIndex)
        {
            child<QSpinBox>(u"listenPortSpin"_s)->setValue(port);
            child<BindAddressCombo>(u"bindAddressCombo"_s)->setValue(u"127.0.0.1"_s);
            child<QComboBox>(u"decoderCombo"_s)->setCurrentIndex(decoderIndex);
        }
        void setTarget(quint16 port)
        {
            child<QComboBox>(u"hostCombo"_s)->setEditText(u"127.0.0.1"_s);
            child<QSpinBox>(u"portSpin"_s)->setValue(port);
        }
    };
};

void tst_UdpTabCode::listenerCodeFollowsPortsAndForm()
{
    Fixture f;
    auto *view = f.child<CodeView>(u"listenerCodeView"_s);
    auto *toggle = f.child<QPushButton>(u"showListenerCodeButton"_s);
    QVERIFY(view && toggle);
    QVERIFY(!view->isVisible());
    QCOMPARE(toggle->accessibleName(), u"Show the listener as code"_s);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(view->isVisible());
    QVERIFY(!f.child<CodeView>(u"senderCodeView"_s)->isVisible()); // each part its own toggle

    // No port yet: the program listens as the form says.
    f.setForm(5555, 0); // text
    QVERIFY2(f.listenerCode().contains(u"    (5555, \"utf-8\""_s), qPrintable(f.listenerCode()));
    QVERIFY(f.listenerCode().contains(u"HOST = \"127.0.0.1\"\n"_s));
    QVERIFY(!f.listenerCode().contains(u"import struct"_s));
    // A custom struct format with its names.
    f.setForm(5555, 1);
    auto *presets = f.child<QComboBox>(u"presetCombo"_s);
    presets->setCurrentIndex(presets->findData(u"custom"_s));
    f.child<QLineEdit>(u"formatEdit"_s)->setText(u"<hhf"_s);
    f.child<QLineEdit>(u"namesEdit"_s)->setText(u"x, y, level"_s);
    QVERIFY2(f.listenerCode().contains(
                 u"(5555, struct.Struct(\"<hhf\"),\n     (\"x\", \"y\", \"level\")"_s),
        qPrintable(f.listenerCode()));
    QVERIFY(f.listenerCode().contains(u"import struct\n"_s));
    QCOMPARE(f.listenerCode(), f.tab->code().python);

    // Ports listened to: the program listens on them, whatever the form says next.
    f.setForm(0, 2); // hex, any free port
    QTest::mouseClick(f.child<QPushButton>(u"addPortButton"_s), Qt::LeftButton);
    QCOMPARE(f.listener.ports().size(), 1);
    const quint16 hex = f.listener.ports().first();
    QVERIFY2(f.listenerCode().contains(u"    (%1, \"hex\", None),\n"_s.arg(hex)),
        qPrintable(f.listenerCode()));
    f.setForm(0, 1); // the custom format again
    QTest::mouseClick(f.child<QPushButton>(u"addPortButton"_s), Qt::LeftButton);
    QCOMPARE(f.listener.ports().size(), 2);
    const quint16 frames = f.listener.ports().first() == hex ? f.listener.ports().last()
                                                             : f.listener.ports().first();
    QVERIFY2(f.listenerCode().contains(u"    (%1, struct.Struct(\"<hhf\")"_s.arg(frames))
            && f.listenerCode().contains(u"    (%1, \"hex\", None),\n"_s.arg(hex)),
        qPrintable(f.listenerCode()));
    f.child<QLineEdit>(u"formatEdit"_s)->setText(u"<ii"_s);
    f.child<QLineEdit>(u"namesEdit"_s)->setText(u"a, b"_s);
    QVERIFY(!f.listenerCode().contains(u"<ii"_s)); // the form no longer makes the program
    f.listener.removePort(hex);
    QVERIFY(!f.listenerCode().contains(u"\"hex\", None),\n"_s));

    // Hidden, then shown again: up to date.
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!view->isVisible());
    f.listener.removeAllPorts();
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY2(f.listenerCode().contains(u"struct.Struct(\"<ii\")"_s), qPrintable(f.listenerCode()));
}

void tst_UdpTabCode::senderCodeFollowsSettings()
{
    Fixture f;
    auto *toggle = f.child<QPushButton>(u"showSenderCodeButton"_s);
    QVERIFY(toggle);
    QCOMPARE(toggle->accessibleName(), u"Show the sender as code"_s);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(f.child<CodeView>(u"senderCodeView"_s)->isVisible());
    QVERIFY(!f.child<CodeView>(u"listenerCodeView"_s)->isVisible());

    f.setTarget(4321);
    f.child<SendPanel>(u"sendPanel"_s)->setText(u"ping"_s); // LF line ending by default
    QVERIFY2(f.senderCode().contains(u"PORT = 4321\n"_s), qPrintable(f.senderCode()));
    QVERIFY2(
        f.senderCode().contains(u"MESSAGE = \"ping\\n\".encode("_s), qPrintable(f.senderCode()));
    QVERIFY(!f.senderCode().contains(u"COUNT"_s));
    f.child<QSpinBox>(u"countSpin"_s)->setValue(3);
    f.child<QDoubleSpinBox>(u"rateSpin"_s)->setValue(4);
    QVERIFY(f.senderCode().contains(u"COUNT = 3\n"_s));
    QVERIFY2(f.senderCode().contains(u"INTERVAL = 0.25"_s), qPrintable(f.senderCode()));
    f.child<QCheckBox>(u"broadcastCheck"_s)->setChecked(true);
    QVERIFY(f.senderCode().contains(u"socket.SO_BROADCAST, 1)"_s));
    // A struct frame: the format and the values typed.
    f.child<QComboBox>(u"payloadKindCombo"_s)->setCurrentIndex(1);
    f.child<QComboBox>(u"sendPresetCombo"_s)->setCurrentIndex(0); // drone frame
    f.child<QLineEdit>(u"valuesEdit"_s)
        ->setText(u"1700000000.5 -12 7 359 87 1013.25 0.5 -0.25 9.75"_s);
    QVERIFY2(f.senderCode().contains(u"FORMAT = \"<diiiiffff\"\n"_s), qPrintable(f.senderCode()));
    QVERIFY2(f.senderCode().contains(u"-12, 7, 359, 87"_s), qPrintable(f.senderCode()));
    QCOMPARE(f.senderCode(), f.tab->senderCode().python);
}

void tst_UdpTabCode::listenerProgramDecodesWhatTheTabSends()
{
    Fixture f;
    const quint16 port = freeUdpPort();
    QVERIFY(port);
    f.setForm(port, 1);
    f.child<QComboBox>(u"presetCombo"_s)->setCurrentIndex(0); // the drone frame
    QTest::mouseClick(f.child<QPushButton>(u"showListenerCodeButton"_s), Qt::LeftButton);
    const QString program = f.listenerCode();
    QVERIFY2(
        program.contains(u"(%1, struct.Struct(\"<diiiiffff\")"_s.arg(port)), qPrintable(program));
    PythonProgram python;
    QVERIFY(python.start(program));
    QTRY_VERIFY2_WITH_TIMEOUT(python.output().contains(u"Listening on UDP port %1\n"_s.arg(port)),
        qPrintable(python.output() + python.errors()), 60000);

    // The tab's sender, as a user fills it: two drone frames to the program.
    f.setTarget(port);
    f.child<QComboBox>(u"payloadKindCombo"_s)->setCurrentIndex(1);
    f.child<QComboBox>(u"sendPresetCombo"_s)->setCurrentIndex(0);
    f.child<QLineEdit>(u"valuesEdit"_s)
        ->setText(u"1700000000.5 -12 7 359 87 1013.25 0.5 -0.25 9.75"_s);
    f.child<QSpinBox>(u"countSpin"_s)->setValue(2);
    f.child<QDoubleSpinBox>(u"rateSpin"_s)->setValue(50);
    QSignalSpy finished(&f.sender, &UdpSender::finished);
    QTest::mouseClick(f.child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(f.sender.sent(), qint64(2));

    const QStringList names = StructFormat::droneFrame().names();
    const QStringList values {u"1700000000.5"_s, u"-12"_s, u"7"_s, u"359"_s, u"87"_s, u"1013.25"_s,
        u"0.5"_s, u"-0.25"_s, u"9.75"_s};
    QStringList fields;
    for (int i = 0; i < names.size(); ++i)
        fields += u'\'' + names.at(i) + u"': "_s + values.at(i);
    const QString line = u'{' + fields.join(u", "_s) + u"}\n"_s;
    QTRY_VERIFY2_WITH_TIMEOUT(python.output().count(line) == 2,
        qPrintable(python.output() + python.errors() + u"\nexpected twice: "_s + line), 30000);
    QVERIFY(python.output().contains(u"%1 ('127.0.0.1', "_s.arg(port)));
}

void tst_UdpTabCode::senderProgramReachesTheTab()
{
    Fixture f;
    f.setForm(0, 0); // text, any free port
    QTest::mouseClick(f.child<QPushButton>(u"addPortButton"_s), Qt::LeftButton);
    QCOMPARE(f.listener.ports().size(), 1);
    const quint16 port = f.listener.ports().first();
    f.setTarget(port);
    f.child<SendPanel>(u"sendPanel"_s)->setText(u"temp=21.5 °C"_s);
    f.child<QSpinBox>(u"countSpin"_s)->setValue(3);
    f.child<QDoubleSpinBox>(u"rateSpin"_s)->setValue(100);
    QTest::mouseClick(f.child<QPushButton>(u"showSenderCodeButton"_s), Qt::LeftButton);

    PythonProgram python;
    QVERIFY(python.start(f.senderCode()));
    QTRY_VERIFY2_WITH_TIMEOUT(
        f.listener.stats(port).messages == 3, qPrintable(python.output() + python.errors()), 60000);
    QVERIFY(python.waitForExit());
    QCOMPARE(python.exitCode(), 0);
    const QByteArray wire = QStringLiteral("temp=21.5 °C\n").toUtf8();
    QCOMPARE(f.listener.stats(port).bytes, qint64(3 * wire.size()));
    QCOMPARE(f.listener.stats(port).badFrames, qint64(0));
}

void tst_UdpTabCode::shownCodeIsRemembered()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"udp.ini"_s), QSettings::IniFormat);
    {
        Fixture f;
        QTest::mouseClick(f.child<QPushButton>(u"showSenderCodeButton"_s), Qt::LeftButton);
        f.tab->saveSettings(settings);
    }
    Fixture f;
    f.tab->restoreSettings(settings);
    QVERIFY(f.child<CodeView>(u"senderCodeView"_s)->isVisible());
    QVERIFY(!f.child<CodeView>(u"listenerCodeView"_s)->isVisible());
    QVERIFY(f.senderCode().contains(u"sock.sendto(MESSAGE, (HOST, PORT))"_s));
}

QTEST_MAIN(tst_UdpTabCode)
#include "tst_udptabcode.moc"
