#pragma once

#include <QWidget>

class QLabel;

namespace netlab {

// A tab's status line: the latest info or error message. An error is shown in red with a
// warning icon and stays until another message replaces it or clear() is called; both
// are announced to assistive technology.
class StatusLine : public QWidget
{
    Q_OBJECT
public:
    explicit StatusLine(QWidget *parent = nullptr);

    QString text() const;
    bool isError() const { return m_isError; }

public slots:
    void showInfo(const QString &message);
    void showError(const QString &message);
    void clear();

signals:
    void messageChanged(const QString &message, bool isError);

private:
    void show(const QString &message, bool isError);

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    bool m_isError = false;
};

} // namespace netlab
