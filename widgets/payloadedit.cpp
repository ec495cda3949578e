#include "payloadedit.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMimeData>

namespace netlab {

PayloadEdit::PayloadEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setMaxLength(kDefaultMaxCharacters);
    setClearButtonEnabled(true);
}

void PayloadEdit::setMaxCharacters(int characters)
{
    setMaxLength(characters);
}

void PayloadEdit::pasteChecked()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard);
    if (!mime || !mime->hasText())
        return;
    const QString text = mime->text();
    const qsizetype room = maxLength() - (this->text().size() - selectedText().size());
    if (text.size() > room) {
        const QLocale locale;
        emit pasteRefused(tr("Paste refused: the clipboard holds %1 characters, this field "
                             "takes %2. Use Send file… for large payloads.")
                              .arg(locale.toString(text.size()), locale.toString(maxLength())));
        return;
    }
    insert(text);
}

void PayloadEdit::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Paste) {
        if (!isReadOnly())
            pasteChecked();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void PayloadEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu();
    for (QAction *action : menu->actions()) {
        // The standard menu's paste action is the one bound to the paste key sequence.
        if (action->shortcut() == QKeySequence(QKeySequence::Paste)
            || action->objectName() == QLatin1String("edit-paste")) {
            disconnect(action, &QAction::triggered, nullptr, nullptr);
            connect(action, &QAction::triggered, this, &PayloadEdit::pasteChecked);
        }
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void PayloadEdit::mouseReleaseEvent(QMouseEvent *event)
{
    // X11's middle-click paste of the selection is bounded the same way: ignore a huge one.
    if (event->button() == Qt::MiddleButton) {
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData(QClipboard::Selection);
        if (mime && mime->text().size() > maxLength()) {
            emit pasteRefused(tr("Paste refused: the selection is larger than this field "
                                 "takes. Use Send file… for large payloads."));
            event->accept();
            return;
        }
    }
    QLineEdit::mouseReleaseEvent(event);
}

} // namespace netlab
