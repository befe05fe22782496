"""Class COMMERCIAL DEALINGS: a firm's own trade — an airline ordering aircraft, a dealer signing up a
foreign maker, a company's investment plan, a shop giving its staff supplies — is business, not a
political act, and makes no cooperative event.

The guidelines admit companies "in a political role". A state's acts on a firm are political whatever
their code (a ministry investigating, fining or blaming a company; soldiers detaining a contractor),
and so are a firm's conflictual acts (a contractor denouncing an army) and its statements (a firm
praising or thanking a government, 051). What is not is trade: a firm as the source of an intent
to cooperate, ties or a signed agreement, material cooperation, aid or a concession (CAMEO 03, 050,
057, 06, 07, 08). Ties, agreements and economic cooperation (050, 057, 06) are done together: such a
deal is business, both ways, when it is between a firm and another firm or a bare state name (on a
firm's story the firm's country of origin: "a Zambian car dealer"); with a government, a community
or a party on the other side it is a political settlement, both ways. Meetings (04) and plans to
meet (036) are left as they are: a delegation at a business forum, or a firm hosting a visiting head
of state, is contact. A government that deals with a firm stays political ("the energy minister will
sign a deal with the power company", "the trade ministry offered the carmaker tax breaks").
"""

from __future__ import annotations

from realpolitik.model import Actor

FIRM_SECTOR = "BUS"
TRADING_ROOTS = frozenset({"03", "06", "07", "08"})
TRADING_CODES = frozenset({"050", "057"})  # ties, a signed agreement: not praise or endorsement (051-056)
PLANNED_MEETING = "036"
JOINT_TRADE_ROOT = "06"


def bare_state(a: Actor) -> bool:
    """A state named with no organ or sector ("RUS")."""
    return len(a.code) == 3 and not a.code.startswith(("IGO", "NGO", "---"))


def firm(a: Actor) -> bool:
    """A company of a state or of none ("CHNBUS"), not a state-owned organ ("CHNGOVBUS") nor an IGO."""
    return a.code[3:] == FIRM_SECTOR and not a.code.startswith("IGO")


def trade_code(code: str) -> bool:
    """Is the CAMEO code one of the cooperative acts firms do as business (see the module docstring)?"""
    if code[:3] == PLANNED_MEETING:
        return False
    return code[:2] in TRADING_ROOTS or code[:3] in TRADING_CODES


def commercial_dealing(code: str, src: Actor, tgt: Actor) -> bool:
    """Is this cooperation a firm's business (see the module docstring)?"""
    if code[:3] in TRADING_CODES or code[:2] == JOINT_TRADE_ROOT:
        return any(firm(a) and (firm(b) or bare_state(b)) for a, b in ((src, tgt), (tgt, src)))
    return firm(src) and trade_code(code)
