#include "accessiblenames.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTextDocumentFragment>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

// A combo box as QAccessible sees it: named by its accessible name (or its label buddy),
// its current text as the value, its list as the last child, the popup as its action.
class AccessibleComboBox : public QAccessibleWidget
{
public:
    explicit AccessibleComboBox(QComboBox *combo)
        : QAccessibleWidget(combo, QAccessible::ComboBox)
    { }

    QComboBox *combo() const { return static_cast<QComboBox *>(object()); }

    int childCount() const override { return QAccessibleWidget::childCount() + 1; }

    QAccessibleInterface *child(int index) const override
    {
        const int own = QAccessibleWidget::childCount();
        if (index == own)
            return QAccessible::queryAccessibleInterface(combo()->view());
        return QAccessibleWidget::child(index);
    }

    int indexOfChild(const QAccessibleInterface *child) const override
    {
        if (child && child->object() == combo()->view())
            return QAccessibleWidget::childCount();
        return QAccessibleWidget::indexOfChild(child);
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value)
            return combo()->currentText();
        return QAccessibleWidget::text(t); // Name: accessibleName, else the label buddy's text
    }

    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.expandable = true;
        s.expanded = combo()->view()->isVisible();
        s.editable = combo()->isEditable();
        return s;
    }

    QStringList actionNames() const override
    {
        return QStringList {showMenuAction(), pressAction()} + QAccessibleWidget::actionNames();
    }

    void doAction(const QString &name) override
    {
        if (name == showMenuAction() || name == pressAction()) {
            if (combo()->view()->isVisible())
                combo()->hidePopup();
            else
                combo()->showPopup();
            return;
        }
        QAccessibleWidget::doAction(name);
    }
};

QAccessibleInterface *comboBoxFactory(const QString &className, QObject *object)
{
    if (className == "QComboBox"_L1 && object && object->isWidgetType())
        return new AccessibleComboBox(static_cast<QComboBox *>(object));
    return nullptr;
}

// "&Port:" -> "Port", "Mode :" -> "Mode"; rich text reduced to its words.
QString labelName(const QLabel *label)
{
    QString text = label->text();
    if (label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text)))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    QString name;
    name.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i; // "&&" keeps one '&'; "&P" keeps the P
        name += text.at(i);
    }
    name = name.trimmed();
    if (name.endsWith(u':'))
        name.chop(1);
    return name.trimmed();
}

void followCurrentIndex(QComboBox *combo)
{
    QAbstractItemView *view = combo->view();
    const QModelIndex index = combo->model()->index(
        combo->currentIndex(), combo->modelColumn(), combo->rootModelIndex());
    if (index.isValid())
        view->setCurrentIndex(index);
    else
        view->clearSelection();
}

} // namespace

void completeAccessibleNames(QWidget *root)
{
    static const bool installed = [] {
        QAccessible::installFactory(comboBoxFactory);
        return true;
    }();
    Q_UNUSED(installed);

    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        QWidget *buddy = label->buddy();
        if (buddy && buddy->accessibleName().isEmpty())
            buddy->setAccessibleName(labelName(label));
    }

    const QList<QComboBox *> combos = root->findChildren<QComboBox *>();
    for (QComboBox *combo : combos) {
        // An interface Qt made before the factory was installed (a name change already asked
        // for one) is dropped; the next query makes ours.
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(combo);
        if (iface && !dynamic_cast<AccessibleComboBox *>(iface))
            QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(iface));
        QAbstractItemView *view = combo->view();
        if (view->accessibleName().isEmpty())
            view->setAccessibleName(combo->accessibleName());
        if (QLineEdit *edit = combo->lineEdit(); edit && edit->accessibleName().isEmpty())
            edit->setAccessibleName(combo->accessibleName());
        followCurrentIndex(combo);
        QObject::connect(
            combo, &QComboBox::currentIndexChanged, combo, [combo] { followCurrentIndex(combo); });
        // A model refilled under the same index (a port list re-read) resets the view.
        QObject::connect(combo->model(), &QAbstractItemModel::modelReset, combo,
            [combo] { followCurrentIndex(combo); });
    }

    const QList<QAbstractSpinBox *> spinBoxes = root->findChildren<QAbstractSpinBox *>();
    for (QAbstractSpinBox *spinBox : spinBoxes) {
        for (QLineEdit *edit : spinBox->findChildren<QLineEdit *>()) {
            if (edit->accessibleName().isEmpty())
                edit->setAccessibleName(spinBox->accessibleName());
        }
    }

    const QList<QLineEdit *> edits = root->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (!edit->isClearButtonEnabled())
            continue;
        for (QToolButton *button : edit->findChildren<QToolButton *>()) {
            if (button->accessibleName().isEmpty())
                button->setAccessibleName(
                    QCoreApplication::translate("netlab::AccessibleNames", "Clear"));
        }
    }

    const QList<QScrollBar *> scrollBars = root->findChildren<QScrollBar *>();
    for (QScrollBar *bar : scrollBars) {
        if (!bar->accessibleName().isEmpty())
            continue;
        bar->setAccessibleName(bar->orientation() == Qt::Vertical
                ? QCoreApplication::translate("netlab::AccessibleNames", "Vertical scroll bar")
                : QCoreApplication::translate("netlab::AccessibleNames", "Horizontal scroll bar"));
    }
}

} // namespace netlab
