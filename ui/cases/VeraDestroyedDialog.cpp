#include "cases/VeraDestroyedDialog.h"

#include "Named.h"
#include "vera/VeraWriteBack.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

using namespace Qt::StringLiterals;

VeraDestroyedDialog::VeraDestroyedDialog(const Session &session, const QString &number,
                                         const QList<VeraFoundObject> &cases, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_number(number)
    , m_cases(cases)
{
    setObjectName(u"veraDestroyedDialog"_s);
    //: Dutch: "Vernietigde zaken – %1"
    setWindowTitle(tr("Destroyed cases – %1").arg(number));
    //: Dutch: "De verwijdering is deels toegewezen. Vink de zaken aan die vernietigd zijn: zij
    //: krijgen archiefstatus VER. De andere krijgen hun archiefstatus van voor de blokkade terug.
    //: Dit kan één keer."
    auto *explanation = new QLabel(tr("The erasure was granted in part. Tick the cases that were "
                                      "destroyed: they get archiefstatus VER. The others get back "
                                      "the archiefstatus they had before the block. This is said "
                                      "once."),
                                   this);
    explanation->setWordWrap(true);
    m_list = named<QListWidget>(u"veraDestroyedList"_s, this);
    //: Dutch: "Zaken die het zoeken vond"
    m_list->setAccessibleName(tr("Cases the search found"));
    explanation->setBuddy(m_list);
    for (const VeraFoundObject &c : m_cases) {
        const QString described = c.data.value(u"omschrijving"_s).toString();
        auto *item = new QListWidgetItem(
            u"%1 (%2)"_s.arg(described.isEmpty() ? c.uri : described, c.system), m_list);
        item->setToolTip(c.uri);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_list->setCurrentRow(0);
    m_status = named<QLabel>(u"veraDestroyedStatus"_s, this);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    //: Dutch: "Markeringen &plannen"
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Plan the marks"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VeraDestroyedDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VeraDestroyedDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    m_list->setFocus();
    resize(640, 360);
}

void VeraDestroyedDialog::accept()
{
    QStringList destroyed;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            destroyed << m_cases.at(row).uri;
    }
    ServiceError error;
    if (!VeraWriteBack(m_session).planFor(m_number, &error, destroyed)) {
        m_status->setText(error.message);
        return;
    }
    QDialog::accept();
}

} // namespace pd::ui
