#pragma once

#include "registers/SystemChecklist.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

// What an answer to an inzage or portability request made with Privacydesk covers:
// everything Privacydesk records about the data subject, and nothing from the organisation's
// other systems (the rental administration and the like), which the officer gathers from there
// and sends apart. The inzage report (PersonReportDocument) and the export's cover letter
// ({{export.overige_systemen}}) state it from here, so that the letter in the envelope never
// contradicts the report beside it. Change one, change both, here.
class AccessScope final
{
    Q_DECLARE_TR_FUNCTIONS(pd::AccessScope)
public:
    // The report's opening paragraph, in the interface language: what it holds, what it does
    // not, and that the cover letter says how the rest arrives.
    static QString reportText();
    // The cover letter's paragraph, Dutch HTML (letters are Dutch): the same facts about what
    // is enclosed (report: the inzage overview; files: the portability export), and what the
    // request's systems search found in the other systems: only a system that holds
    // the person's data makes the letter say that those data follow apart; a search that found
    // nothing says so. Without a search recorded (none yet, or the checklist does not apply) it
    // promises nothing it cannot know. person: the data subject's name when the letter goes to
    // a representative ("over W. de Groot-Visser"), empty for the person's own request ("over
    // u"). Empty when neither is enclosed. sentTo (ieder1): the controller the files
    // went to directly (art. 20(2)), for a portability answer without a report: the letter then
    // says that the files it got hold only data from Privacydesk, and that the data of the other
    // systems go to it apart. With a report as well, the letter says that the overview comes to
    // the person and the files went to that controller, and that the other systems' data come to
    // the person and, as far as art. 20 covers them, to that controller too; the same with a
    // report and no files (a decision's inzage part beside a direct transmission).
    static QString letterHtml(bool report, bool files, const QString &person = {},
                              const QList<SystemCheck> &systems = {}, const QString &sentTo = {});
    // What the portability files held, Dutch HTML (a paragraph): the fields of the person's
    // record the export recorded for the request held (PersonPortability::heldFields codes),
    // never a fixed list; art. 20(1)'s limit, and that LEESMIJ.txt names what they leave out.
    // fields nullopt: no export recorded what it held, and the paragraph names no field.
    // data, consent, you: whose (letterwords::Whose: "uw gegevens", "uw toestemming", "u").
    static QString portableHtml(const std::optional<QStringList> &fields, const QString &data,
                                const QString &consent, const QString &you);
};

} // namespace pd
