#include "statusline.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace netlab {

StatusLine::StatusLine(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(u"statusLine"_s);
    setAccessibleName(tr("Status"));
    m_icon->setObjectName(u"statusIcon"_s);
    m_icon->setAccessibleName(tr("Status icon"));
    m_icon->hide();
    m_text->setObjectName(u"statusText"_s);
    m_text->setAccessibleName(tr("Status"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setWordWrap(true);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
}

QString StatusLine::text() const
{
    return m_text->text();
}

void StatusLine::showInfo(const QString &message)
{
    show(message, false);
}

void StatusLine::showError(const QString &message)
{
    show(message, true);
}

void StatusLine::clear()
{
    show({}, false);
}

void StatusLine::show(const QString &message, bool isError)
{
    m_isError = isError && !message.isEmpty();
    m_text->setText(message);
    if (m_isError) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_icon->setPixmap(
            style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
        m_icon->show();
        m_text->setStyleSheet(u"color: #c00000; font-weight: bold;"_s);
        m_text->setAccessibleDescription(tr("Error: %1").arg(message));
    } else {
        m_icon->hide();
        m_text->setStyleSheet(QString());
        m_text->setAccessibleDescription(message);
    }
    setToolTip(message);
    QAccessibleEvent event(m_text, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
    emit messageChanged(message, m_isError);
}

} // namespace netlab
