#include "registers/DpiaPage.h"

#include "Named.h"
#include "documents/DocumentPreview.h"
#include "documents/DpiaDocument.h"
#include "organisation/OrganisationSettings.h"
#include "registers/DpiaDialog.h"
#include "registers/KeptDocumentDialog.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

constexpr int CodeRole = Qt::UserRole + 1;

QString indicationText(const Dpia &d)
{
    switch (DpiaRegister::indication(d)) {
    case DpiaIndication::Required:
        //: Dutch: "Verplicht"
        return DpiaPage::tr("Required");
    case DpiaIndication::Likely:
        //: Dutch: "Waarschijnlijk nodig"
        return DpiaPage::tr("Likely needed");
    case DpiaIndication::NotIndicated:
        break;
    }
    return QStringLiteral("—");
}

} // namespace

DpiaPage::DpiaPage(const Session &session, QWidget *parent)
    : Retranslated(parent)
    , m_session(session)
    , m_access(DeskAccess::of(session))
{
    setObjectName(QStringLiteral("dpiaPage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_view = named<QTreeWidget>(QStringLiteral("dpias"), this);
    m_view->setColumnCount(ColumnCount);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_assess = named<QPushButton>(QStringLiteral("assess"), this);
    m_document = named<QPushButton>(QStringLiteral("dpiaDocument"), this);
    m_print = named<QPushButton>(QStringLiteral("printDpia"), this);
    m_preview = named<QPushButton>(QStringLiteral("previewDpia"), this);
    m_count = new QLabel(this);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : { m_assess, m_document, m_preview, m_print })
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_intro, 1);
    bar->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    connect(m_assess, &QPushButton::clicked, this, &DpiaPage::assessSelected);
    connect(m_view, &QTreeWidget::itemActivated, this, [this] { assessSelected(); });
    connect(m_document, &QPushButton::clicked, this, &DpiaPage::documentOfSelected);
    connect(m_print, &QPushButton::clicked, this, &DpiaPage::printSelected);
    connect(m_preview, &QPushButton::clicked, this, &DpiaPage::previewSelected);
    connect(m_view, &QTreeWidget::currentItemChanged, this, &DpiaPage::updateButtons);
    auto *f2 = new QShortcut(QKeySequence(Qt::Key_F2), this);
    f2->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f2, &QShortcut::activated, this, &DpiaPage::assessSelected);
    m_access.offer(m_assess, Permission::EditRegisters);
    retranslateUi();
    refresh();
}

void DpiaPage::retranslateUi()
{
    //: Dutch: "Een DPIA is nodig als een verwerking waarschijnlijk een hoog risico inhoudt (art. 35 lid 1 AVG): altijd bij de soorten op de lijst van de AP en in de gevallen van art. 35 lid 3; bij twee of meer criteria van de EDPB waarschijnlijk. Blijft het restrisico hoog, raadpleeg dan vooraf de AP (art. 36 lid 1)."
    m_intro->setText(tr("A DPIA is needed when a processing is likely to result in a high risk "
                        "(art. 35(1) GDPR): always for the types on the AP's list and in the "
                        "cases of art. 35(3); likely with two or more EDPB criteria. When the "
                        "residual risk stays high, consult the AP beforehand (art. 36(1))."));
    //: Dutch: "&Beoordelen…"
    m_assess->setText(tr("&Assess…"));
    //: Dutch: "Beoordeel of de gekozen verwerking een DPIA nodig heeft, en leg de DPIA vast (Enter of F2)"
    m_assess->setToolTip(tr("Assess whether the selected activity needs a DPIA, and record the "
                            "DPIA (Enter or F2)"));
    //: Dutch: "&Document…"
    m_document->setText(tr("&Document…"));
    //: Dutch: "Het document van de DPIA versleuteld bewaren, opslaan, vervangen of verwijderen"
    m_document->setToolTip(tr("Keep the DPIA's document encrypted, save, replace or remove it"));
    //: Dutch: "Voo&rbeeld…"
    m_preview->setText(tr("Previe&w…"));
    //: Dutch: "De gekozen DPIA bekijken of als PDF opslaan"
    m_preview->setToolTip(tr("View the selected DPIA or save it as PDF"));
    //: Dutch: "&Afdrukken…"
    m_print->setText(tr("&Print…"));
    //: Dutch: "De gekozen DPIA afdrukken"
    m_print->setToolTip(tr("Print the selected DPIA"));
    //: Dutch: "DPIA-register"
    m_view->setAccessibleName(tr("DPIA register"));
    m_view->setHeaderLabels({ tr("Number"), tr("Processing activity"),
                              //: Dutch: "Volgens de lijsten"
                              tr("By the lists"),
                              //: Dutch: "DPIA"
                              tr("DPIA"),
                              //: Dutch: "Restrisico"
                              tr("Residual risk"),
                              //: Dutch: "Herbeoordeling"
                              tr("Review"),
                              //: Dutch: "Aandacht"
                              tr("Attention") });
}

void DpiaPage::refresh()
{
    const QString selected = m_view->currentItem()
        ? m_view->currentItem()->data(CodeColumn, CodeRole).toString()
        : QString();
    ServiceError error;
    m_activities = ProcessingRegister(m_session).list(&error);
    //: Dutch: "Het DPIA-register kon niet worden gelezen: %1"
    m_readError = error.isError() ? tr("The DPIA register could not be read: %1").arg(error.message)
                                  : QString();
    m_view->clear();
    const QDate today = systemClock().today();
    const QLocale locale;
    int due = 0;
    for (const ProcessingActivity &a : std::as_const(m_activities)) {
        auto *row = new QTreeWidgetItem(m_view);
        row->setData(CodeColumn, CodeRole, a.subCode);
        row->setText(CodeColumn, a.subCode);
        row->setText(NameColumn, a.name);
        row->setText(IndicationColumn, a.dpia ? indicationText(*a.dpia) : QStringLiteral("—"));
        row->setText(StatusColumn, DpiaRegister::status(a.dpia));
        if (!a.dpia)
            continue;
        row->setText(RiskColumn, a.dpia->done() ? codes::label(a.dpia->residualRisk) : QString());
        if (a.dpia->reviewOn.isValid())
            row->setText(ReviewColumn, locale.toString(a.dpia->reviewOn, QLocale::ShortFormat));
        const QStringList warnings = DpiaRegister::warnings(*a.dpia, today);
        row->setText(AttentionColumn, warnings.join(u' '));
        row->setToolTip(AttentionColumn, warnings.join(u'\n'));
        if (!warnings.isEmpty())
            row->setForeground(AttentionColumn, QColor(0x8a, 0x1f, 0x11));
        due += a.dpia->reviewDue(today) ? 1 : 0;
    }
    for (int c = CodeColumn; c < AttentionColumn; ++c)
        m_view->resizeColumnToContents(c);
    m_view->setColumnWidth(NameColumn, std::min(m_view->columnWidth(NameColumn), 320));
    //: Dutch: "%n verwerking(en); %1 DPIA('s) te herbeoordelen"
    m_count->setText(m_readError.isEmpty() ? tr("%n processing activities; %1 DPIA review(s) due",
                                                nullptr, static_cast<int>(m_activities.size()))
                                                 .arg(due)
                                           : m_readError);
    if (!selected.isEmpty())
        selectActivity(selected);
    updateButtons();
}

void DpiaPage::updateButtons()
{
    const bool assessed = selectedDpia().has_value();
    m_document->setEnabled(assessed);
    m_print->setEnabled(assessed);
    m_preview->setEnabled(assessed);
}

std::optional<Dpia> DpiaPage::selectedDpia() const
{
    if (!m_view->currentItem())
        return std::nullopt;
    const QString code = m_view->currentItem()->data(CodeColumn, CodeRole).toString();
    for (const ProcessingActivity &a : m_activities) {
        if (a.subCode == code && a.dpia) {
            Dpia d = *a.dpia;
            d.activityCode = a.subCode;
            d.activityName = a.name;
            return d;
        }
    }
    return std::nullopt;
}

void DpiaPage::documentOfSelected()
{
    const std::optional<Dpia> dpia = selectedDpia();
    if (!dpia)
        return;
    auto *dialog = new KeptDocumentDialog(m_session, KeptDocumentOwner::Dpia, dpia->id,
                                          dpia->activityCode + u' ' + dpia->activityName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &KeptDocumentDialog::changed, this, &DpiaPage::dpiaChanged);
    dialog->open();
}

namespace {

// The DPIA as the desk prints it, read afresh for the preview and the print.
DocumentPreview::Document printableDpia(const Session &session, const Dpia &dpia)
{
    DocumentPreview::Document document;
    document.title = DpiaDocument::documentTitle(dpia);
    document.marking = PrintedDocument::marking(session.store());
    document.storeDirectory = session.store().directory();
    document.fill = [session, dpia](QTextDocument *text, QString *error) {
        ServiceError readError;
        const std::optional<KeptDocument> kept
            = KeptDocumentService(session, KeptDocumentOwner::Dpia).find(dpia.id, &readError);
        if (!kept) {
            if (error)
                *error = readError.message;
            return false;
        }
        DpiaDocument::fillDocument(text, dpia, OrganisationSettings(session).details(), *kept,
                                   systemClock().today());
        return true;
    };
    return document;
}

} // namespace

void DpiaPage::printSelected()
{
    if (const std::optional<Dpia> dpia = selectedDpia())
        DocumentPreview::print(this, printableDpia(m_session, *dpia), {},
                               DocumentPreview::reportOn(this));
}

void DpiaPage::previewSelected()
{
    if (const std::optional<Dpia> dpia = selectedDpia())
        DocumentPreview::preview(this, printableDpia(m_session, *dpia));
}

bool DpiaPage::selectActivity(const QString &subCode)
{
    for (int i = 0; i < m_view->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_view->topLevelItem(i);
        if (row->data(CodeColumn, CodeRole).toString() == subCode) {
            m_view->setCurrentItem(row);
            return true;
        }
    }
    return false;
}

void DpiaPage::showReviewsDue()
{
    refresh();
    const QDate today = systemClock().today();
    for (const ProcessingActivity &a : std::as_const(m_activities)) {
        if (a.dpia && a.dpia->reviewDue(today)) {
            selectActivity(a.subCode);
            break;
        }
    }
    m_view->setFocus();
}

void DpiaPage::assessSelected()
{
    if (!m_view->currentItem() || !m_access.may(Permission::EditRegisters))
        return;
    const QString code = m_view->currentItem()->data(CodeColumn, CodeRole).toString();
    for (const ProcessingActivity &a : std::as_const(m_activities)) {
        if (a.subCode != code)
            continue;
        Dpia d = a.dpia.value_or(Dpia {});
        d.activityCode = a.subCode;
        d.activityName = a.name;
        auto *dialog = new DpiaDialog(m_session, d, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        connect(dialog, &QDialog::accepted, this, [this] {
            refresh();
            Q_EMIT dpiaChanged();
        });
        dialog->open();
        return;
    }
}

} // namespace pd::ui
