// The workbench switched to French as a student switches it (Settings > Language), offscreen:
// log rows written before the switch re-render in French, numbers follow French rules, the
// Ports table names its services in French, the send field starts with "Bonjour", and the
// UDP tab's Bind choice is not cut.
#include "workbenchwindow.h"

#include <app/workbench/languagemanager.h>
#include <app/workbench/mainwindow.h>
#include <app/workbench/workbenchcore.h>
#include <netlab/tcpserver.h>
#include <netlab/textcodec.h>
#include <netlab/trafficlog.h>
#include <widgets/labtab.h>

#include <QAbstractItemModel>
#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_French : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oldRowsNumbersAndNamesInFrench();

private:
    QTemporaryDir m_dir;
};

namespace {

netlab::LabTab *tabByKey(netlab::MainWindow &window, const QString &key)
{
    for (netlab::LabTab *tab : window.tabs()) {
        if (tab->key() == key)
            return tab;
    }
    return nullptr;
}

// Every cell text of every table view under `root`.
QStringList cellTexts(QWidget *root)
{
    QStringList texts;
    const QList<QTableView *> views = root->findChildren<QTableView *>();
    for (const QTableView *view : views) {
        const QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                texts << model->index(row, column).data().toString();
        }
    }
    return texts;
}

bool anyContains(const QStringList &texts, const QString &part)
{
    for (const QString &text : texts) {
        if (text.contains(part))
            return true;
    }
    return false;
}

} // namespace

void tst_French::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_French::oldRowsNumbersAndNamesInFrench()
{
    netlab::test::WorkbenchWindow workbench(m_dir.filePath(u"french.ini"_s));
    QVERIFY(workbench.show());
    netlab::MainWindow &window = workbench.window;
    netlab::WorkbenchCore &core = workbench.core;
    netlab::LanguageManager &languages = *workbench.languages;

    // A log row written in English: the TCP server starts listening.
    QVERIFY(core.tcpServer->listen(QHostAddress::LocalHost, 0));
    netlab::LabTab *server = tabByKey(window, u"tcp-server"_s);
    QVERIFY(server);
    QTRY_VERIFY(anyContains(cellTexts(server), u"listening on 127.0.0.1:"_s));
    auto *sendText = window.findChild<QLineEdit *>(u"sendTextEdit"_s);
    QVERIFY(sendText);
    QCOMPARE(sendText->text(), u"Hello"_s);

    QAction *french = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == u"Français")
            french = action;
    }
    QVERIFY(french);
    french->trigger();

    // The same row, now in French; nothing English left in it.
    server = tabByKey(window, u"tcp-server"_s);
    QTRY_VERIFY(anyContains(cellTexts(server), u"à l'écoute sur 127.0.0.1:"_s));
    QVERIFY(!anyContains(cellTexts(server), u"listening on"_s));
    // The saved log is in the language shown.
    const QString saved = m_dir.filePath(u"server.log"_s);
    QString error;
    QVERIFY2(core.tcpServerLog->save(
                 saved, false, netlab::TextCodec(netlab::TextEncoding::Utf8), &error),
        qPrintable(error));
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(file.readAll()).contains(u"à l'écoute sur"_s));

    // Numbers: French grouping and decimal comma.
    const QString tenThousand = QLocale(QLocale::French).toString(10000);
    QVERIFY(tenThousand.size() == 6 && !tenThousand.contains(u','));
    netlab::LabTab *udp = tabByKey(window, u"udp"_s);
    QVERIFY(udp);
    auto *capture = udp->findChild<QLabel *>(u"captureLabel"_s);
    QVERIFY(capture);
    QVERIFY2(capture->text().contains(tenThousand), qPrintable(capture->text()));
    QVERIFY(!capture->text().contains(u"10,000"_s));
    auto *rate = udp->findChild<QDoubleSpinBox *>(u"rateSpin"_s);
    QVERIFY(rate);
    QCOMPARE(rate->text(), u"10,0 /s"_s);

    // The Bind choice is shown whole.
    auto *bind = udp->findChild<QComboBox *>(u"bindAddressCombo"_s);
    QVERIFY(bind);
    QVERIFY2(bind->width() >= bind->fontMetrics().horizontalAdvance(bind->currentText()),
        qPrintable(bind->currentText()));

    // Service names in the Ports table, and the default send text.
    netlab::LabTab *tools = tabByKey(window, u"tools"_s);
    QVERIFY(tools);
    QStringList services;
    for (const QTableWidget *table : tools->findChildren<QTableWidget *>()) {
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                if (const QTableWidgetItem *item = table->item(row, column))
                    services << item->text();
            }
        }
    }
    QVERIFY(services.contains(u"Serveur d'écho"_s));
    QVERIFY(!services.contains(u"Echo server"_s));
    sendText = window.findChild<QLineEdit *>(u"sendTextEdit"_s);
    QCOMPARE(sendText->text(), u"Bonjour"_s);

    languages.setLanguage(u"en"_s);
}

QTEST_MAIN(tst_French)
#include "tst_french.moc"
