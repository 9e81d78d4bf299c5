"""Alert delivery to a real local SMTP server and a local webhook endpoint."""

from __future__ import annotations

from datetime import datetime, timedelta

from crawler import store_ops
from crawler.dates import VN_TZ
from crawler.notify import Channels, deliver
from tests.receivers import SmtpSink, WebhookReceiver, free_port


def seed(db) -> list[int]:
    db["sources"].insert({"id": "ldld-soc-trang", "name": "Liên đoàn Lao động tỉnh Sóc Trăng",
                          "unit_level": "province", "url": "http://x/", "listing_urls": "[]"})
    return [
        store_ops.add_alert(db, "ldld-soc-trang", "broken", "layout",
                        "layout changed: the listing shows no article links"),
        store_ops.add_alert(db, "ldld-soc-trang", "recovered", "layout", "recovered from layout; now ok"),
    ]


def test_mail_and_webhook_carry_each_alert_once(fresh_db):
    ids = seed(fresh_db)
    with SmtpSink() as smtp, WebhookReceiver() as hook:
        channels = Channels(smtp_host="127.0.0.1", smtp_port=smtp.port, mail_from="uw@example.org",
                            mail_to=("ops@example.org",), webhook_url=hook.url)
        first = deliver(fresh_db, channels)
        again = deliver(fresh_db, channels)
        assert (first.mailed, first.posted, first.errors) == (2, 2, [])
        assert (again.mailed, again.posted) == (0, 0)
        assert len(smtp.messages) == 1 and len(hook.received) == 1
        mail = smtp.messages[0]
        assert mail["Subject"] == "UnionWatch: 1 broken, 1 recovered"
        assert mail["From"] == "uw@example.org" and smtp.recipients == [["ops@example.org"]]
        text = mail.get_content()
        assert "BROKEN [layout]  ldld-soc-trang (Liên đoàn Lao động tỉnh Sóc Trăng)" in text
        assert "the listing shows no article links" in text
        body = hook.received[0]["json"]
        assert [a["id"] for a in body["alerts"]] == ids
        assert body["alerts"][0]["source_name"] == "Liên đoàn Lao động tỉnh Sóc Trăng"


def test_a_failed_channel_keeps_its_alerts_for_the_next_run(fresh_db):
    seed(fresh_db)
    dead = Channels(smtp_host="127.0.0.1", smtp_port=free_port(), mail_to=("ops@example.org",),
                    webhook_url=f"http://127.0.0.1:{free_port()}/hook", timeout=5)
    failed = deliver(fresh_db, dead)
    assert (failed.mailed, failed.posted) == (0, 0)
    assert len(failed.errors) == 2 and failed.errors[0].startswith("e-mail of 2 alerts failed: ")
    assert all("\n" not in line for line in failed.errors)
    with SmtpSink() as smtp, WebhookReceiver(status=500) as hook:
        channels = Channels(smtp_host="127.0.0.1", smtp_port=smtp.port, mail_to=("ops@example.org",),
                            webhook_url=hook.url)
        later = deliver(fresh_db, channels)
    assert later.mailed == 2 and later.posted == 0
    assert later.errors == ["webhook of 2 alerts failed: HTTPError: HTTP Error 500: Internal Server Error"]
    assert store_ops.pending_alerts(fresh_db, "posted", "2000-01-01") and not store_ops.pending_alerts(fresh_db, "mailed", "2000-01-01")


def test_old_alerts_are_not_replayed_to_a_new_channel(fresh_db):
    seed(fresh_db)
    with WebhookReceiver() as hook:
        later = datetime.now(VN_TZ) + timedelta(days=10)
        result = deliver(fresh_db, Channels(webhook_url=hook.url, max_age_days=3), now=later)
    assert result.posted == 0 and hook.received == []


def test_settings_choose_the_channels():
    from scrapy.settings import Settings

    settings = Settings({"UNIONWATCH_SMTP_HOST": "mail.example.org", "UNIONWATCH_MAIL_TO": "a@x.org, b@x.org",
                         "UNIONWATCH_SMTP_SECURITY": "STARTTLS"})
    channels = Channels.from_settings(settings)
    assert channels.mail and channels.mail_to == ("a@x.org", "b@x.org")
    assert channels.smtp_security == "starttls" and not channels.webhook_url
    assert not Channels.from_settings(Settings({"UNIONWATCH_SMTP_HOST": "mail.example.org"})).mail
