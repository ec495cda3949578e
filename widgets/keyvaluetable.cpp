#include "keyvaluetable.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace netlab {

KeyValueTable::KeyValueTable(const QString &objectName, const QString &accessibleName,
    const QString &nameHeader, const QString &valueHeader, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(objectName + u"Table"_s);
    m_table->setAccessibleName(accessibleName);
    m_table->setHorizontalHeaderLabels({nameHeader, valueHeader});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 180);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setToolTip(tr("Type in the empty row to add one; empty rows are ignored"));

    m_removeButton = new QPushButton(tr("Remove selected rows"), this);
    m_removeButton->setObjectName(objectName + u"RemoveButton"_s);
    m_removeButton->setAccessibleName(tr("Remove selected rows of %1").arg(accessibleName));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_removeButton, 0, Qt::AlignLeft);

    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (m_updating)
            return;
        ensureEmptyLastRow();
        emit changed();
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
        for (const QTableWidgetSelectionRange &range : ranges) {
            for (int row = range.topRow(); row <= range.bottomRow(); ++row)
                rows.append(row);
        }
        std::sort(rows.begin(), rows.end(), std::greater<int>());
        m_updating = true;
        for (int row : std::as_const(rows))
            m_table->removeRow(row);
        m_updating = false;
        ensureEmptyLastRow();
        emit changed();
    });
    ensureEmptyLastRow();
}

void KeyValueTable::ensureEmptyLastRow()
{
    const auto rowEmpty = [this](int row) {
        for (int column = 0; column < 2; ++column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            if (item && !item->text().isEmpty())
                return false;
        }
        return true;
    };
    const int rows = m_table->rowCount();
    if ((rows == 0 || !rowEmpty(rows - 1)) && rows < kMaxRows) {
        m_updating = true;
        m_table->insertRow(rows);
        m_updating = false;
    }
}

KeyValueTable::Pairs KeyValueTable::pairs() const
{
    Pairs result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        const QString n = name ? name->text() : QString();
        const QString v = value ? value->text() : QString();
        if (!n.isEmpty() || !v.isEmpty())
            result.append({n, v});
    }
    return result;
}

void KeyValueTable::setPairs(const Pairs &pairs)
{
    m_updating = true;
    m_table->setRowCount(0);
    for (const auto &[name, value] : pairs) {
        if (m_table->rowCount() >= kMaxRows - 1)
            break;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(name));
        m_table->setItem(row, 1, new QTableWidgetItem(value));
    }
    m_updating = false;
    ensureEmptyLastRow();
    emit changed();
}

void KeyValueTable::saveSettings(QSettings &settings, const QString &key) const
{
    QStringList flat;
    for (const auto &[name, value] : pairs())
        flat << name << value;
    settings.setValue(key, flat);
}

void KeyValueTable::restoreSettings(const QSettings &settings, const QString &key)
{
    if (!settings.contains(key))
        return;
    const QStringList flat = settings.value(key).toStringList();
    Pairs restored;
    for (qsizetype i = 0; i + 1 < flat.size(); i += 2)
        restored.append({flat.at(i), flat.at(i + 1)});
    setPairs(restored);
}

} // namespace netlab
