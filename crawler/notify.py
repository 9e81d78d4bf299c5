"""Deliver new alerts by e-mail (SMTP) and webhook (JSON POST); each channel marks what it sent."""

from __future__ import annotations

import json
import smtplib
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import Any

from sqlite_utils import Database

from crawler import __version__, store_ops
from crawler.dates import VN_TZ


@dataclass(frozen=True)
class Channels:
    """Where alerts go, from the UNIONWATCH_SMTP_* / MAIL_* / WEBHOOK_URL settings."""

    smtp_host: str = ""
    smtp_port: int = 25
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_security: str = ""  # "", "starttls" or "ssl"
    mail_from: str = "unionwatch@localhost"
    mail_to: tuple[str, ...] = ()
    webhook_url: str = ""
    max_age_days: float = 3
    timeout: float = 30

    @classmethod
    def from_settings(cls, settings: Any) -> Channels:
        recipients = [r.strip() for r in settings.get("UNIONWATCH_MAIL_TO", "").split(",")]
        return cls(
            smtp_host=settings.get("UNIONWATCH_SMTP_HOST", ""),
            smtp_port=settings.getint("UNIONWATCH_SMTP_PORT", 25),
            smtp_user=settings.get("UNIONWATCH_SMTP_USER", ""),
            smtp_password=settings.get("UNIONWATCH_SMTP_PASSWORD", ""),
            smtp_security=settings.get("UNIONWATCH_SMTP_SECURITY", "").lower(),
            mail_from=settings.get("UNIONWATCH_MAIL_FROM", "unionwatch@localhost"),
            mail_to=tuple(r for r in recipients if r),
            webhook_url=settings.get("UNIONWATCH_WEBHOOK_URL", ""),
            max_age_days=settings.getfloat("UNIONWATCH_NOTIFY_MAX_AGE_DAYS", 3),
        )

    @property
    def mail(self) -> bool:
        return bool(self.smtp_host and self.mail_to)


@dataclass
class Delivery:
    """What one notification round did: alerts sent per channel, and one line per failure."""

    mailed: int = 0
    posted: int = 0
    errors: list[str] = field(default_factory=list)


def subject(alerts: list[dict[str, Any]]) -> str:
    kinds: dict[str, int] = {}
    for a in alerts:
        kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
    parts = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
    return f"UnionWatch: {parts}"


def body(alerts: list[dict[str, Any]]) -> str:
    lines = []
    for a in alerts:
        name = f" ({a['source_name']})" if a.get("source_name") else ""
        cause = f" [{a['cause']}]" if a.get("cause") else ""
        lines.append(f"{a['created']}  {a['kind'].upper()}{cause}  {a['source_id']}{name}\n    {a['message']}")
    return "\n".join(lines) + "\n\n`unionwatch status` shows every source.\n"


def send_mail(channels: Channels, alerts: list[dict[str, Any]]) -> None:
    message = EmailMessage()
    message["From"] = channels.mail_from
    message["To"] = ", ".join(channels.mail_to)
    message["Subject"] = subject(alerts)
    message.set_content(body(alerts))
    smtp_cls = smtplib.SMTP_SSL if channels.smtp_security == "ssl" else smtplib.SMTP
    with smtp_cls(channels.smtp_host, channels.smtp_port, timeout=channels.timeout) as smtp:
        if channels.smtp_security == "starttls":
            smtp.starttls(context=ssl.create_default_context())
        if channels.smtp_user:
            smtp.login(channels.smtp_user, channels.smtp_password)
        smtp.send_message(message)


def post_webhook(channels: Channels, alerts: list[dict[str, Any]]) -> None:
    payload = json.dumps({"text": subject(alerts), "alerts": alerts}, ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(
        channels.webhook_url, data=payload, method="POST",
        headers={"Content-Type": "application/json; charset=utf-8", "User-Agent": f"UnionWatch/{__version__}"},
    )
    with urllib.request.urlopen(request, timeout=channels.timeout) as response:
        response.read()


def deliver(db: Database, channels: Channels, now: datetime | None = None) -> Delivery:
    """Send every alert a configured channel has not delivered yet (and is not too old for)."""
    now = now or datetime.now(VN_TZ)
    since = (now - timedelta(days=channels.max_age_days)).replace(microsecond=0).isoformat()
    done = Delivery()
    plan = [("mailed", channels.mail, send_mail, "e-mail"),
            ("posted", bool(channels.webhook_url), post_webhook, "webhook")]
    for column, enabled, send, label in plan:
        if not enabled:
            continue
        alerts = store_ops.pending_alerts(db, column, since)
        if not alerts:
            continue
        try:
            send(channels, alerts)
        except (OSError, smtplib.SMTPException, urllib.error.URLError, ValueError) as exc:
            done.errors.append(f"{label} of {len(alerts)} alerts failed: {type(exc).__name__}: {exc}")
            continue
        store_ops.mark_alerts(db, column, [a["id"] for a in alerts])
        setattr(done, column, len(alerts))
    return done
