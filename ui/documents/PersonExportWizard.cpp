#include "documents/PersonExportWizard.h"

#include "HelpWindow.h"
#include "MessageLabel.h"
#include "Named.h"
#include "WindowSize.h"
#include "cases/CaseService.h"
#include "cases/PersonQuery.h"
#include "documents/AnswerPasswordDialog.h"
#include "documents/PersonReport.h"
#include "documents/PersonReview.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>

namespace pd::ui {

namespace {

constexpr int idRole = Qt::UserRole + 1;

QString personLine(const Person &p)
{
    QStringList parts { p.name };
    if (!p.klantnummer.isEmpty())
        parts << p.klantnummer;
    const QString address
        = QStringList { p.street, p.houseNumber, p.postcode, p.city }.join(u' ').simplified();
    if (!address.isEmpty())
        parts << address;
    return parts.join(QStringLiteral(" · "));
}

} // namespace

struct PersonExportWizard::Private
{
    explicit Private(const Session &s)
        : session(s)
    { }

    // Reads the person's report and its findings; every finding is redacted until the officer
    // keeps it.
    bool load(qint64 id, QString *error)
    {
        if (report && personId == id)
            return true;
        ServiceError serviceError;
        report = PersonReportLoader(session).load(id, &serviceError);
        if (!report) {
            *error = serviceError.message;
            return false;
        }
        // A review that could not look up other people's names stops the export here.
        const auto found = PersonReview(session).findings(*report, &serviceError);
        if (!found) {
            report.reset();
            *error
                = PersonExportWizard::tr("The review of other people's data could not be done: %1")
                      .arg(serviceError.message);
            return false;
        }
        personId = id;
        findings = *found;
        redact.clear();
        for (const ReviewFinding &f : std::as_const(findings))
            redact << f.id;
        return true;
    }

    const Session session;
    qint64 personId = 0;
    std::optional<PersonReport> report;
    QList<ReviewFinding> findings;
    QSet<QString> redact;
    QString presetPdf;
    QString presetFolder;
    bool presetOutputs = false;
    PersonExportTargets targets;
    PersonExportResult result;
    bool finished = false;
    std::optional<Case> request; // a portability request: may go to another controller
    QString forRequest; // the request it is made for, from its detail
};

// Step 1: whose data.
class ExportPersonPage final : public QWizardPage
{
public:
    explicit ExportPersonPage(PersonExportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(PersonExportWizard::tr("Choose the data subject"));
        setSubTitle(PersonExportWizard::tr(
            "Type a customer number, a postcode with house number, or a name."));
        m_search = named<QLineEdit>(QStringLiteral("exportPersonSearch"), this);
        m_search->setPlaceholderText(PersonExportWizard::tr("e.g. K100234, 1234 AB 12 or Jansen"));
        m_search->setClearButtonEnabled(true);
        auto *label = new QLabel(PersonExportWizard::tr("&Search:"), this);
        label->setBuddy(m_search);
        m_list = named<QListWidget>(QStringLiteral("exportPersonList"), this);
        m_list->setAccessibleName(PersonExportWizard::tr("Data subjects found"));
        m_message = new MessageLabel(this);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(label);
        layout->addWidget(m_search);
        layout->addWidget(m_list, 1);
        layout->addWidget(m_message);
        connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
            m_list->clear();
            m_message->setMessage({});
            ServiceError error;
            for (const PersonMatch &match :
                 PersonQuery(m_wizard->d->session).search(text, &error)) {
                auto *item = new QListWidgetItem(personLine(match.person), m_list);
                item->setData(idRole, match.person.id);
            }
            if (error.isError()) // never "nobody found" for a search that failed
                m_message->setMessage(
                    PersonExportWizard::tr("The search failed: %1").arg(error.message));
            else if (m_list->count() > 0)
                m_list->setCurrentRow(0);
            else if (text.trimmed().size() >= 2)
                m_message->setMessage(PersonExportWizard::tr("Nobody found."));
            emit completeChanged();
        });
        connect(m_list, &QListWidget::currentRowChanged, this, [this] { emit completeChanged(); });
        connect(m_list, &QListWidget::itemActivated, this, [this] { m_wizard->next(); });
    }

    void initializePage() override { m_search->setFocus(); }

    bool isComplete() const override { return m_list->currentItem() != nullptr; }

    bool validatePage() override
    {
        QString error;
        if (!m_wizard->d->load(m_list->currentItem()->data(idRole).toLongLong(), &error)) {
            m_message->setMessage(error);
            return false;
        }
        return true;
    }

private:
    PersonExportWizard *m_wizard;
    QLineEdit *m_search;
    QListWidget *m_list;
    MessageLabel *m_message;
};

// Step 2: other people's data in the notes and texts.
class ExportReviewPage final : public QWizardPage
{
public:
    explicit ExportReviewPage(PersonExportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(PersonExportWizard::tr("Review other people's data"));
        setSubTitle(
            PersonExportWizard::tr(
                "These fragments of the notes and texts may be other people's data (article 15(4) "
                "GDPR). Ticked fragments are replaced by “%1” in every output; untick what may "
                "stay.")
                .arg(PersonReview::marker()));
        m_summary = named<QLabel>(QStringLiteral("exportSummary"), this);
        m_summary->setWordWrap(true);
        m_tree = named<QTreeWidget>(QStringLiteral("exportFindings"), this);
        m_tree->setAccessibleName(PersonExportWizard::tr("Other people's data found"));
        m_tree->setRootIsDecorated(false);
        m_tree->setUniformRowHeights(true);
        m_tree->setHeaderLabels({ PersonExportWizard::tr("Redact"), PersonExportWizard::tr("Found"),
                                  PersonExportWizard::tr("Kind"),
                                  PersonExportWizard::tr("Where") });
        m_tree->header()->setStretchLastSection(true);
        // The fragment in its sentence, for the current row: the column would cut it off.
        m_context = named<QLabel>(QStringLiteral("exportContext"), this);
        m_context->setWordWrap(true);
        m_context->setTextFormat(Qt::RichText);
        m_context->setFrameShape(QFrame::StyledPanel);
        m_context->setMargin(6);
        m_context->setMinimumHeight(m_context->fontMetrics().lineSpacing() * 3 + 12);
        m_context->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_none = new QLabel(
            PersonExportWizard::tr("No data of other people were found in the notes and texts."),
            this);
        m_none->setObjectName(QStringLiteral("exportNoFindings"));
        m_none->setWordWrap(true);
        m_redactAll = named<QPushButton>(QStringLiteral("exportRedactAll"),
                                         PersonExportWizard::tr("&Redact all"), this);
        m_keepAll = named<QPushButton>(QStringLiteral("exportKeepAll"),
                                       PersonExportWizard::tr("&Keep all"), this);
        m_message = new MessageLabel(this);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_redactAll);
        buttons->addWidget(m_keepAll);
        buttons->addStretch();
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addWidget(m_tree, 1);
        layout->addWidget(m_context);
        layout->addWidget(m_none);
        layout->addLayout(buttons);
        layout->addWidget(m_message);
        connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
            const QString id = item->data(0, idRole).toString();
            if (item->checkState(0) == Qt::Checked)
                m_wizard->d->redact << id;
            else
                m_wizard->d->redact.remove(id);
        });
        connect(m_tree, &QTreeWidget::currentItemChanged, this,
                [this](QTreeWidgetItem *current) { showContext(current); });
        connect(m_redactAll, &QPushButton::clicked, this, [this] { setAll(Qt::Checked); });
        connect(m_keepAll, &QPushButton::clicked, this, [this] { setAll(Qt::Unchecked); });
    }

    void initializePage() override
    {
        m_tree->clear();
        m_message->setMessage({});
        auto *d = m_wizard->d.get();
        QString error;
        if (!d->report && !d->load(d->personId, &error)) {
            m_message->setMessage(error);
            m_summary->clear();
            m_tree->hide();
            m_context->hide();
            m_none->hide();
            m_redactAll->hide();
            m_keepAll->hide();
            emit completeChanged();
            return;
        }
        const PersonReport &r = *d->report;
        QString summary = PersonExportWizard::tr("%1: %2, %3, %4.")
                              .arg(personLine(r.person),
                                   PersonExportWizard::tr("%n request(s)", nullptr,
                                                          static_cast<int>(r.requests.size())),
                                   PersonExportWizard::tr("%n note(s)", nullptr,
                                                          static_cast<int>(r.notes.size())),
                                   PersonExportWizard::tr("%n disclosure(s)", nullptr,
                                                          static_cast<int>(r.disclosures.size())));
        if (r.withheldDisclosures > 0)
            summary += u' '
                + PersonExportWizard::tr("%n disclosure(s) stay out of the export: the law forbids "
                                         "telling the data subject about them.",
                                         nullptr, r.withheldDisclosures);
        m_summary->setText(summary);
        const QSignalBlocker blocker(m_tree);
        for (const ReviewFinding &f : std::as_const(d->findings)) {
            auto *item = new QTreeWidgetItem(m_tree);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, d->redact.contains(f.id) ? Qt::Checked : Qt::Unchecked);
            item->setData(0, idRole, f.id);
            item->setText(1, f.text);
            item->setText(2, ReviewFinding::label(f.kind));
            item->setText(3, f.fieldLabel);
            item->setToolTip(1, f.context);
            item->setToolTip(0, f.id);
        }
        const bool any = !d->findings.isEmpty();
        m_tree->setVisible(any);
        m_context->setVisible(any);
        m_redactAll->setVisible(any);
        m_keepAll->setVisible(any);
        m_none->setVisible(!any);
        for (int column = 0; column < 3; ++column)
            m_tree->resizeColumnToContents(column);
        if (any) {
            m_tree->setCurrentItem(m_tree->topLevelItem(0));
            showContext(m_tree->currentItem()); // signals are blocked while filling
            m_tree->setFocus();
        }
        emit completeChanged();
    }

    bool isComplete() const override { return m_wizard->d->report.has_value(); }

private:
    void showContext(QTreeWidgetItem *item)
    {
        const int row = item ? m_tree->indexOfTopLevelItem(item) : -1;
        const auto &findings = m_wizard->d->findings;
        if (row < 0 || row >= findings.size()) {
            m_context->clear();
            return;
        }
        const ReviewFinding &f = findings.at(row);
        const qsizetype at = f.context.indexOf(f.text);
        const QString sentence = at < 0
            ? f.context.toHtmlEscaped()
            : f.context.left(at).toHtmlEscaped() + QStringLiteral("<b><u>") + f.text.toHtmlEscaped()
                + QStringLiteral("</u></b>") + f.context.mid(at + f.text.size()).toHtmlEscaped();
        m_context->setText(
            QStringLiteral("<i>%1</i><br>%2").arg(f.fieldLabel.toHtmlEscaped(), sentence));
    }

    void setAll(Qt::CheckState state)
    {
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
            m_tree->topLevelItem(i)->setCheckState(0, state);
    }

    PersonExportWizard *m_wizard;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QLabel *m_context;
    QLabel *m_none;
    QPushButton *m_redactAll;
    QPushButton *m_keepAll;
    MessageLabel *m_message;
};

// Step 3: where the files go.
class ExportOutputPage final : public QWizardPage
{
public:
    explicit ExportOutputPage(PersonExportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(PersonExportWizard::tr("Choose the outputs"));
        setSubTitle(PersonExportWizard::tr(
            "The access report is a PDF for the data subject with everything (article 15 GDPR). "
            "The data export holds, as JSON and CSV files, only the data processed on the data "
            "subject's consent or under a contract (article 20 GDPR); its LEESMIJ.txt says what "
            "is left out and why."));
        setCommitPage(true);
        m_pdfCheck = named<QCheckBox>(QStringLiteral("exportPdfCheck"),
                                      PersonExportWizard::tr("Access report as &PDF:"), this);
        m_pdf = named<QLineEdit>(QStringLiteral("exportPdfPath"), this);
        m_pdf->setAccessibleName(PersonExportWizard::tr("File for the access report"));
        auto *pdfBrowse = named<QPushButton>(QStringLiteral("exportPdfBrowse"),
                                             PersonExportWizard::tr("B&rowse…"), this);
        m_dataCheck
            = new QCheckBox(PersonExportWizard::tr("&Data export (JSON and CSV) in:"), this);
        m_dataCheck->setObjectName(QStringLiteral("exportDataCheck"));
        m_folder = named<QLineEdit>(QStringLiteral("exportFolder"), this);
        m_folder->setAccessibleName(PersonExportWizard::tr("Folder for the data export"));
        // Not the letter of the PDF's browse button above it.
        auto *folderBrowse = named<QPushButton>(QStringLiteral("exportFolderBrowse"),
                                                PersonExportWizard::tr("Bro&wse…"), this);
        m_overwrite = named<QCheckBox>(QStringLiteral("exportOverwrite"),
                                       PersonExportWizard::tr("&Overwrite files that exist"), this);
        auto *note = new QLabel(
            PersonExportWizard::tr("The files are not encrypted. Keep them where only you can "
                                   "reach them, and delete them once the data subject has "
                                   "them."),
            this);
        note->setWordWrap(true);
        m_message = new MessageLabel(this);
        // One encrypted PDF with the data export inside, for the data subject.
        //: Dutch: "Ve&rsleuteld: één PDF met de gegevensexport erin"
        m_encrypt = new EncryptChoice(
            PersonExportWizard::tr("Encr&ypted: one PDF with the data export inside"), this);
        connect(m_encrypt, &EncryptChoice::changed, this, [this, note] {
            const bool on = m_encrypt->encrypt();
            if (on)
                m_pdfCheck->setChecked(true);
            for (QWidget *w : std::initializer_list<QWidget *> { m_pdfCheck, m_dataCheck })
                w->setEnabled(!on);
            m_folder->setEnabled(!on && m_dataCheck->isChecked());
            note->setVisible(!on);
            changed();
        });
        createTransmission();
        auto *grid = new QGridLayout;
        grid->addWidget(m_pdfCheck, 0, 0);
        grid->addWidget(m_pdf, 0, 1);
        grid->addWidget(pdfBrowse, 0, 2);
        grid->addWidget(m_dataCheck, 1, 0);
        grid->addWidget(m_folder, 1, 1);
        grid->addWidget(folderBrowse, 1, 2);
        grid->setColumnStretch(1, 1);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(grid);
        layout->addWidget(m_overwrite);
        layout->addWidget(m_encrypt);
        layout->addWidget(m_transmit);
        layout->addWidget(note);
        layout->addWidget(m_message);
        layout->addStretch();
        for (QCheckBox *box : { m_pdfCheck, m_dataCheck, m_overwrite })
            connect(box, &QCheckBox::toggled, this, [this] { changed(); });
        for (QLineEdit *edit : { m_pdf, m_folder })
            connect(edit, &QLineEdit::textChanged, this, [this] { changed(); });
        connect(m_pdfCheck, &QCheckBox::toggled, m_pdf, &QWidget::setEnabled);
        connect(m_pdfCheck, &QCheckBox::toggled, pdfBrowse, &QWidget::setEnabled);
        connect(m_dataCheck, &QCheckBox::toggled, m_folder, &QWidget::setEnabled);
        connect(m_dataCheck, &QCheckBox::toggled, folderBrowse, &QWidget::setEnabled);
        connect(pdfBrowse, &QPushButton::clicked, this, [this] {
            const QString chosen = QFileDialog::getSaveFileName(
                this, PersonExportWizard::tr("Save the access report"), m_pdf->text(),
                PersonExportWizard::tr("PDF files (*.pdf)"), nullptr,
                QFileDialog::DontConfirmOverwrite);
            if (!chosen.isEmpty())
                m_pdf->setText(chosen.endsWith(QLatin1StringView(".pdf"), Qt::CaseInsensitive)
                                   ? chosen
                                   : chosen + QStringLiteral(".pdf"));
        });
        connect(folderBrowse, &QPushButton::clicked, this, [this] {
            const QString chosen = QFileDialog::getExistingDirectory(
                this, PersonExportWizard::tr("Folder for the data export"), m_folder->text());
            if (!chosen.isEmpty())
                m_folder->setText(chosen);
        });
    }

    void initializePage() override
    {
        auto *d = m_wizard->d.get();
        if (d->presetOutputs) {
            m_pdf->setText(d->presetPdf);
            m_folder->setText(d->presetFolder);
            m_pdfCheck->setChecked(!d->presetPdf.isEmpty());
            m_dataCheck->setChecked(!d->presetFolder.isEmpty());
        } else if (m_pdf->text().isEmpty() && m_folder->text().isEmpty()) {
            // A suggestion in the user's documents; nothing is written until they confirm.
            const QDir documents(
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
            const QString key = d->report && !d->report->person.klantnummer.isEmpty()
                ? d->report->person.klantnummer
                : QString::number(d->personId);
            m_pdf->setText(QDir::toNativeSeparators(
                documents.filePath(PersonExportWizard::tr("access-report-%1.pdf").arg(key))));
            m_folder->setText(QDir::toNativeSeparators(
                documents.filePath(PersonExportWizard::tr("data-export-%1").arg(key))));
            m_pdfCheck->setChecked(true);
            m_dataCheck->setChecked(true);
        }
        m_pdf->setEnabled(m_pdfCheck->isChecked());
        m_folder->setEnabled(m_dataCheck->isChecked());
        const std::optional<Case> &request = d->request;
        m_transmit->setVisible(request.has_value());
        if (request) {
            m_transmitName->setText(request->transmitTo.name);
            m_transmitAddress->setText(request->transmitTo.address);
            m_transmit->setChecked(!request->transmitTo.isEmpty());
        }
        changed();
    }

    bool isComplete() const override
    {
        const PersonExportTargets t = targets();
        return !t.isEmpty() && m_encrypt->isReady();
    }

    bool validatePage() override
    {
        PersonExportTargets t = targets();
        if (!t.overwrite) {
            const QStringList existing
                = m_wizard->d->report ? t.existingFiles(*m_wizard->d->report) : QStringList();
            if (!existing.isEmpty()) {
                m_message->setMessage(
                    PersonExportWizard::tr("%n file(s) exist already: %1. Choose another place, "
                                           "or tick “Overwrite files that exist”.",
                                           nullptr, static_cast<int>(existing.size()))
                        .arg(existing.join(QStringLiteral(", "))));
                return false;
            }
        }
        if (!recordTransmission(&t))
            return false;
        m_wizard->d->targets = t;
        m_wizard->d->targets.forRequest = m_wizard->d->forRequest;
        // Opened from the File menu: made for the person's one open access or portability
        // request, so that its AP dossier shows what was sent.
        if (t.transmission.to.isEmpty() && m_wizard->d->forRequest.isEmpty() && m_wizard->d->report)
            m_wizard->d->targets.forRequest = PersonExport::answeredRequest(*m_wizard->d->report);
        return true;
    }

private:
    // Direct to another controller (art. 20(2) GDPR): its name and address, for a portability
    // request only.
    void createTransmission()
    {
        //: Dutch: "De gegevensexport rechtstreeks naar een andere organisatie (artikel 20 lid 2
        //: AVG)"
        m_transmit = new QGroupBox(PersonExportWizard::tr("Send the data export directly to "
                                                          "another controller (article 20(2) "
                                                          "GDPR)"),
                                   this);
        m_transmit->setObjectName(QStringLiteral("exportTransmit"));
        m_transmit->setCheckable(true);
        m_transmit->setChecked(false);
        m_transmit->hide();
        m_transmitName = named<QLineEdit>(QStringLiteral("exportTransmitName"), m_transmit);
        m_transmitAddress = named<QLineEdit>(QStringLiteral("exportTransmitAddress"), m_transmit);
        auto *form = new QFormLayout(m_transmit);
        //: Dutch: "&Naam:"
        form->addRow(PersonExportWizard::tr("&Name:"), m_transmitName);
        //: Dutch: "&Adres of e-mail:"
        form->addRow(PersonExportWizard::tr("&Address or e-mail:"), m_transmitAddress);
        connect(m_transmit, &QGroupBox::toggled, this, [this] { changed(); });
        for (QLineEdit *edit : { m_transmitName, m_transmitAddress })
            connect(edit, &QLineEdit::textChanged, this, [this] { changed(); });
    }

    // The receiving controller recorded with the request when it changed, and the export made
    // for it; false (the message shown) when it could not be recorded.
    bool recordTransmission(PersonExportTargets *t)
    {
        const std::optional<Case> &request = m_wizard->d->request;
        if (!request || m_transmit->isHidden() || !m_transmit->isChecked())
            return true;
        if (t->jsonPath.isEmpty() && t->csvDirectory.isEmpty()) {
            //: Dutch: "Kies de gegevensexport om die naar de andere organisatie te sturen."
            m_message->setMessage(PersonExportWizard::tr("Choose the data export to send it to "
                                                         "the other controller."));
            return false;
        }
        const ReceivingController to { m_transmitName->text().simplified(),
                                       m_transmitAddress->text().trimmed() };
        if (to.isEmpty()) {
            //: Dutch: "Geef de naam van de ontvangende organisatie."
            m_message->setMessage(PersonExportWizard::tr("Give the receiving controller's name."));
            return false;
        }
        if (to != request->transmitTo) {
            ServiceError error;
            if (!CaseService(m_wizard->d->session)
                     .setTransmitTo(request->number, to, BsnCheck::Refuse, &error)) {
                m_message->setMessage(error.message);
                return false;
            }
        }
        t->transmission = { to, request->number };
        return true;
    }

    PersonExportTargets targets() const
    {
        PersonExportTargets t;
        const QString folder = m_folder->text().trimmed();
        if (m_pdfCheck->isChecked())
            t.pdfPath = m_pdf->text().trimmed();
        if (m_dataCheck->isChecked() && !folder.isEmpty()) {
            t.jsonPath = QDir(folder).filePath(PersonExportWizard::jsonFileName());
            t.csvDirectory = folder;
        }
        t.overwrite = m_overwrite->isChecked();
        if (m_encrypt->encrypt()) {
            // The JSON and CSV files go inside the PDF, never beside it.
            t.jsonPath.clear();
            t.csvDirectory.clear();
            t.encrypt = true;
            t.passwordBy = m_encrypt->delivery().value_or(PasswordDelivery::Phone);
        }
        return t;
    }

    void changed()
    {
        m_message->setMessage({});
        emit completeChanged();
    }

    PersonExportWizard *m_wizard;
    QCheckBox *m_pdfCheck;
    QLineEdit *m_pdf;
    QCheckBox *m_dataCheck;
    QLineEdit *m_folder;
    QCheckBox *m_overwrite;
    EncryptChoice *m_encrypt = nullptr;
    MessageLabel *m_message;
    QGroupBox *m_transmit = nullptr;
    QLineEdit *m_transmitName = nullptr;
    QLineEdit *m_transmitAddress = nullptr;
};

// Step 4: the export, and what was written.
class ExportResultPage final : public QWizardPage
{
public:
    explicit ExportResultPage(PersonExportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(PersonExportWizard::tr("Export"));
        setFinalPage(true);
        m_progress = named<QProgressBar>(QStringLiteral("exportProgress"), this);
        m_text = named<QLabel>(QStringLiteral("exportResult"), this);
        m_text->setWordWrap(true);
        m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_message = named<MessageLabel>(QStringLiteral("exportError"), this);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_progress);
        layout->addWidget(m_text);
        layout->addWidget(m_message);
        layout->addStretch();
    }

    void initializePage() override
    {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_text->setText(PersonExportWizard::tr("Writing…"));
        // After the page is shown, so that the progress is seen.
        QTimer::singleShot(0, this, [this] { run(); });
    }

    bool isComplete() const override { return m_wizard->d->finished; }

private:
    void run()
    {
        auto *d = m_wizard->d.get();
        if (d->finished || !d->report)
            return;
        d->result = PersonExport(d->session)
                        .write(*d->report, d->findings, d->redact, d->targets,
                               [this](int done, int total) {
                                   m_progress->setRange(0, total);
                                   m_progress->setValue(done);
                                   m_progress->repaint();
                               });
        d->finished = true;
        if (!d->result.ok()) {
            setSubTitle({});
            m_text->setText(PersonExportWizard::tr("Nothing was written."));
            m_message->setMessage(d->result.error);
        } else {
            m_progress->setValue(m_progress->maximum());
            QStringList lines;
            lines << PersonExportWizard::tr("Written:");
            for (const QString &file : std::as_const(d->result.written))
                lines << QDir::toNativeSeparators(file);
            lines << QString();
            lines << PersonExportWizard::tr("%n of %1 fragment(s) of other people's data redacted.",
                                            nullptr, d->result.redactedFindings)
                         .arg(d->result.findings);
            if (!d->result.leftOut.isEmpty())
                lines << PersonExportWizard::tr("Left out of the data export (not on consent or "
                                                "contract, article 20 GDPR): %1.")
                             .arg(d->result.leftOut.join(QStringLiteral("; ")));
            if (!d->result.embedded.isEmpty())
                //: Dutch: "Versleuteld (AES-256); in de PDF: %1."
                lines << PersonExportWizard::tr("Encrypted (AES-256); inside the PDF: %1.")
                             .arg(d->result.embedded.join(QStringLiteral(", ")));
            lines << PersonExportWizard::tr(
                "The export is recorded in the data subject's audit trail.");
            m_text->setText(lines.join(u'\n'));
            // Shown once, then gone: the wizard keeps no copy.
            if (!d->result.password.isEmpty())
                AnswerPasswordDialog::showOnce(std::exchange(d->result.password, QString()),
                                               d->targets.passwordBy, m_wizard);
            emit m_wizard->exported(d->personId);
        }
        emit completeChanged();
    }

    PersonExportWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_text;
    MessageLabel *m_message;
};

PersonExportWizard::PersonExportWizard(const Session &session, qint64 personId, QWidget *parent,
                                       const QString &forRequest)
    : QWizard(parent)
    , d(std::make_unique<Private>(session))
{
    d->forRequest = forRequest;
    setObjectName(QStringLiteral("personExportWizard"));
    setHelpTopic(this, HelpTopic::AccessExport);
    setWindowTitle(tr("Access report and data export"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Export"));
    setPage(PersonPageId, new ExportPersonPage(this));
    setPage(ReviewPageId, new ExportReviewPage(this));
    setPage(OutputPageId, new ExportOutputPage(this));
    setPage(ResultPageId, new ExportResultPage(this));
    if (personId > 0) {
        d->personId = personId;
        setStartId(ReviewPageId);
    }
    resizeWithinScreen(this, QSize(820, 540));
}

PersonExportWizard::~PersonExportWizard() = default;

qint64 PersonExportWizard::personId() const
{
    return d->report ? d->personId : 0;
}

void PersonExportWizard::setOutputs(const QString &pdfPath, const QString &folder)
{
    d->presetPdf = pdfPath;
    d->presetFolder = folder;
    d->presetOutputs = true;
}

void PersonExportWizard::setRequest(const Case &request)
{
    if (request.types.contains(RequestType::Overdraagbaarheid))
        d->request = request;
}

QString PersonExportWizard::jsonFileName()
{
    return QStringLiteral("persoonsgegevens.json");
}

bool PersonExportWizard::isFinished() const
{
    return d->finished;
}

PersonExportResult PersonExportWizard::result() const
{
    return d->result;
}

} // namespace pd::ui
