"""The engine: runs every detector on a text, applies the thresholds, decides the action."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from kanalvakt.moderation.engine import criminal, lexicon, ngram, personal, sensitive, spam, topic
from kanalvakt.moderation.engine.attacks import aimed_at_someone
from kanalvakt.moderation.engine.config import EngineConfig, load_config
from kanalvakt.moderation.engine.context import Context
from kanalvakt.moderation.engine.results import Finding, Result
from kanalvakt.moderation.engine.text import lemma_key

if TYPE_CHECKING:
    from kanalvakt.moderation.engine.learn import Model

# Texts longer than this are judged on their first part only: no comment needs more, and it
# bounds the time one pathological input can take.
MAX_CHARS = 20_000


class Engine:
    """A configured classifier. Keeps per-run state (duplicate detection) between calls."""

    def __init__(self, config: EngineConfig, model: Model | None = None):
        self.config = config
        self.model = model
        self.duplicates = spam.DuplicateTracker()
        self.base = ngram.shipped() if config.base_model else None
        self.prepare()

    def prepare(self) -> None:
        """Load every lexicon, vocabulary and pattern now rather than on the first text that
        needs it, so that a new worker pays its start-up once and its first comments are
        classified as fast as the rest (the lemmatiser's dictionary alone takes a second)."""
        lexicon.offensive_lexicon()
        lexicon.group_lexicons()
        lexicon.attack_words()
        criminal.piracy_domains()
        topic.prepare(self.config.account(None))
        for account in self.config.accounts.values():
            topic.prepare(account)
        personal.prepare()
        spam.prepare()
        lemma_key("idioterna")

    @classmethod
    def from_config_file(cls, path: str | Path | None = None) -> Engine:
        config = load_config(path)
        model = None
        if config.model_path:
            from kanalvakt.moderation.engine.learn import Model

            model_path = Path(config.model_path)
            if not model_path.is_absolute() and path is not None:
                model_path = Path(path).resolve().parent / model_path
            model = Model.load(model_path)
        return cls(config, model)

    def findings(self, text: str, account: str | None = None,
                 author: str | None = None, own: bool = False) -> list[Finding]:
        """Every finding, before thresholds: for evaluation and explanation. `own`: the text is
        the municipality's own post or reply; the rules still look at it (personal data in an
        own post is still personal data), the models, which learnt what others post, do not."""
        text = text[:MAX_CHARS]
        ctx = Context(text, self.config.account(account), author)
        out: list[Finding] = []
        out += personal.detect(ctx)
        out += sensitive.detect(ctx)
        out += lexicon.detect_offensive(ctx)
        out += lexicon.detect_attacks(ctx)
        out += criminal.detect(ctx)
        ads = spam.detect(ctx, self.duplicates, account)
        # The contact details in an advertisement or a private sale are the seller's own.
        if ads and any(f.category == "advertising" or f.rule == "off_topic:private_sale"
                       for f in ads):
            out = personal.drop_advertisers_contact(ctx, out)
        if any(f.category == "criminal" for f in out):
            # A weapon or drugs "till salu" is a criminal offer, not a private sale; and an
            # offer to sell is commercial promotion as well as a crime.
            ads = [f for f in ads if f.rule != "off_topic:private_sale"]
            for f in out:
                if f.rule == "illegal_sale" and not any(a.category == "advertising" and a.score >= 0.5
                                                        for a in ads):
                    ads.append(Finding("advertising", f.start, f.end, "spam:illegal_offer", 0.7,
                                       "Säljer något olagligt – reklam för brottslig verksamhet"))
                    break
        out += ads
        strong = any(f.score >= 0.5 for f in out)
        if not strong:
            # Off-topic is the weakest ground; a text already caught for something else does
            # not need it too, and the editor sees the stronger reason first.
            out += topic.detect(ctx)
        if own:
            return out
        if self.base is not None:
            # The base model adds what no rule found, and off-topic (like the rules) only to a
            # text without a stronger reason, on an account that asks for it.
            found = {f.category for f in out}
            if strong or not ctx.account.off_topic:
                found.add("off_topic")
            extra, on_topic = self.base.assess(text, found)
            if any(f.category == "personal_attack" for f in extra) and not aimed_at_someone(ctx):
                # Word shapes without anyone to aim at: a degrading word about a decision, a
                # thing or a group is offensive (the model's offensive finding stands), a joke
                # is a joke; an attack needs a person (`attacks.aimed_at_someone`).
                extra = [f for f in extra if f.category != "personal_attack"]
            if on_topic and "off_topic" in found:
                # Sure that the text is about the municipality: the off-topic rules were wrong.
                out = [f for f in out if f.category != "off_topic"]
            out += extra
        if self.model is not None:
            out += self.model.findings(text, {f.category for f in out})
        return out

    def decide(self, findings: Iterable[Finding], account: str | None = None) -> Result:
        if not findings:
            return Result(action="allow", findings=[])
        thresholds = self.config.account(account).thresholds
        kept: dict[tuple[str, int, int, str], Finding] = {}
        action = "allow"
        for f in findings:
            t = thresholds[f.category]
            if f.score < t.review:
                continue
            k = (f.category, f.start, f.end, f.rule)
            if k in kept and kept[k].score >= f.score:
                continue
            kept[k] = f
            if f.score >= t.remove and f.rule != "model:base":  # the base model only asks
                action = "remove"
            elif action == "allow":
                action = "review"
        ordered = sorted(kept.values(), key=lambda f: (f.start, f.end, f.category))
        return Result(action=action, findings=ordered)

    def classify(self, text: str, account: str | None = None, author: str | None = None,
                 own: bool = False) -> Result:
        return self.decide(self.findings(text, account, author, own), account)
