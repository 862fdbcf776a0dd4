#!/usr/bin/python3
"""The check a firm would write itself: openpyxl (read-only) + python-stdnum + phonenumbers.

Reads the template's sheet, checks each row's national number, enterprise number, mobile and e-mail,
flags duplicated national numbers, and prints a JSON report. The yardstick of `npm run bench`
(Debian: apt-get install python3-openpyxl python3-stdnum python3-phonenumbers).
Usage: check.py FILE.xlsx
"""
import json
import re
import sys

import openpyxl
import phonenumbers
from stdnum.be import nn, vat

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def text(value):
    return "" if value is None else str(value).strip()


def main(path):
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    sheet = book["Accounton clients"] if "Accounton clients" in book.sheetnames else book.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = [text(h).lower() for h in next(rows)]
    col = {name: i for i, name in enumerate(header)}

    def cell(values, name):
        i = col.get(name)
        return text(values[i]) if i is not None and i < len(values) else ""

    seen = {}
    report = []
    for number, values in enumerate(rows, start=2):
        issues = []
        national = cell(values, "registration number")
        if national:
            if not nn.is_valid(national.zfill(11)):
                issues.append("national number")
            elif national in seen:
                issues.append(f"national number also in row {seen[national]}")
            else:
                seen[national] = number
        enterprise = cell(values, "bce number")
        if enterprise and not vat.is_valid(enterprise.zfill(10)):
            issues.append("enterprise number")
        mobile = cell(values, "mobile number")
        if mobile:
            try:
                phone = phonenumbers.parse(mobile, "BE")
                if not phonenumbers.is_valid_number(phone) or phonenumbers.number_type(phone) not in (
                    phonenumbers.PhoneNumberType.MOBILE,
                    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
                ):
                    issues.append("mobile")
            except phonenumbers.NumberParseException:
                issues.append("mobile")
        email = cell(values, "email")
        if email and not EMAIL.match(email):
            issues.append("e-mail")
        report.append({"row": number, "valid": not issues, "issues": issues})
    json.dump({"rows": report, "invalid": sum(1 for r in report if not r["valid"])}, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
