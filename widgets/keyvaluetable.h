#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <utility>

class QPushButton;
class QSettings;
class QTableWidget;

namespace netlab {

// A two-column table of name/value pairs (query parameters, headers, form fields) that always
// keeps one empty row at the bottom to type into, with a button to remove the selected rows.
class KeyValueTable : public QWidget
{
    Q_OBJECT
public:
    using Pairs = QList<std::pair<QString, QString>>;

    // name: used for the table's objectName (name + "Table") and accessible name.
    KeyValueTable(const QString &objectName, const QString &accessibleName,
        const QString &nameHeader, const QString &valueHeader, QWidget *parent = nullptr);

    // The rows with a name or a value, in order.
    Pairs pairs() const;
    void setPairs(const Pairs &pairs);
    QTableWidget *table() const { return m_table; }

    void saveSettings(QSettings &settings, const QString &key) const;
    void restoreSettings(const QSettings &settings, const QString &key);

    static constexpr int kMaxRows = 200;

signals:
    void changed();

private:
    void ensureEmptyLastRow();

    QTableWidget *m_table = nullptr;
    QPushButton *m_removeButton = nullptr;
    bool m_updating = false;
};

} // namespace netlab
