"""Organisations (remissinstanser): their subject phrase, defaults, signatories and own verbs."""

from __future__ import annotations

import json

from workbench.core.model import Kind, Organisation, Signatory, Stance
from workbench.core.stances import STANCE_CLASSES, Vocabulary, is_valid_key, stance_key_for
from workbench.errors import InvalidInput, NotFound
from workbench.store.connection import json_dump, now
from workbench.store.part import StorePart


class OrganisationQueries(StorePart):
    def add_organisation(self, org: Organisation) -> Organisation:
        _validate_organisation(org)
        with self.transaction():
            if self._organisation_id(org.name) is not None:
                raise InvalidInput(f"Organisationen '{org.name}' finns redan.")
            cursor = self.db.execute(
                "INSERT INTO organisations (name, subject, city, deciding_body, default_kind,"
                " security_class, part_titles) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    org.name.strip(),
                    org.subject,
                    org.city,
                    org.deciding_body,
                    Kind(org.default_kind).value,
                    org.security_class,
                    json_dump(org.part_titles),
                ],
            )
            org_id = cursor.lastrowid
            self._write_signatories(org_id, org.signatories)
            self._write_stances(org_id, org.stances)
        return self.get_organisation(org_id)

    def update_organisation(self, org: Organisation) -> Organisation:
        """Write every field of `org` (found by id), its signatories and its own verbs."""
        if org.id is None:
            raise InvalidInput("Organisationen saknar id.")
        _validate_organisation(org)
        with self.transaction():
            self.get_organisation(org.id)
            other = self._organisation_id(org.name)
            if other is not None and other != org.id:
                raise InvalidInput(f"Organisationen '{org.name}' finns redan.")
            self.db.execute(
                "UPDATE organisations SET name = ?, subject = ?, city = ?, deciding_body = ?,"
                " default_kind = ?, security_class = ?, part_titles = ?, updated_at = ?"
                " WHERE id = ?",
                [
                    org.name.strip(),
                    org.subject,
                    org.city,
                    org.deciding_body,
                    Kind(org.default_kind).value,
                    org.security_class,
                    json_dump(org.part_titles),
                    now(),
                    org.id,
                ],
            )
            self.db.execute("DELETE FROM signatories WHERE organisation_id = ?", [org.id])
            self.db.execute("DELETE FROM organisation_stances WHERE organisation_id = ?", [org.id])
            self._write_signatories(org.id, org.signatories)
            self._write_stances(org.id, org.stances)
        return self.get_organisation(org.id)

    def delete_organisation(self, org_id: int) -> None:
        with self.transaction():
            org = self.get_organisation(org_id)
            used = self.db.execute(
                "SELECT count(*) FROM responses WHERE organisation_id = ?", [org_id]
            ).fetchone()[0]
            if used:
                raise InvalidInput(f"{org.name} har {used} yttranden och kan inte tas bort.")
            self.db.execute("DELETE FROM organisations WHERE id = ?", [org_id])

    def get_organisation(self, org_id: int) -> Organisation:
        rows = list(self.db.query("SELECT * FROM organisations WHERE id = ?", [org_id]))
        if not rows:
            raise NotFound(f"Organisation {org_id} finns inte.")
        return self._organisation_from_row(rows[0])

    def organisation_by_name(self, name: str) -> Organisation:
        org_id = self._organisation_id(name)
        if org_id is None:
            raise NotFound(f"Organisationen '{name}' finns inte.")
        return self.get_organisation(org_id)

    def list_organisations(self) -> list[Organisation]:
        rows = self.db.query("SELECT * FROM organisations ORDER BY name COLLATE NOCASE")
        return [self._organisation_from_row(row) for row in rows]

    def vocabulary(self, org_id: int | None) -> Vocabulary:
        """The built-in stances plus the organisation's own verbs."""
        if org_id is None:
            return Vocabulary()
        rows = self.db.query(
            "SELECT key, verb, stance_class FROM organisation_stances"
            " WHERE organisation_id = ? ORDER BY id",
            [org_id],
        )
        return Vocabulary(Stance(r["key"], r["verb"], r["stance_class"]) for r in rows)

    def _organisation_id(self, name: str) -> int | None:
        row = self.db.execute(
            "SELECT id FROM organisations WHERE name = ? COLLATE NOCASE", [name.strip()]
        ).fetchone()
        return row[0] if row else None

    def _organisation_from_row(self, row: dict) -> Organisation:
        signatories = [
            Signatory(r["name"], r["title"], r["ord"])
            for r in self.db.query(
                "SELECT name, title, ord FROM signatories WHERE organisation_id = ?"
                " ORDER BY ord, id",
                [row["id"]],
            )
        ]
        stances = [
            Stance(r["key"], r["verb"], r["stance_class"])
            for r in self.db.query(
                "SELECT key, verb, stance_class FROM organisation_stances"
                " WHERE organisation_id = ? ORDER BY id",
                [row["id"]],
            )
        ]
        return Organisation(
            id=row["id"],
            name=row["name"],
            subject=row["subject"],
            city=row["city"],
            deciding_body=row["deciding_body"],
            default_kind=Kind(row["default_kind"]),
            security_class=row["security_class"],
            part_titles=json.loads(row["part_titles"] or "{}"),
            signatories=signatories,
            stances=stances,
        )

    def _write_signatories(self, org_id: int, signatories: list[Signatory]) -> None:
        for index, signatory in enumerate(signatories):
            self.db.execute(
                "INSERT INTO signatories (organisation_id, name, title, ord) VALUES (?, ?, ?, ?)",
                [org_id, signatory.name, signatory.title, signatory.order or index],
            )

    def _write_stances(self, org_id: int, stances: list[Stance]) -> None:
        for stance in stances:
            self.db.execute(
                "INSERT INTO organisation_stances (organisation_id, key, verb, stance_class)"
                " VALUES (?, ?, ?, ?)",
                [org_id, stance.key, stance.verb, stance.stance_class],
            )


def _validate_organisation(org: Organisation) -> None:
    if not org.name.strip():
        raise InvalidInput("Organisationen måste ha ett namn.")
    try:
        Kind(org.default_kind)
    except ValueError:
        raise InvalidInput(f"Okänd dokumenttyp '{org.default_kind}'.") from None
    for signatory in org.signatories:
        if not signatory.name.strip():
            raise InvalidInput("En undertecknare måste ha ett namn.")
    builtin = Vocabulary()
    for stance in org.stances:
        if not stance.key:
            stance.key = stance_key_for(stance.verb)
        if not is_valid_key(stance.key):
            raise InvalidInput(f"Ogiltig nyckel för hållning: '{stance.key}'.")
        if stance.key in builtin:
            raise InvalidInput(f"Hållningen '{stance.key}' finns redan i grundlistan.")
        if not stance.verb.strip():
            raise InvalidInput(f"Hållningen '{stance.key}' saknar verb.")
        if stance.stance_class not in STANCE_CLASSES:
            raise InvalidInput(f"Okänd klass '{stance.stance_class}' för '{stance.key}'.")
