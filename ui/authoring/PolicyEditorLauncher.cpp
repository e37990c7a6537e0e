#include "ui/authoring/PolicyEditorLauncher.h"

#include "authoring/DraftStore.h"
#include "ui/MessageBox.h"
#include "ui/authoring/PolicyEditorDialog.h"

#include <QCoreApplication>
#include <QInputDialog>

namespace mianshen::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PolicyEditorLauncher", text);
}

PolicyEditorDialog *open(QWidget *parent, store::Database &db, const domain::Result<qint64> &id, const QString &title)
{
    if (!id) {
        MessageBox::warning(parent, title, id.error());
        return nullptr;
    }
    auto *dialog = new PolicyEditorDialog(db, id.value(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->isLoaded())
        MessageBox::warning(parent, title, dialog->loadError());
    dialog->show();
    return dialog;
}

} // namespace

PolicyEditorDialog *PolicyEditorLauncher::newPolicy(QWidget *parent, store::Database &db, const QString &code)
{
    authoring::DraftStore store(db);
    return open(parent, db, store.createNew(code), tr("New Policy"));
}

PolicyEditorDialog *PolicyEditorLauncher::newVersionOf(QWidget *parent, store::Database &db, const QString &code)
{
    authoring::DraftStore store(db);
    return open(parent, db, store.createVersionOf(code), tr("New Version"));
}

PolicyEditorDialog *PolicyEditorLauncher::openDraft(QWidget *parent, store::Database &db, qint64 draftId)
{
    return open(parent, db, domain::Result<qint64>(draftId), tr("Open Draft"));
}

PolicyEditorDialog *PolicyEditorLauncher::askNewPolicy(QWidget *parent, store::Database &db)
{
    bool ok = false;
    const QString code = QInputDialog::getText(parent, tr("New Policy"),
                                               tr("The new policy's code (upper-case letters, digits and hyphens, e.g. TALENT-RENT):"),
                                               QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || code.isEmpty())
        return nullptr;
    return newPolicy(parent, db, code);
}

PolicyEditorDialog *PolicyEditorLauncher::askOpenDraft(QWidget *parent, store::Database &db)
{
    authoring::DraftStore store(db);
    const auto drafts = store.list();
    if (!drafts) {
        MessageBox::warning(parent, tr("Open Draft"), drafts.error());
        return nullptr;
    }
    if (drafts->isEmpty()) {
        MessageBox::information(parent, tr("Open Draft"), tr("There are no policy drafts. New Policy or New Version starts one."));
        return nullptr;
    }
    QStringList items;
    for (const auto &d : drafts.value())
        items << tr("%1 — %2 — %3, by %4, %5").arg(d.id).arg(d.policyCode, authoring::draftStatusLabel(d.status), d.author, d.updatedAt);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, tr("Open Draft"), tr("Draft:"), items, 0, false, &ok);
    if (!ok)
        return nullptr;
    return openDraft(parent, db, drafts.value()[items.indexOf(chosen)].id);
}

} // namespace mianshen::ui
