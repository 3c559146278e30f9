"""Pure (Django-free) checks of an account against guideline 1 (sender) and guideline 2 (policy).

The registry app calls ``check_profile`` for the scorecard and ``parse_policy`` when the
communications unit saves a rule file; later apps call ``check_text`` on posts and replies.
"""

from __future__ import annotations

from .lix import LixStats, lix, lix_level, lix_stats
from .policy import (
    AccessibilityRule,
    ImageRule,
    InvalidPolicy,
    NamingRule,
    PolicyError,
    PolicyRules,
    ReadabilityRule,
    WordRule,
    default_policy,
    default_policy_text,
    load_policy,
    parse_policy,
)
from .policy_checks import (
    POLICY_CHECKS,
    HasAltText,
    check_naming,
    check_profile_image,
    check_profile_policy,
    check_text,
    image_sha256,
)
from .results import KIND_LABELS_SV, CheckResult, Span, Status, TextKind
from .sender import SENDER_CHECKS, ManualProfile, PublicProfile, SenderContext, check_sender


def check_profile(
    profile: PublicProfile | None,
    context: SenderContext,
    rules: PolicyRules,
    *,
    image: bytes | None = None,
    image_sha256: str | None = None,
) -> list[CheckResult]:
    """Sender checks (guideline 1), then the policy checks on the profile (guideline 2)."""
    return check_sender(profile, context) + check_profile_policy(
        profile, rules, image=image, image_sha256=image_sha256
    )


__all__ = [
    "KIND_LABELS_SV", "POLICY_CHECKS", "SENDER_CHECKS", "AccessibilityRule", "CheckResult",
    "HasAltText", "ImageRule", "InvalidPolicy", "LixStats", "ManualProfile", "NamingRule",
    "PolicyError", "PolicyRules", "PublicProfile", "ReadabilityRule", "SenderContext", "Span",
    "Status", "TextKind", "WordRule", "check_naming", "check_profile", "check_profile_image",
    "check_profile_policy", "check_sender", "check_text", "default_policy", "default_policy_text",
    "image_sha256", "lix", "lix_level", "lix_stats", "load_policy", "parse_policy",
]
