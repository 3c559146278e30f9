"""OpenID Connect single sign-on (e.g. Entra ID) with the identity provider's groups as roles.

`OIDC_GROUP_ROLES` maps group ids to roles: `GROUP=communicator`, `GROUP=manager:UNITCODE`,
`GROUP=registrar:ADMINISTRATIONCODE`. At every login the person's SSO roles are made to match
the groups in the token; roles given by hand in kanalvakt are left alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.db import transaction
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from kanalvakt.config import ConfigError
from kanalvakt.org.models import Administration, Person, Role, RoleAssignment, Unit


@dataclass(frozen=True)
class MappedRole:
    role: Role
    scope_code: str = ""


def parse_group_roles(mapping: dict[str, str]) -> dict[str, MappedRole]:
    parsed: dict[str, MappedRole] = {}
    for group, value in mapping.items():
        role_name, _, scope = value.partition(":")
        try:
            role = Role(role_name)
        except ValueError:
            raise ConfigError(f"OIDC_GROUP_ROLES: {role_name!r} is not a role "
                              f"(one of {', '.join(Role.values)})") from None
        if (role.needs_unit or role.needs_administration) and not scope:
            raise ConfigError(f"OIDC_GROUP_ROLES: {role_name} needs a scope, e.g. {role_name}:code")
        parsed[group] = MappedRole(role, scope)
    return parsed


def roles_for_groups(groups: list[str], mapping: dict[str, MappedRole]) -> set[MappedRole]:
    return {mapping[g] for g in groups if g in mapping}


def sync_sso_roles(person: Person, groups: list[str]) -> None:
    """Make the person's SSO-sourced roles equal to what their groups give."""
    from kanalvakt.org.actions import do_grant_role, do_revoke_role

    wanted = roles_for_groups(groups, parse_group_roles(settings.OIDC_GROUP_ROLES))
    with transaction.atomic():
        have = list(person.role_assignments.filter(source=RoleAssignment.Source.SSO))
        keep: set[MappedRole] = set()
        for assignment in have:
            scope = assignment.unit or assignment.administration
            mapped = MappedRole(Role(assignment.role), scope.code if scope else "")
            if mapped in wanted:
                keep.add(mapped)
            else:
                do_revoke_role(None, assignment)
        for mapped in wanted - keep:
            unit = administration = None
            if mapped.role.needs_unit:
                unit = Unit.objects.filter(code=mapped.scope_code).first()
                if unit is None:
                    continue
            if mapped.role.needs_administration:
                administration = Administration.objects.filter(code=mapped.scope_code).first()
                if administration is None:
                    continue
            do_grant_role(None, person, mapped.role, unit=unit, administration=administration,
                          source=RoleAssignment.Source.SSO)


class RoleMappingOIDCBackend(OIDCAuthenticationBackend):
    """Finds people by the provider's subject and keeps their names, e-mail and roles current."""

    def authenticate(self, request: Any, **kwargs: Any) -> Any:
        if not settings.OIDC_ENABLED:
            return None
        return super().authenticate(request, **kwargs)

    def get_userinfo(self, access_token: str, id_token: str, payload: dict[str, Any]) -> dict[str, Any]:
        """The userinfo claims, completed by the verified id token's: Entra ID's userinfo endpoint
        gives only sub, names and e-mail, while groups and preferred_username are in the id token."""
        userinfo = super().get_userinfo(access_token, id_token, payload)
        if userinfo.get("sub") != payload.get("sub"):  # OpenID Connect Core 5.3.2
            raise SuspiciousOperation("The userinfo subject is not the id token's subject.")
        return {**payload, **userinfo}

    def filter_users_by_claims(self, claims: dict[str, Any]) -> Any:
        subject = claims.get("sub")
        if not subject:
            return Person.objects.none()
        return Person.objects.filter(sso_subject=subject)

    def create_user(self, claims: dict[str, Any]) -> Person:
        from kanalvakt.org.actions import do_create_person

        username = str(claims.get(settings.OIDC_USERNAME_CLAIM) or claims["sub"])[:150]
        if Person.objects.filter(username=username).exists():
            username = f"{username}-{claims['sub'][:8]}"[:150]
        person = do_create_person(None, username=username,
                                  first_name=claims.get("given_name", "")[:150],
                                  last_name=claims.get("family_name", "")[:150],
                                  email=claims.get("email", ""))
        Person.objects.filter(pk=person.pk).update(sso_subject=claims["sub"])
        person.sso_subject = claims["sub"]
        sync_sso_roles(person, list(claims.get(settings.OIDC_GROUPS_CLAIM) or []))
        return person

    def update_user(self, user: Person, claims: dict[str, Any]) -> Person:
        user.first_name = claims.get("given_name", user.first_name)[:150]
        user.last_name = claims.get("family_name", user.last_name)[:150]
        user.email = claims.get("email", user.email)
        user.save(update_fields=["first_name", "last_name", "email"])
        sync_sso_roles(user, list(claims.get(settings.OIDC_GROUPS_CLAIM) or []))
        return user
