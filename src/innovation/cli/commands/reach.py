"""Reaching people where they are: reminders by e-mail, and a public page for residents."""

from __future__ import annotations

from innovation.cli.context import Ctx
from innovation.cli.output import err_line, line, print_json
from innovation.cli.spec import command, opt, switch
from innovation.i18n import t


@command(
    "remind",
    switch("--dry-run", "cli.arg.remind_dry"),
    opt("--preview", "cli.arg.remind_preview", metavar="USERNAME"),
    opt("--settings", "cli.arg.settings_file"),
)
def remind(ctx: Ctx, dry_run: bool, preview: str | None, settings: str | None) -> int:
    """Sends each person whose turn it is one digest of what waits for them; remembers what
    the server accepted, so nothing is sent twice and a missed run catches up."""
    from pathlib import Path

    from innovation.mail import Mailer, MailSettings, compose
    from innovation.service.reminders import item_text

    svc = ctx.service()
    svc.check_may_remind()
    workspace = t("remind.workspace")
    if preview is not None:
        digests = [svc.digest(preview)]
    else:
        digests = svc.due()
    if dry_run or preview is not None:
        if ctx.json:
            print_json(
                [
                    {
                        "to": d.email,
                        "username": d.username,
                        "lang": d.lang,
                        "items": [
                            {
                                "kind": i.kind,
                                "key": i.key,
                                "text": item_text(i, d.lang),
                                "command": i.command,
                            }
                            for i in d.items
                        ],
                    }
                    for d in digests
                ]
            )
            return 0
        if not digests:
            line(t("out.nothing_to_remind"))
        for d in digests:
            line((t("out.digest_for", name=d.name, email=d.email or "–", n=len(d.items)), "bold"))
            for i in d.items:
                line(f"  - {item_text(i, d.lang)}")
                line((f"    {i.command}", "dim"))
        return 0
    if not digests:
        line(t("out.nothing_to_remind"))
        return 0
    mail = MailSettings.load(Path(settings) if settings else None)
    sent = failed = 0
    with Mailer(mail) as mailer:
        for d in digests:
            message = compose(d, mail.sender, workspace)
            try:
                mailer.send(message)
            except Exception as exc:  # noqa: BLE001  (one refused address stops no one else)
                from innovation.domain import InnovationError

                if not isinstance(exc, InnovationError):
                    raise
                err_line(exc.message(), style="bold red")
                failed += 1
                continue
            svc.record_sent(d, str(message["Subject"]))
            sent += 1
    line(t("out.reminders_sent", sent=sent, failed=failed))
    return 1 if failed else 0


@command("publish", opt("--output", "cli.arg.publish_dir", short="-o", required=True))
def publish(ctx: Ctx, output: str) -> None:
    """Writes the static public site for residents (Swedish and English)."""
    from pathlib import Path

    from innovation.publish import publish as write_site

    svc = ctx.service()
    svc.check_may_publish()
    site = write_site(svc, Path(output))
    line(t("out.published", pages=site.pages, path=output, anchor=site.anchor))
