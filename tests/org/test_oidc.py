"""Single sign-on: the identity provider's groups become roles, and only SSO roles follow them."""

from __future__ import annotations

from typing import Any

import pytest

from kanalvakt.config import ConfigError
from kanalvakt.org.models import Person, Role, RoleAssignment
from kanalvakt.org.oidc import MappedRole, RoleMappingOIDCBackend, parse_group_roles

MAPPING = {
    "grp-komm": "communicator",
    "grp-chef-bib": "manager:bibliotek",
    "grp-reg-klf": "registrar:klf",
    "grp-it": "sysadmin",
}


def test_the_group_mapping_is_parsed_strictly() -> None:
    parsed = parse_group_roles(MAPPING)
    assert parsed["grp-chef-bib"] == MappedRole(Role.MANAGER, "bibliotek")
    with pytest.raises(ConfigError, match="not a role"):
        parse_group_roles({"g": "king"})
    with pytest.raises(ConfigError, match="needs a scope"):
        parse_group_roles({"g": "manager"})


def test_a_new_sso_user_gets_the_roles_of_their_groups(people: dict[str, Any], settings: Any) -> None:
    settings.OIDC_GROUP_ROLES = MAPPING
    backend = RoleMappingOIDCBackend()
    claims = {"sub": "abc-123", "preferred_username": "kim@motala.se", "given_name": "Kim",
              "family_name": "Karlsson", "email": "kim@motala.se",
              "groups": ["grp-chef-bib", "grp-komm", "grp-unrelated"]}
    person = backend.create_user(claims)
    assert person.sso_subject == "abc-123"
    assert list(backend.filter_users_by_claims(claims)) == [person]
    roles = {(a.role, a.unit.code if a.unit else "") for a in person.role_assignments.all()}
    assert roles == {("communicator", ""), ("manager", "bibliotek")}


def test_at_each_login_sso_roles_follow_the_groups_and_local_roles_stay(
        people: dict[str, Any], settings: Any) -> None:
    settings.OIDC_GROUP_ROLES = MAPPING
    backend = RoleMappingOIDCBackend()
    claims = {"sub": "xyz", "preferred_username": "lo", "groups": ["grp-komm", "grp-reg-klf"]}
    person = backend.create_user(claims)
    from kanalvakt.org.actions import do_grant_role

    do_grant_role(people["admin"], person, Role.ARCHIVIST)
    backend.update_user(Person.objects.get(pk=person.pk), {**claims, "groups": ["grp-it"]})
    held = {(a.role, a.source) for a in RoleAssignment.objects.filter(person=person)}
    assert held == {("sysadmin", "sso"), ("archivist", "local")}
