#include "agentlist.h"

#include "sensorstab.h"
#include "sensorstext.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace netlab {

AgentList::AgentList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"agentList"_s);
    setAccessibleName(SensorsTab::tr("Agents"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setHeaderLabels({SensorsTab::tr("Agent"), SensorsTab::tr("State"), SensorsTab::tr("Sensor"),
        SensorsTab::tr("Last reading"), SensorsTab::tr("Now"), SensorsTab::tr("Sensor failures")});
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    fitRows();
}

int AgentList::currentIndex() const
{
    QTreeWidgetItem *item = currentItem();
    return item ? indexOfTopLevelItem(item) : -1;
}

void AgentList::setCurrentIndex(int index)
{
    if (QTreeWidgetItem *item = topLevelItem(index))
        setCurrentItem(item);
}

void AgentList::insertAgent(int index, const QColor &color)
{
    QPixmap swatch(12, 12);
    swatch.fill(color);
    auto *item = new QTreeWidgetItem;
    item->setIcon(AgentColumn, swatch);
    insertTopLevelItem(index, item);
    fitRows();
}

void AgentList::removeAgent(int index)
{
    delete takeTopLevelItem(index);
    fitRows();
}

void AgentList::showAgent(
    int index, const AgentClient *client, const SensorHistory *history, bool embedded)
{
    if (QTreeWidgetItem *item = topLevelItem(index); item && client)
        fillAgentRow(item, client, history, embedded);
}

void AgentList::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete && currentItem()) {
        emit removeRequested();
        event->accept();
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

void AgentList::fitRows()
{
    // Room for every agent (two rows at least) and the header, no more.
    const int rows = qMax(2, topLevelItemCount());
    const int row = qMax(sizeHintForRow(0), fontMetrics().height() + 4);
    setFixedHeight(header()->sizeHint().height() + rows * row + 2 * frameWidth() + 2);
}

} // namespace netlab
