#include "hexinput.h"

#include <netlab/hexcodec.h>

#include <QAction>
#include <QClipboard>
#include <QDropEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace netlab {

HexInput::HexInput(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_reason(new QLabel(this))
{
    m_edit->setObjectName(u"hexEdit"_s);
    m_edit->setAccessibleName(tr("Hex bytes"));
    m_edit->setPlaceholderText(tr("e.g. 48 65 6c 6c 6f or 0x48,0x65 or \\x48\\x65"));
    m_edit->setMaxLength(kMaxCharacters);
    m_edit->installEventFilter(this);
    m_edit->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_edit, &QLineEdit::customContextMenuRequested, this, &HexInput::showContextMenu);
    m_edit->setClearButtonEnabled(true);
    setFocusProxy(m_edit);

    m_reason->setObjectName(u"hexReasonLabel"_s);
    m_reason->setAccessibleName(tr("Hex input problem"));
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setWordWrap(true);
    m_reason->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_reason);

    connect(m_edit, &QLineEdit::textChanged, this, &HexInput::revalidate);
    connect(m_edit, &QLineEdit::returnPressed, this, &HexInput::returnPressed);
}

QString HexInput::text() const
{
    return m_edit->text();
}

void HexInput::setText(const QString &text)
{
    m_edit->setText(text);
}

void HexInput::clear()
{
    m_edit->clear();
}

void HexInput::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

bool HexInput::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit) {
        if (event->type() == QEvent::KeyPress
            && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
            paste();
            return true;
        }
        if (event->type() == QEvent::Drop) {
            const QMimeData *mime = static_cast<QDropEvent *>(event)->mimeData();
            if (mime && mime->hasText() && refuseIfTooLong(mime->text().size())) {
                event->accept();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HexInput::paste()
{
    if (m_edit->isReadOnly())
        return;
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime || !mime->hasText())
        return;
    const QString text = mime->text();
    if (!refuseIfTooLong(text.size()))
        m_edit->insert(text);
}

bool HexInput::refuseIfTooLong(qsizetype incoming)
{
    const qsizetype resulting = m_edit->text().size() - m_edit->selectedText().size() + incoming;
    if (resulting <= kMaxCharacters)
        return false;
    m_valid = false;
    m_error = tr("Not pasted: the text would be %1 characters long; hex input is limited to %2 "
                 "characters (send a file for more).")
                  .arg(resulting)
                  .arg(kMaxCharacters);
    m_reason->setText(m_error);
    m_reason->setStyleSheet(u"color: #c00000;"_s);
    m_reason->show();
    m_edit->setAccessibleDescription(m_error);
    emit validityChanged(false);
    return true;
}

void HexInput::showContextMenu(const QPoint &pos)
{
    QMenu *menu = m_edit->createStandardContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QAction *action : menu->actions()) {
        if (action->objectName() == u"edit-paste"_s) {
            action->disconnect();
            connect(action, &QAction::triggered, this, &HexInput::paste);
        }
    }
    menu->popup(m_edit->mapToGlobal(pos));
}

void HexInput::revalidate()
{
    const QString text = m_edit->text();
    const bool wasValid = m_valid;
    const QByteArray oldBytes = m_bytes;
    HexParseResult result = parseHex(text);
    m_valid = result.ok;
    m_bytes = result.ok ? std::move(result.bytes) : QByteArray();
    m_error = result.errorString;

    if (!m_valid) {
        m_reason->setText(m_error);
        m_reason->setStyleSheet(u"color: #c00000;"_s);
        m_reason->show();
        m_edit->setStyleSheet(u"QLineEdit { border: 1px solid #c00000; }"_s);
        m_edit->setAccessibleDescription(m_error);
    } else {
        m_reason->setStyleSheet(QString());
        m_edit->setStyleSheet(QString());
        m_edit->setAccessibleDescription(QString());
        if (m_bytes.isEmpty()) {
            m_reason->clear();
            m_reason->hide();
        } else {
            m_reason->setText(
                m_bytes.size() == 1 ? tr("1 byte") : tr("%n bytes", nullptr, int(m_bytes.size())));
            m_reason->show();
        }
    }
    if (m_valid != wasValid)
        emit validityChanged(m_valid);
    if (m_bytes != oldBytes)
        emit bytesChanged(m_bytes);
}

} // namespace netlab
