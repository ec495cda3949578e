// The workbench as a screen reader or UI automation sees it, offscreen: every interactive
// control of every tab has a name (a combo box its label, not its value), a combo's list
// reports its current item, and controls driven through the accessibility interfaces act as
// if clicked or typed (the LED switch and the token against a real netlab-agent).
#include "agentprocess.h"

#include "workbenchwindow.h"

#include <app/workbench/mainwindow.h>
#include <app/workbench/workbenchcore.h>
#include <netlab/agentclient.h>
#include <netlab/agentroster.h>
#include <netlab/udpcapture.h>
#include <widgets/accessiblenames.h>
#include <widgets/endpointpicker.h>
#include <widgets/labtab.h>
#include <widgets/sensorstab.h>
#include <widgets/statusline.h>

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using netlab::AgentClient;

class tst_Accessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyControlIsNamed();
    void comboListReportsCurrentItem();
    void ledAndTokenThroughAccessibility();
    void pauseThroughAccessibility();

private:
    QTemporaryDir m_dir;
    QProcess m_agent;
    quint16 m_port = 0;
};

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ScrollBar:
    case QAccessible::PageTab:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
        return true;
    default:
        return false;
    }
}

// "QLineEdit 'tokenEdit' in netlab::SensorsTab 'sensors'": enough to find the control.
QString describe(QAccessibleInterface *iface)
{
    QString text = u"role %1"_s.arg(int(iface->role()));
    QObject *object = iface->object();
    if (!object) // a page tab or a cell: name its owner
        object = iface->parent() ? iface->parent()->object() : nullptr;
    for (QObject *o = object; o; o = o->parent()) {
        text += u" < %1 '%2'"_s.arg(
            QString::fromLatin1(o->metaObject()->className()), o->objectName());
        if (qobject_cast<netlab::LabTab *>(o))
            break;
    }
    if (iface->role() == QAccessible::ComboBox)
        text += u" (value '%1')"_s.arg(iface->text(QAccessible::Value));
    return text;
}

void collectUnnamed(QAccessibleInterface *iface, QStringList &unnamed, int depth = 0)
{
    if (!iface || depth > 64)
        return;
    if (isInteractive(iface->role())) {
        const QString name = iface->text(QAccessible::Name);
        const bool bad = name.trimmed().isEmpty()
            || (iface->role() == QAccessible::ComboBox && name == iface->text(QAccessible::Value));
        if (bad)
            unnamed << describe(iface);
    }
    // The cells of a table are named by their contents; no need to walk thousands of them.
    if (iface->role() == QAccessible::Table || iface->role() == QAccessible::Tree
        || iface->role() == QAccessible::List)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), unnamed, depth + 1);
}

} // namespace

void tst_Accessibility::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_port = netlab::test::startAgent(m_agent, m_dir.path());
    QVERIFY(m_port);
}

void tst_Accessibility::cleanupTestCase()
{
    netlab::test::stopAgent(m_agent);
}

void tst_Accessibility::everyControlIsNamed()
{
    netlab::test::WorkbenchWindow workbench(m_dir.filePath(u"names.ini"_s));
    QVERIFY(workbench.show());
    netlab::MainWindow &window = workbench.window;

    auto *tabs = window.findChild<QTabWidget *>(u"labTabs"_s);
    QVERIFY(tabs);
    QStringList unnamed;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i); // each tab as the user shows it, then walked from the window
        QAccessibleInterface *root = QAccessible::queryAccessibleInterface(&window);
        QVERIFY(root);
        collectUnnamed(root, unnamed);
    }
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"unnamed controls:\n"_s + unnamed.join(u'\n')));

    // The names are the words the user reads next to the control.
    auto *token = window.findChild<QLineEdit *>(u"tokenEdit"_s);
    QVERIFY(token);
    QCOMPARE(QAccessible::queryAccessibleInterface(token)->text(QAccessible::Name), u"Token"_s);
    auto *window24 = window.findChild<QComboBox *>(u"windowCombo"_s);
    QVERIFY(window24);
    QAccessibleInterface *combo = QAccessible::queryAccessibleInterface(window24);
    QCOMPARE(combo->role(), QAccessible::ComboBox);
    QCOMPARE(combo->text(QAccessible::Value), window24->currentText());
    QVERIFY(combo->text(QAccessible::Name) != window24->currentText());
}

void tst_Accessibility::comboListReportsCurrentItem()
{
    netlab::test::WorkbenchWindow workbench(m_dir.filePath(u"list.ini"_s));
    netlab::MainWindow &window = workbench.window;
    auto *windowCombo = window.findChild<QComboBox *>(u"windowCombo"_s);
    QVERIFY(windowCombo);
    QVERIFY(windowCombo->count() > 2);
    windowCombo->setCurrentIndex(2);

    QAccessibleInterface *combo = QAccessible::queryAccessibleInterface(windowCombo);
    QAccessibleInterface *list = combo->child(combo->childCount() - 1);
    QVERIFY(list);
    QCOMPARE(list->role(), QAccessible::List);
    QAccessibleTableInterface *table = list->tableInterface();
    QVERIFY(table);
    const QList<QAccessibleInterface *> selected = table->selectedCells();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first()->text(QAccessible::Name), windowCombo->itemText(2));
}

void tst_Accessibility::ledAndTokenThroughAccessibility()
{
    netlab::AgentRoster agents;
    auto tab = std::make_unique<netlab::SensorsTab>(&agents);
    netlab::completeAccessibleNames(tab.get());
    tab->resize(900, 700);
    tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(tab.get()));
    auto *endpoint = tab->findChild<netlab::EndpointPicker *>(u"endpoint"_s);
    endpoint->setHost(u"127.0.0.1"_s);
    endpoint->setPort(m_port);
    QTest::mouseClick(tab->findChild<QPushButton *>(u"addAgentButton"_s), Qt::LeftButton);
    QCOMPARE(agents.count(), 1);
    AgentClient *client = agents.client(0);
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), AgentClient::State::Online, 10'000);

    auto *led = tab->findChild<QCheckBox *>(u"ledCheck"_s);
    auto *status = tab->findChild<netlab::StatusLine *>(u"statusLine"_s);
    QTRY_VERIFY(led->isEnabled());
    QAccessibleInterface *ledIface = QAccessible::queryAccessibleInterface(led);
    QVERIFY(ledIface->actionInterface());
    QVERIFY(ledIface->actionInterface()->actionNames().contains(
        QAccessibleActionInterface::toggleAction()));

    // Without the token the agent refuses: proof the toggle reached the agent.
    ledIface->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    QTRY_VERIFY_WITH_TIMEOUT(status->isError() && status->text().contains(u"token"_s), 10'000);
    QVERIFY(!led->isChecked());

    // The token set as a screen reader sets it (no key typed) is the one the LED request uses.
    QFile tokenFile(m_dir.filePath(u"token"_s));
    QVERIFY(tokenFile.open(QIODevice::ReadOnly));
    const QString token = QString::fromLatin1(tokenFile.readAll().trimmed());
    auto *tokenEdit = tab->findChild<QLineEdit *>(u"tokenEdit"_s);
    QAccessibleInterface *tokenIface = QAccessible::queryAccessibleInterface(tokenEdit);
    QAccessibleEditableTextInterface *editable = tokenIface->editableTextInterface();
    QVERIFY(editable);
    editable->replaceText(0, tokenEdit->text().size(), token);
    QCOMPARE(tokenEdit->text(), token);
    QCOMPARE(client->token(), token.toUtf8());

    ledIface->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    QTRY_VERIFY_WITH_TIMEOUT(!status->isError() && status->text() == u"LED on"_s, 10'000);
    QVERIFY(led->isChecked());
    QVERIFY(ledIface->state().checked);

    // And off again the same way.
    ledIface->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    QTRY_VERIFY_WITH_TIMEOUT(!status->isError() && status->text() == u"LED off"_s, 10'000);
}

// The UDP tab's Pause is a checkable button: a screen reader toggles it, and the capture pauses.
void tst_Accessibility::pauseThroughAccessibility()
{
    netlab::test::WorkbenchWindow workbench(m_dir.filePath(u"pause.ini"_s));
    netlab::MainWindow &window = workbench.window;
    netlab::WorkbenchCore &core = workbench.core;
    auto *pause = window.findChild<QPushButton *>(u"pauseButton"_s);
    QVERIFY(pause);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(pause);
    QVERIFY(iface->actionInterface());
    QVERIFY(iface->actionInterface()->actionNames().contains(
        QAccessibleActionInterface::toggleAction()));
    QVERIFY(!core.udpCapture->isPaused());
    iface->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    QVERIFY(core.udpCapture->isPaused());
    QVERIFY(iface->state().checked);
    iface->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    QVERIFY(!core.udpCapture->isPaused());
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
