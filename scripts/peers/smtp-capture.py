"""An SMTP server for tests (aiosmtpd) that keeps every message it receives as two files in a folder:
<n>.eml (the raw message) and <n>.json (envelope sender and recipients, subject, plain text and HTML,
parsed by Python's email package), so a test reads what a real mail client would see.
    python smtp-capture.py HOST PORT FOLDER
"""

import asyncio
import json
import os
import sys
import time
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller


class Capture:
    def __init__(self, folder):
        self.folder = folder
        os.makedirs(folder, exist_ok=True)

    async def handle_DATA(self, server, session, envelope):
        name = f"{time.time_ns()}"
        raw = envelope.original_content or envelope.content
        message = message_from_bytes(raw, policy=policy.default)
        text = message.get_body(preferencelist=("plain",))
        html = message.get_body(preferencelist=("html",))
        parsed = {
            "mailFrom": envelope.mail_from,
            "rcptTos": envelope.rcpt_tos,
            "from": str(message.get("From", "")),
            "to": str(message.get("To", "")),
            "subject": str(message.get("Subject", "")),
            "text": text.get_content() if text else None,
            "html": html.get_content() if html else None,
        }
        with open(os.path.join(self.folder, name + ".eml"), "wb") as f:
            f.write(raw)
        # Written last and renamed into place: a reader never sees half a message.
        tmp = os.path.join(self.folder, name + ".json.tmp")
        with open(tmp, "w") as f:
            json.dump(parsed, f)
        os.replace(tmp, os.path.join(self.folder, name + ".json"))
        return "250 Message accepted for delivery"


def main():
    host, port, folder = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    controller = Controller(Capture(folder), hostname=host, port=port)
    controller.start()
    print(f"smtp-capture listening on {host}:{port}, messages in {folder}", flush=True)
    try:
        asyncio.new_event_loop().run_forever()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
